/**
 * The snapshot/patch model shared by every surface. A snapshot is what an operation reads from a
 * workbook (Excel through Office.js, or an .xlsx through ExcelJS); a patch is what it writes. Both
 * are plain data: ops are pure functions from one to the other, and two small adapters interpret
 * them, so a test can print either.
 */

/** A cell value as read: dates arrive as Excel serial numbers, error cells as `{ error: "#REF!" }`. */
export type CellValue = string | number | boolean | null | { error: string };

/** A cell value to write. Text is always written as text, never parsed as a formula. */
export type CellWrite = string | number | boolean | null | { formula: string };

export const isFormula = (v: CellWrite): v is { formula: string } =>
  typeof v === "object" && v !== null && "formula" in v;

/** An Excel table found in the workbook. */
export interface TableSnapshot {
  name: string;
  sheet: string;
  /** Whole table including its header row, e.g. "A1:L17". */
  address: string;
  headers: string[];
  /** Data body, row by row (no header, no totals row). */
  rows: CellValue[][];
  /** Formula text of body cells that hold one ("=SUM(…)"), same shape as rows; null elsewhere. */
  formulas?: (string | null)[][];
  /** Digest of address, headers and values: an op that replaces rows checks it has not changed. */
  fingerprint: string;
}

export interface SheetSnapshot {
  name: string;
  visibility: "visible" | "hidden" | "veryHidden";
  protected: boolean;
  /**
   * Used range ("A1:K40"), undefined for an empty sheet. Excel's first read of a workbook with
   * nothing managed leaves it out for the sheets that are not managed (nothing uses it there).
   */
  usedRange?: string;
}

export interface Snapshot {
  sheets: SheetSnapshot[];
  /** Every Excel table of the workbook whose name or headers make it a candidate for a managed table. */
  tables: TableSnapshot[];
  /**
   * Non-empty cells of managed-named sheets that lie outside any table, by sheet: what an op must
   * not overwrite ("A40" → value).
   */
  looseCells: Record<string, Record<string, CellValue>>;
}

/** Data validation of a column (applied to the table's body cells only). */
export type Validation =
  | { type: "list"; values: string[]; allowBlank?: boolean }
  | { type: "whole"; min: number; max: number; allowBlank?: boolean }
  | { type: "decimal"; min: number; max?: number; allowBlank?: boolean };

export interface ColumnSpec {
  header: string;
  numFmt?: string;
  /** Width in characters. */
  width?: number;
  wrap?: boolean;
  validation?: Validation;
}

export interface CellStyle {
  bold?: boolean;
  size?: number;
  /** Fill colour, "RRGGBB". */
  fill?: string;
  color?: string;
  align?: "left" | "center" | "right";
  wrap?: boolean;
  numFmt?: string;
}

export interface CellPut {
  address: string;
  value: CellWrite;
  style?: CellStyle;
}

/** Conditional formats the add-in owns on a sheet (replacing those it set before). */
export type ConditionalRule =
  | { type: "expression"; formula: string; fill: string; color?: string; bold?: boolean }
  | { type: "dataBar"; min: number; max: number; color: string };

export interface ConditionalFormat {
  /** Range the rule covers, e.g. "D2:D11". */
  ref: string;
  rules: ConditionalRule[];
}

export const THAI_FONT = "TH Sarabun New";

export type PatchStep =
  | { kind: "ensureSheet"; sheet: string; visibility?: SheetSnapshot["visibility"]; tabColor?: string }
  /** Create a table, or rewrite it in place when it exists (header, formats, validation, rows). */
  | {
      kind: "writeTable";
      sheet: string;
      table: string;
      /** Top-left cell of the header row. */
      topLeft: string;
      columns: ColumnSpec[];
      rows: CellWrite[][];
      /** When the table exists: the fingerprint it must still have (a co-author may have edited it). */
      expect?: string;
    }
  /** Empties a sheet the add-in owns (the summary); never used on a sheet with user content. */
  | { kind: "clearSheet"; sheet: string }
  | { kind: "setCells"; sheet: string; cells: CellPut[] }
  /** Widths in characters by column letter; `hidden` columns hold helper values nobody needs to see. */
  | { kind: "setColumnWidths"; sheet: string; widths: Record<string, number>; hidden?: string[] }
  | { kind: "conditionalFormats"; sheet: string; formats: ConditionalFormat[] }
  | {
      kind: "sheetSetup";
      sheet: string;
      freezeRows?: number;
      /** A4 landscape, fit to width, the Thai government font. */
      print?: boolean;
      protect?: boolean;
    };

export interface LogEntry {
  /** ISO time of the op. */
  time: string;
  op: string;
  sheet: string;
  rows: number;
  detail: string;
}

export interface Patch {
  op: string;
  steps: PatchStep[];
  /** Cells outside managed tables the patch will newly occupy: the adapter refuses if any holds a value. */
  mustBeEmpty: { sheet: string; range: string }[];
  log: LogEntry[];
  /**
   * Tables the patch was computed from but does not write (the summary's and the weak flags'
   * sources), with their fingerprints: the adapter refuses the patch if any changed since the read.
   */
  reads?: { table: string; fingerprint: string }[];
}

/** Where a backup of replaced rows goes: one hidden sheet per op. */
export const BACKUP_PREFIX = "_ita_backup_";
export const LOG_SHEET = "_ita_log";
export const LOG_TABLE = "ITA_Log";
export const SUMMARY_SHEET = "สรุป";
