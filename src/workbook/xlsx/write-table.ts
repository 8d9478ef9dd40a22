import type ExcelJS from "exceljs";
import { cellAddress, contains, type RangeBox } from "../address";
import type { CellWrite } from "../model";
import { eachExistingCell } from "./boxes";
import { toExcelValue } from "./cells";
import { removeValidation } from "./internals";
import { sheetOf } from "./sheets";
import { bodyStyle, headerStyle } from "./styles";
import { findTable, targetBox, type WriteTableStep } from "./tables";
import { dataValidation } from "./validation";

/**
 * Writes a table: a table read from a file has no row model in ExcelJS, so an existing table is
 * removed and added again at its top-left. Only the table's own cells change: cells around it are
 * the user's and stay as they are, and old table cells the new one no longer covers are emptied.
 */

const TABLE_STYLE = { theme: "TableStyleMedium2", showRowStripes: true } as const;

/** Empties what the old table held outside the new one: value, style and validation. */
function clearUncovered(ws: ExcelJS.Worksheet, old: RangeBox, next: RangeBox): void {
  eachExistingCell(ws, old, (cell) => {
    if (contains(next, Number(cell.row), Number(cell.col))) return;
    cell.value = null;
    cell.style = {};
    removeValidation(ws, cell.address);
  });
}

function bodyRows(step: WriteTableStep): ExcelJS.CellValue[][] {
  const width = step.columns.length;
  const rows: readonly (readonly CellWrite[])[] = step.rows.length > 0 ? step.rows : [[]];
  return rows.map((row) => Array.from({ length: width }, (_, i) => toExcelValue(row[i] ?? null)));
}

function formatTable(ws: ExcelJS.Worksheet, step: WriteTableStep, box: RangeBox): void {
  step.columns.forEach((column, i) => {
    const c = box.left + i;
    const header = ws.getCell(box.top, c);
    header.style = headerStyle();
    removeValidation(ws, header.address);
    // One rule object shared by the column's cells (saving turns equal neighbours into one range).
    const validation = column.validation && dataValidation(column.validation);
    for (let r = box.top + 1; r <= box.bottom; r++) {
      const cell = ws.getCell(r, c);
      cell.style = bodyStyle(column);
      // Per body cell, not per column: a whole-column rule would also bind the user's cells below.
      if (validation) cell.dataValidation = validation;
      else removeValidation(ws, cell.address);
    }
    if (column.width !== undefined) ws.getColumn(c).width = column.width;
  });
}

/** Writes the table and returns how many cells got a value (header and data rows). */
export function writeTable(wb: ExcelJS.Workbook, step: WriteTableStep): number {
  const ws = sheetOf(wb, step.sheet);
  const existing = findTable(wb, step.table)?.info;
  const box = targetBox(step, existing);
  if (existing) {
    ws.removeTable(existing.name);
    clearUncovered(ws, existing.box, box);
  }
  ws.addTable({
    name: step.table,
    displayName: step.table,
    ref: cellAddress(box.top, box.left),
    headerRow: true,
    totalsRow: false,
    style: TABLE_STYLE,
    columns: step.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: bodyRows(step),
  });
  formatTable(ws, step, box);
  return step.columns.length * (1 + step.rows.length);
}
