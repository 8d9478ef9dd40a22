import { cellAddress } from "../address";
import { LOG_SHEET, LOG_TABLE, type CellWrite, type ColumnSpec, type LogEntry } from "../model";
import type { WriteTableStep } from "../xlsx/tables";
import { findTable, type WorkbookView } from "../preconditions";

/**
 * The log a reviewer reads: the table ITA_Log on the visible sheet _ita_log, as ../xlsx/log.ts
 * writes it (same columns, formats and widths). Excel appends: the table grows by the new rows and
 * only they are written, so a long log costs nothing to extend.
 */

// Keep in step with ../xlsx/log.ts (which does not export its columns; see the README).
export const LOG_COLUMNS: readonly ColumnSpec[] = [
  { header: "เวลา", width: 22, numFmt: "@" },
  { header: "การทำงาน", width: 18, numFmt: "@" },
  { header: "ชีต", width: 22, numFmt: "@" },
  { header: "จำนวนแถว", width: 11, numFmt: "0" },
  { header: "รายละเอียด", width: 60, numFmt: "@", wrap: true },
];

export const entryRow = (e: LogEntry): CellWrite[] => [e.time, e.op, e.sheet, e.rows, e.detail];

/**
 * The log as a writeTable step, for the checks: `kept` rows already there (their cells are not
 * written, so they stand as empty rows here) and the new entries after them.
 */
export function logStep(
  view: WorkbookView,
  entries: readonly LogEntry[],
  kept: number,
): WriteTableStep | undefined {
  if (entries.length === 0) return undefined;
  const found = findTable(view, LOG_TABLE);
  const old: CellWrite[][] = Array.from({ length: kept }, () => LOG_COLUMNS.map(() => null));
  return {
    kind: "writeTable",
    sheet: found?.sheet ?? LOG_SHEET,
    topLeft: found ? cellAddress(found.box.top, found.box.left) : "A1",
    table: found?.name ?? LOG_TABLE,
    columns: [...LOG_COLUMNS],
    rows: [...old, ...entries.map(entryRow)],
  };
}
