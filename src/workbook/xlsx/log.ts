import type ExcelJS from "exceljs";
import { cellAddress } from "../address";
import { LOG_SHEET, LOG_TABLE, type CellWrite, type ColumnSpec, type LogEntry } from "../model";
import { toCellWrite } from "./cells";
import { readTable } from "./read";
import { findTable, type WriteTableStep } from "./tables";

/**
 * The log a reviewer reads: every patch appends its entries to the table ITA_Log on the visible
 * sheet _ita_log. Appending is a rewrite of the table with the old rows first (ExcelJS cannot
 * append to a table read from a file), planned before any step runs so that the preconditions
 * check its growth like any other table's.
 */

const LOG_COLUMNS: readonly ColumnSpec[] = [
  { header: "เวลา", width: 22, numFmt: "@" },
  { header: "การทำงาน", width: 18, numFmt: "@" },
  { header: "ชีต", width: 22, numFmt: "@" },
  { header: "จำนวนแถว", width: 11, numFmt: "0" },
  { header: "รายละเอียด", width: 60, numFmt: "@", wrap: true },
];

const entryRow = (e: LogEntry): CellWrite[] => [e.time, e.op, e.sheet, e.rows, e.detail];

/** Old rows keep their first five cells: the log's own columns, whatever a user added after them. */
function keptRows(wb: ExcelJS.Workbook): {
  step: Pick<WriteTableStep, "sheet" | "topLeft">;
  rows: CellWrite[][];
} {
  const found = findTable(wb, LOG_TABLE);
  if (!found) return { step: { sheet: LOG_SHEET, topLeft: "A1" }, rows: [] };
  const table = readTable(found.ws, found.info);
  const rows = table.rows.map((row) => LOG_COLUMNS.map((_, i) => toCellWrite(row[i] ?? null)));
  return {
    step: { sheet: found.ws.name, topLeft: cellAddress(found.info.box.top, found.info.box.left) },
    rows,
  };
}

/** The step that appends `entries` to the log, or undefined when there is nothing to log. */
export function logStep(wb: ExcelJS.Workbook, entries: readonly LogEntry[]): WriteTableStep | undefined {
  if (entries.length === 0) return undefined;
  const kept = keptRows(wb);
  return {
    kind: "writeTable",
    ...kept.step,
    table: LOG_TABLE,
    columns: [...LOG_COLUMNS],
    rows: [...kept.rows, ...entries.map(entryRow)],
  };
}
