import type ExcelJS from "exceljs";
import type { CellPut } from "../model";
import { toExcelValue } from "./cells";
import { cellStyle } from "./styles";

/**
 * Single cells the add-in owns (the summary sheet, a backup): value or formula, and a style that
 * replaces the cell's old one, always in the Thai government font.
 */
export function putCells(ws: ExcelJS.Worksheet, cells: readonly CellPut[]): number {
  for (const put of cells) {
    const cell = ws.getCell(put.address);
    cell.value = toExcelValue(put.value);
    cell.style = cellStyle(put.style);
  }
  return cells.length;
}
