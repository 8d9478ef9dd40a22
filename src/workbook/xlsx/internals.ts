import type ExcelJS from "exceljs";
import { parseRange, type RangeBox } from "../address";

/**
 * What ExcelJS 4.4.0 keeps but its typings hide or get wrong: `getTables()` is typed as
 * `[Table, void][]` and its items as `Required<TableProperties>` although a table read from a
 * file holds only `table.tableRef` (no `ref`, no rows); the per-sheet maps of data validations
 * and the sheet protection are not typed at all. Everything here narrows `unknown` at run time,
 * so a change inside ExcelJS shows up as a thrown error, not as a silently wrong value.
 */

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/** A table as this adapter needs it, wherever ExcelJS got it from (a file or `addTable`). */
export interface TableInfo {
  name: string;
  /** Whole table: header row, body and totals row. */
  box: RangeBox;
  headerRow: boolean;
  totalsRow: boolean;
  /** Column names from the table definition (the header cells normally say the same). */
  columnNames: string[];
}

function tableModel(table: unknown): Record<string, unknown> {
  const model = isRecord(table) ? table.table : undefined;
  if (!isRecord(model)) throw new Error("ExcelJS table without a model: unsupported ExcelJS version?");
  return model;
}

function tableInfo(table: unknown): TableInfo {
  const model = tableModel(table);
  const { name, tableRef } = model;
  if (typeof name !== "string" || typeof tableRef !== "string") {
    throw new Error("ExcelJS table without a name or range: unsupported ExcelJS version?");
  }
  const columns = Array.isArray(model.columns) ? model.columns : [];
  return {
    name,
    box: parseRange(tableRef),
    headerRow: model.headerRow !== false,
    totalsRow: model.totalsRow === true,
    columnNames: columns.map((c: unknown) => (isRecord(c) && typeof c.name === "string" ? c.name : "")),
  };
}

const rawTables = (ws: ExcelJS.Worksheet): unknown[] => {
  const tables: unknown = ws.getTables();
  return Array.isArray(tables) ? tables : [];
};

export const tablesOf = (ws: ExcelJS.Worksheet): TableInfo[] => rawTables(ws).map(tableInfo);

/**
 * ExcelJS reads a table's header flag as `headerRowCount === "1"`, but Excel leaves the attribute
 * out when it is 1 (the default): every table Excel wrote would come back header-less and be
 * written out with headerRowCount="0". The package reader passes the real flags here.
 */
export function setHeaderRowFlags(ws: ExcelJS.Worksheet, flags: ReadonlyMap<string, boolean>): void {
  for (const table of rawTables(ws)) {
    const model = tableModel(table);
    const flag = typeof model.name === "string" ? flags.get(model.name) : undefined;
    if (flag !== undefined) model.headerRow = flag;
  }
}

/**
 * LibreOffice writes tables without a <tableStyleInfo>: ExcelJS reads their style as null and then
 * crashes writing them ("Cannot read properties of null (reading 'theme')"). An unnamed style with
 * every stripe off is what the file said: no style.
 */
export function fillMissingTableStyles(ws: ExcelJS.Worksheet): void {
  for (const table of rawTables(ws)) {
    const model = tableModel(table);
    if (!isRecord(model.style)) {
      model.style = {
        theme: null,
        showFirstColumn: false,
        showLastColumn: false,
        showRowStripes: false,
        showColumnStripes: false,
      };
    }
  }
}

/**
 * A package without xl/theme/ (LibreOffice writes none) leaves ExcelJS with an empty theme list:
 * it then writes no theme part but still the workbook's relationship to theme/theme1.xml, which
 * Excel reports as a damaged file. Without themes of its own ExcelJS writes its default theme.
 */
export function dropEmptyThemes(wb: ExcelJS.Workbook): void {
  const book = wb as unknown as Record<string, unknown>;
  if (isRecord(book._themes) && Object.keys(book._themes).length === 0) delete book._themes;
}

function validationModel(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const holder: unknown = (ws as unknown as Record<string, unknown>).dataValidations;
  const model = isRecord(holder) ? holder.model : undefined;
  if (!isRecord(model))
    throw new Error("ExcelJS worksheet without data validations: unsupported ExcelJS version?");
  return model;
}

/**
 * Removes a cell's data validation. `DataValidations.remove` leaves an `undefined` entry behind,
 * which ExcelJS then writes as a validation without a type; deleting the key avoids it.
 */
export function removeValidation(ws: ExcelJS.Worksheet, address: string): void {
  delete validationModel(ws)[address];
}

export function clearValidations(ws: ExcelJS.Worksheet): void {
  const model = validationModel(ws);
  for (const key of Object.keys(model)) delete model[key];
}

export function validationAt(ws: ExcelJS.Worksheet, address: string): unknown {
  return validationModel(ws)[address];
}

export function isProtected(ws: ExcelJS.Worksheet): boolean {
  const protection: unknown = (ws as unknown as Record<string, unknown>).sheetProtection;
  return isRecord(protection) && protection.sheet === true;
}

/** Turns on the protection flag of a sheet ExcelJS read as unprotected (see package.ts). */
export function markProtected(ws: ExcelJS.Worksheet): void {
  const sheet = ws as unknown as Record<string, unknown>;
  const protection = sheet.sheetProtection;
  sheet.sheetProtection = { ...(isRecord(protection) ? protection : {}), sheet: true };
}
