import { gridLines, textLines } from "./cells";
import { scan } from "./scan";
import type { GridImportOptions, ImportResult, TextImportOptions } from "./types";

export type {
  GridImportOptions,
  ImportKind,
  ImportResult,
  ImportedRow,
  ImportedTable,
  ImportedValue,
  OnProgress,
  Source,
  StatedTotals,
  TextImportOptions,
} from "./types";
export { IMPORT_MESSAGES } from "./messages";
export { plainText } from "./cells";
export { toPlanProjects } from "./plan";
export { toScoreInput } from "./score-input";

/**
 * Text of a real report (tab-separated rows, HTML fragments in cells, headers repeated on every
 * page, rows broken across pages…) → rows of the managed tables, each value with its source, and
 * problems placed at their line and column. Never throws; nothing read is dropped without a problem.
 */
export function importText(text: string, options: TextImportOptions = {}): ImportResult {
  return scan(textLines(text, options.name), options.onProgress);
}

/** Cell values a user pasted into a sheet, read like text; sources and problems name the sheet and cell. */
export function importGrid(grid: readonly (readonly unknown[])[], options: GridImportOptions): ImportResult {
  return scan(gridLines(grid, options.sheet, options.topLeft), options.onProgress);
}
