import type ExcelJS from "exceljs";
import { THAI_FONT, type CellStyle, type ColumnSpec } from "../model";

/**
 * Cell styles the adapter writes. Each cell gets a style object of its own: ExcelJS shares style
 * objects between cells (those read from one style of the file, or inherited from a row), so
 * setting `cell.font` on one would silently restyle the others.
 */

export const FONT_SIZE = 14;
const COLOUR = /^#?([0-9a-f]{6}|[0-9a-f]{8})$/i;

export const isColour = (colour: string): boolean => COLOUR.test(colour);

/** "RRGGBB" (or "#RRGGBB", or "AARRGGBB") as the ARGB ExcelJS writes, opaque unless told. */
export function argb(colour: string): string {
  const hex = colour.replace(/^#/, "").toUpperCase();
  return hex.length === 6 ? `FF${hex}` : hex;
}

const font = (bold: boolean, size = FONT_SIZE, color?: string): Partial<ExcelJS.Font> => ({
  name: THAI_FONT,
  size,
  bold,
  ...(color ? { color: { argb: argb(color) } } : {}),
});

export const headerStyle = (): Partial<ExcelJS.Style> => ({
  font: font(true),
  alignment: { vertical: "middle", wrapText: true },
});

export function bodyStyle(column: ColumnSpec): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {
    font: font(false),
    alignment: { vertical: "top", wrapText: column.wrap === true },
  };
  if (column.numFmt) style.numFmt = column.numFmt;
  return style;
}

export function cellStyle(s: CellStyle = {}): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = { font: font(s.bold === true, s.size, s.color) };
  if (s.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s.align || s.wrap !== undefined) {
    style.alignment = {
      vertical: "top",
      ...(s.align ? { horizontal: s.align } : {}),
      wrapText: s.wrap === true,
    };
  }
  if (s.numFmt) style.numFmt = s.numFmt;
  return style;
}
