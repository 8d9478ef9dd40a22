import type ExcelJS from "exceljs";
import { contains, type RangeBox } from "../address";
import { isEmpty, readCell } from "./cells";

/** Rectangles of cells, and the cells of a sheet that hold something inside one. */

export const boxFrom = (top: number, left: number, height: number, width: number): RangeBox => ({
  top,
  left,
  bottom: top + height - 1,
  right: left + width - 1,
});

export const intersects = (a: RangeBox, b: RangeBox): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/**
 * Visits the cells ExcelJS holds inside a box, row by row, without creating any: only existing
 * rows are looked at, so a box over whole columns costs what the sheet holds, not a million rows.
 */
export function eachExistingCell(
  ws: ExcelJS.Worksheet,
  box: RangeBox,
  visit: (cell: ExcelJS.Cell) => void,
): void {
  const last = Math.min(box.bottom, ws.rowCount);
  for (let r = box.top; r <= last; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    row.eachCell((cell, column) => {
      if (column >= box.left && column <= box.right) visit(cell);
    });
  }
}

/** Addresses of the non-empty cells of a box that lie outside every box of `except`, row-major. */
export function nonEmptyCells(
  ws: ExcelJS.Worksheet,
  box: RangeBox,
  except: readonly RangeBox[] = [],
): string[] {
  const found: string[] = [];
  eachExistingCell(ws, box, (cell) => {
    if (except.some((e) => contains(e, Number(cell.row), Number(cell.col)))) return;
    if (!isEmpty(readCell(cell))) found.push(cell.address);
  });
  return found;
}
