import type ExcelJS from "exceljs";
import { parseCell, type RangeBox } from "../address";
import type { PatchStep } from "../model";
import { boxFrom } from "./boxes";
import { tablesOf, type TableInfo } from "./internals";

/** Where tables are and where a `writeTable` step puts one. */

export type WriteTableStep = Extract<PatchStep, { kind: "writeTable" }>;

export interface FoundTable {
  ws: ExcelJS.Worksheet;
  info: TableInfo;
}

/** Table names are unique in a workbook and compared without case, as Excel does. */
export function findTable(wb: ExcelJS.Workbook, name: string): FoundTable | undefined {
  const lower = name.toLowerCase();
  for (const ws of wb.worksheets) {
    const info = tablesOf(ws).find((t) => t.name.toLowerCase() === lower);
    if (info) return { ws, info };
  }
  return undefined;
}

/**
 * The range a written table covers: a header row and the body, at least one row of it (ExcelJS,
 * like Excel, cannot hold a table without a body row, so an empty table keeps one empty row).
 * An existing table is rewritten where it stands, whatever top-left the step names: the user
 * may have moved it since the op read it.
 */
export function targetBox(step: WriteTableStep, existing: TableInfo | undefined): RangeBox {
  const start = existing ? { row: existing.box.top, column: existing.box.left } : parseCell(step.topLeft);
  return boxFrom(start.row, start.column, 1 + Math.max(step.rows.length, 1), step.columns.length);
}

/** Excel's rule for a table name, and what keeps it from reading as a cell (A1, R1C1) reference. */
export const isTableName = (name: string): boolean =>
  name.length <= 255 &&
  /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) &&
  !/^[A-Za-z]{1,3}\d+$/.test(name) &&
  !/^[Rr]\d*[Cc]\d*$/.test(name) &&
  !/^[RrCc]$/.test(name);
