import type { Problem } from "../problem";
import type { TableName } from "../../workbook/schema";

/** The kinds of table real reports print, each read into one managed table. */
export type ImportKind =
  | "plan"
  | "measures"
  | "indicatorProgress"
  | "oitProgress"
  | "indicatorScores"
  | "questionScores"
  | "toolSummary";

/** Where a value came from: 1-based line and tab-separated field of text, or sheet and A1 cell of a grid. */
export interface Source {
  line?: number;
  column?: number;
  cell?: string;
  sheet?: string;
}

export type ImportedValue = string | number | boolean | null;

export interface ImportedRow {
  /** Values under the managed table's column keys (src/workbook/schema.ts). */
  values: Record<string, ImportedValue>;
  /** The cell each value was read from; absent for a column the document does not have. */
  sources: Record<string, Source>;
}

/** A plan's printed total row (รวมทั้งสิ้น). */
export interface StatedTotals {
  budget?: number;
  quarterCounts?: (number | undefined)[];
  source: Source;
}

export interface ImportedTable {
  kind: ImportKind;
  table: TableName;
  rows: ImportedRow[];
  /** The header's first cell (or, for a summary read from sentences, its first sentence). */
  from: Source;
  /** The last row read. */
  to: Source;
  stated?: StatedTotals;
}

export interface ImportResult {
  tables: ImportedTable[];
  problems: Problem[];
}

export type OnProgress = (done: number, total: number) => void;

export interface TextImportOptions {
  /** Name of the document, shown with its problems. */
  name?: string;
  onProgress?: OnProgress;
}

export interface GridImportOptions {
  sheet: string;
  /** Address of the grid's top-left cell ("A1" by default). */
  topLeft?: string;
  onProgress?: OnProgress;
}

// ---------------------------------------------------------------- internal

/** One field of a line: its plain text, the value as given (numbers stay numbers in a grid) and its column. */
export interface Cell {
  text: string;
  value: unknown;
  /** 0-based field index. */
  col: number;
  /** Tags a text document has no business holding (script, iframe…), removed from `text`. */
  markup?: string[];
}

/** One line of text or one row of a grid, cells already turned into plain text. */
export interface Line {
  /** 0-based position in the input. */
  no: number;
  cells: Cell[];
  /** Text: the line holds a tab. Grid: always true (rows are cells by nature). */
  tabbed: boolean;
  locate: (col: number) => Source;
}
