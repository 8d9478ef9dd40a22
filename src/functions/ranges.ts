/**
 * Reading the ranges Excel passes to a custom function: rows of numbers, strings and booleans,
 * "" (or null) for a blank cell, and an error cell as its text ("#REF!") or a CustomFunctions.Error.
 * Values are read as the core reads them (Thai digits, separators, ticked boxes); anything else is
 * a #VALUE! whose message names the argument, the cell and the reason:
 *   indicatorScores, cell 3 (row 3, column 1): "abc" is not a number
 */
import {
  cellError,
  cleanText,
  excelErrorOf,
  isExcelErrorText,
  parseNumber,
  type Parsed,
} from "../domain/thai";
import { invalidValue } from "./errors";

/** What the metadata declares for a range argument (`unknown[][]`, type "any", matrix). */
export type RangeArg = readonly (readonly unknown[])[];

/** A cell of a range argument, 1-based; `index` counts row by row. */
export interface CellRef {
  name: string;
  index: number;
  row: number;
  column: number;
}

export interface Cell {
  value: unknown;
  ref: CellRef;
}

export interface RangeCells {
  name: string;
  rows: number;
  columns: number;
  /** Row by row. */
  cells: Cell[];
}

/** A value read from a cell; null when the cell is blank. */
export interface Read<T> {
  ref: CellRef;
  value: T | null;
}

export const describeCell = (ref: CellRef): string =>
  `${ref.name}, cell ${ref.index} (row ${ref.row}, column ${ref.column})`;

export const isBlank = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === "string" && cleanText(value) === "");

/** A CustomFunctions.Error handed over for an error cell becomes its text, which the core's parsers know. */
export function normaliseCell(value: unknown): unknown {
  if (typeof value === "object" && value !== null && "code" in value) {
    const { code } = value;
    if (typeof code === "string" && isExcelErrorText(code)) return code.trim();
  }
  return value;
}

/** The cells of a range argument. A lone value (a JS caller, or a literal) is a 1×1 range. */
export function cellsOf(name: string, range: unknown): RangeCells {
  const rows: unknown[][] = Array.isArray(range)
    ? range.map((row: unknown) => (Array.isArray(row) ? (row as unknown[]) : [row]))
    : [[range]];
  const columns = rows[0]?.length ?? 0;
  if (columns === 0) throw invalidValue(`${name} is empty: select the cells to read.`);
  if (rows.some((row) => row.length !== columns)) {
    throw invalidValue(`${name}: the rows have different lengths; pass a rectangular range.`);
  }
  // One loop, no per-row arrays: ranges of 100,000 cells are common in plan sheets.
  const cells: Cell[] = [];
  rows.forEach((row, r) => {
    for (let c = 0; c < columns; c++) {
      cells.push({
        value: normaliseCell(row[c]),
        ref: { name, index: r * columns + c + 1, row: r + 1, column: c + 1 },
      });
    }
  });
  return { name, rows: rows.length, columns, cells };
}

export const shapeOf = (range: RangeCells): string => `${range.rows}×${range.columns}`;

/** Pairs of ranges are read cell by cell, so they must hold as many cells. */
export function requireSameSize(first: RangeCells, second: RangeCells): void {
  if (first.cells.length === second.cells.length) return;
  throw invalidValue(
    `${first.name} has ${first.cells.length} cells (${shapeOf(first)}) but ${second.name} has ` +
      `${second.cells.length} (${shapeOf(second)}); give ranges of the same size.`,
  );
}

/** The value of a cell through one of the core's parsers; a failure is a #VALUE! naming the cell. */
export function parseCell<T>(cell: Cell, parse: (value: unknown) => Parsed<T>): T {
  const parsed = parse(cell.value);
  if (!parsed.ok) throw invalidValue(`${describeCell(cell.ref)}: ${parsed.en}`);
  return parsed.value;
}

/** For cells read as they are (labels): an Excel error in one is still refused. */
export function refuseErrorCell(cell: Cell): void {
  const error = excelErrorOf(cell.value);
  if (error !== undefined) throw invalidValue(`${describeCell(cell.ref)}: ${cellError(error).en}`);
}

export interface Bounds {
  min: number;
  max: number;
  /** What a value is, for the message: "a score from 0 to 100". */
  what: string;
}

export const SCORE_BOUNDS: Bounds = { min: 0, max: 100, what: "a score from 0 to 100" };

/** Checks a number against its bounds; `where` names the argument or cell in the message. */
export function checkBounds(value: number, bounds: Bounds | undefined, where: string): number {
  if (bounds && (value < bounds.min || value > bounds.max)) {
    throw invalidValue(`${where}: ${value} is not ${bounds.what}.`);
  }
  return value;
}

/** Numbers of every cell (Thai digits, separators, units as the core reads them); blank is null. */
export function readNumbers(cells: readonly Cell[], bounds?: Bounds): Read<number>[] {
  return cells.map((cell) => {
    const value = parseCell(cell, parseNumber);
    // The cell's description is only built for the message: 100,000 cells in bounds need none.
    const outside = value !== null && bounds !== undefined && (value < bounds.min || value > bounds.max);
    return { ref: cell.ref, value: outside ? checkBounds(value, bounds, describeCell(cell.ref)) : value };
  });
}

/** Lists items for a message: "8", "8 and 10", "2, 8 and 10" (or "… or …"). */
export function listAnd(items: readonly (string | number)[], conjunction: "and" | "or" = "and"): string {
  const texts = items.map(String);
  if (texts.length <= 1) return texts.join("");
  return `${texts.slice(0, -1).join(", ")} ${conjunction} ${texts[texts.length - 1]}`;
}
