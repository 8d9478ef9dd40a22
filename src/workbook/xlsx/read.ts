import type ExcelJS from "exceljs";
import { cellAddress, contains, rangeAddress, type RangeBox } from "../address";
import { fingerprint } from "../fingerprint";
import { type CellValue, type SheetSnapshot, type Snapshot, type TableSnapshot } from "../model";
import { matchHeaders, TABLES } from "../schema";
import { eachExistingCell } from "./boxes";
import { EMPTY_CELL, isEmpty, readCell, type ReadCell } from "./cells";
import { describeFsError, readBytes } from "./file";
import { isProtected, tablesOf, type TableInfo } from "./internals";
import type { LostPart } from "./lost-parts";
import { loadWorkbook, WorkbookReadError } from "./package";
import { readsLooseCells } from "../sheet-names";

/** The snapshot of an ExcelJS workbook: sheets, candidate tables, loose cells of managed sheets. */

const MANAGED_TABLE = /^ita_/i;
export { isManagedSheet } from "../sheet-names";

function visibility(ws: ExcelJS.Worksheet): SheetSnapshot["visibility"] {
  const state: unknown = ws.state;
  return state === "hidden" || state === "veryHidden" ? state : "visible";
}

/** Range of the cells that hold a value or formula; ExcelJS's `dimensions` also counts styled cells. */
function usedRange(ws: ExcelJS.Worksheet): string | undefined {
  let box: RangeBox | undefined;
  eachExistingCell(ws, { top: 1, left: 1, bottom: ws.rowCount, right: 16_384 }, (cell) => {
    if (isEmpty(readCell(cell))) return;
    const row = Number(cell.row);
    const column = Number(cell.col);
    box = box
      ? {
          top: Math.min(box.top, row),
          left: Math.min(box.left, column),
          bottom: Math.max(box.bottom, row),
          right: Math.max(box.right, column),
        }
      : { top: row, left: column, bottom: row, right: column };
  });
  return box && rangeAddress(box);
}

/** `findCell`, not `getCell`: reading must not add cells or rows to the workbook. */
function readAt(ws: ExcelJS.Worksheet, row: number, column: number): ReadCell {
  const cell = ws.findCell(row, column);
  return cell ? readCell(cell) : EMPTY_CELL;
}

function headerText(value: CellValue, fallback: string): string {
  if (value === null) return fallback;
  return typeof value === "object" ? value.error : String(value);
}

/**
 * A table's snapshot from a way to read its cells (ExcelJS here, the fast reader in fast/).
 *
 * A table needs at least one body row, so a table written with no data rows holds one empty row:
 * a body of exactly one row with no value and no formula reads as `rows: []`. Excel builds the same
 * shape for a table made from a header alone, and the Office.js adapter applies the same rule.
 */
export function tableFromCells(
  sheet: string,
  info: TableInfo,
  at: (row: number, column: number) => ReadCell,
  options: { lazyFingerprint?: boolean } = {},
): TableSnapshot {
  const { box } = info;
  const width = box.right - box.left + 1;
  const columns = Array.from({ length: width }, (_, i) => box.left + i);
  const headers = info.headerRow
    ? columns.map((c, i) => headerText(at(box.top, c).value, info.columnNames[i] ?? ""))
    : columns.map((_, i) => info.columnNames[i] ?? "");
  const first = box.top + (info.headerRow ? 1 : 0);
  const last = box.bottom - (info.totalsRow ? 1 : 0);
  const rows: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = first; r <= last; r++) {
    const cells = columns.map((c) => at(r, c));
    rows.push(cells.map((cell) => cell.value));
    formulas.push(cells.map((cell) => cell.formula));
  }
  const placeholderOnly =
    rows.length === 1 && formulas[0]!.every((f) => f === null) && rows[0]!.every((v) => v === null);
  const body = placeholderOnly ? [] : rows;
  const address = rangeAddress(box);
  const table: TableSnapshot = {
    name: info.name,
    sheet,
    address,
    headers,
    rows: body,
    fingerprint: options.lazyFingerprint ? "" : fingerprint(address, headers, body),
  };
  if (options.lazyFingerprint) {
    // Hashing every cell is most of the cost of a large table, and reading commands never need it.
    Object.defineProperty(table, "fingerprint", {
      enumerable: true,
      configurable: true,
      get() {
        const value = fingerprint(address, headers, body);
        Object.defineProperty(table, "fingerprint", {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
        return value;
      },
    });
  }
  if (!placeholderOnly && formulas.some((row) => row.some((f) => f !== null))) table.formulas = formulas;
  return table;
}

/** Reads a table's cells directly: a table read from a file has no row model in ExcelJS. */
export const readTable = (ws: ExcelJS.Worksheet, info: TableInfo): TableSnapshot =>
  tableFromCells(ws.name, info, (row, column) => readAt(ws, row, column));

/** A table is a candidate when its name says so or its headers match a managed table's. */
export const isCandidate = (table: TableSnapshot): boolean =>
  MANAGED_TABLE.test(table.name) || TABLES.some((def) => matchHeaders(def, table.headers) !== undefined);

function looseCells(ws: ExcelJS.Worksheet, tables: readonly TableInfo[]): Record<string, CellValue> {
  const cells: Record<string, CellValue> = {};
  eachExistingCell(ws, { top: 1, left: 1, bottom: ws.rowCount, right: 16_384 }, (cell) => {
    const row = Number(cell.row);
    const column = Number(cell.col);
    if (tables.some((t) => contains(t.box, row, column))) return;
    const read = readCell(cell);
    if (!isEmpty(read)) cells[cellAddress(row, column)] = read.value;
  });
  return cells;
}

/** `backups`: also read the cells of the hidden backup sheets (for listing and restoring them). */
export function readSnapshot(wb: ExcelJS.Workbook, options: { backups?: boolean } = {}): Snapshot {
  const snapshot: Snapshot = { sheets: [], tables: [], looseCells: {} };
  for (const ws of wb.worksheets) {
    const range = usedRange(ws);
    const sheet: SheetSnapshot = { name: ws.name, visibility: visibility(ws), protected: isProtected(ws) };
    if (range) sheet.usedRange = range;
    snapshot.sheets.push(sheet);
    const infos = tablesOf(ws);
    for (const info of infos) {
      // Digested on first use: most readers never compare fingerprints (report of 20k rows: 0.2 s).
      const table = tableFromCells(ws.name, info, (row, column) => readAt(ws, row, column), {
        lazyFingerprint: true,
      });
      if (isCandidate(table)) snapshot.tables.push(table);
    }
    if (readsLooseCells(ws.name, options.backups)) snapshot.looseCells[ws.name] = looseCells(ws, infos);
  }
  return snapshot;
}

async function readFile(path: string, name: string): Promise<Uint8Array> {
  try {
    return await readBytes(path);
  } catch (e) {
    throw new WorkbookReadError(name, describeFsError(e), { cause: e });
  }
}

/** The name to show in messages for bytes that came without a path. */
const UNNAMED = "The workbook";

/**
 * Opens an .xlsx from a path (Node) or from its bytes, and reads its snapshot. Anything that is
 * not a readable .xlsx gives an Error naming the file and the reason (see package.ts).
 * `lostParts` lists each part ExcelJS would drop on writing (charts, pivot tables, macros…),
 * `unsupportedParts` the same in short.
 */
export async function readWorkbook(
  input: string | Uint8Array | ArrayBuffer,
  name: string = typeof input === "string" ? input : UNNAMED,
): Promise<{
  workbook: ExcelJS.Workbook;
  snapshot: Snapshot;
  unsupportedParts: string[];
  lostParts: LostPart[];
}> {
  const bytes = typeof input === "string" ? await readFile(input, name) : input;
  const { workbook, unsupportedParts, lostParts } = await loadWorkbook(bytes, name);
  return { workbook, snapshot: readSnapshot(workbook), unsupportedParts, lostParts };
}
