import { cellAddress, parseRange, rangeAddress, type RangeBox } from "../address";
import { isFormula, type CellValue, type CellWrite } from "../model";

/**
 * Cell values between the snapshot/patch model and Office.js, and the address arithmetic the
 * adapter needs.
 *
 * Writing: Office.js parses a string written through `values` or `formulas` as if it were typed
 * ("=1+1" becomes a formula, "-5 items" and "@home" formula errors, "0123" the number 123, "TRUE" a
 * boolean). Every text is therefore written with a leading apostrophe: Excel stores the text after
 * it unchanged and marks the cell with a quote prefix, so the cell's value is exactly the text.
 * The adapter clears a cell's formats before writing into it, so a text ("@") number format left
 * there cannot turn the apostrophe into a visible character.
 */

/** What goes into a `formulas` array for one cell. */
export function toInput(v: CellWrite): string | number | boolean {
  if (v === null) return "";
  if (isFormula(v)) return `=${v.formula.trim().replace(/^=/, "")}`;
  if (typeof v === "string") return v === "" ? "" : `'${v}`;
  return v;
}

/** A sheet-qualified or bare address ("'My sheet'!$A$1:$B$2", "A1") as a box. */
export const boxOf = (address: string): RangeBox => parseRange(address.replace(/\$/g, ""));

/** "A1:L17", the form snapshots use, from any address Office returns. */
export const bareAddress = (address: string): string => rangeAddress(boxOf(address));

/** The areas of a RangeAreas address ("S!A1:B2,S!C3", commas inside quoted sheet names kept). */
export function areasOf(address: string): RangeBox[] {
  const areas: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      areas.push(current);
      current = "";
    } else current += ch;
  }
  if (current.trim() !== "") areas.push(current);
  return areas.map((a) => boxOf(a.trim()));
}

export const intersection = (a: RangeBox, b: RangeBox): RangeBox | undefined => {
  const box = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return box.top <= box.bottom && box.left <= box.right ? box : undefined;
};

export const sameBox = (a: RangeBox, b: RangeBox): boolean =>
  a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;

export const within = (inner: RangeBox, outer: RangeBox): boolean =>
  inner.top >= outer.top &&
  inner.bottom <= outer.bottom &&
  inner.left >= outer.left &&
  inner.right <= outer.right;

/** `box` minus `hole`: up to four rectangles (the bands above and below, then left and right). */
function minus(box: RangeBox, hole: RangeBox): RangeBox[] {
  const cut = intersection(box, hole);
  if (!cut) return [box];
  const parts: RangeBox[] = [];
  if (box.top < cut.top) parts.push({ ...box, bottom: cut.top - 1 });
  if (cut.bottom < box.bottom) parts.push({ ...box, top: cut.bottom + 1 });
  if (box.left < cut.left)
    parts.push({ top: cut.top, bottom: cut.bottom, left: box.left, right: cut.left - 1 });
  if (cut.right < box.right)
    parts.push({ top: cut.top, bottom: cut.bottom, left: cut.right + 1, right: box.right });
  return parts;
}

/** The rectangles that cover `box` without any cell of `holes`. */
export const subtract = (box: RangeBox, holes: readonly RangeBox[]): RangeBox[] =>
  holes.reduce<RangeBox[]>((parts, hole) => parts.flatMap((p) => minus(p, hole)), [box]);

/** Row-major keys for sets of cells. */
export const cellKey = (row: number, column: number): string => `${row},${column}`;

/**
 * A rectangle of cells as read from Excel: values, which cells hold formulas (and their text,
 * when it was loaded) and which hold errors.
 */
export interface Grid {
  box: RangeBox;
  /** Raw `values`: "" for an empty cell, the error text ("#REF!") for an error. */
  values: unknown[][];
  formulaCells: Set<string>;
  /** `formulas` when loaded; undefined when only the positions of formula cells are known. */
  formulas?: unknown[][];
  errorCells: Set<string>;
}

/** The value of a grid cell as the snapshot holds it ("" is empty, as in the xlsx adapter). */
export function valueAt(grid: Grid, row: number, column: number): CellValue {
  const raw = grid.values[row - grid.box.top]?.[column - grid.box.left];
  if (grid.errorCells.has(cellKey(row, column))) return { error: String(raw) };
  if (raw === undefined || raw === null || raw === "") return null;
  if (typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean") return raw;
  return String(raw);
}

/** The formula text ("=…") of a grid cell, null when it holds none, undefined when not loaded. */
export function formulaAt(grid: Grid, row: number, column: number): string | null | undefined {
  if (!grid.formulaCells.has(cellKey(row, column))) return null;
  const text = grid.formulas?.[row - grid.box.top]?.[column - grid.box.left];
  return typeof text === "string" ? text : undefined;
}

export const isFilled = (grid: Grid, row: number, column: number): boolean =>
  grid.formulaCells.has(cellKey(row, column)) || valueAt(grid, row, column) !== null;

/** Addresses of the non-empty cells of `grid` inside `box`, row by row. */
export function filledCells(grid: Grid, box: RangeBox): string[] {
  const part = intersection(grid.box, box);
  if (!part) return [];
  const found: string[] = [];
  for (let r = part.top; r <= part.bottom; r++) {
    for (let c = part.left; c <= part.right; c++) if (isFilled(grid, r, c)) found.push(cellAddress(r, c));
  }
  return found;
}

/** Cell keys of the areas of a RangeAreas address that fall inside `box`. */
export function cellsIn(address: string | undefined, box: RangeBox): Set<string> {
  const keys = new Set<string>();
  if (!address) return keys;
  for (const area of areasOf(address)) {
    // Excel may answer for more than the range asked about; keep what lies inside it.
    const part = intersection(area, box);
    if (!part) continue;
    for (let r = part.top; r <= part.bottom; r++)
      for (let c = part.left; c <= part.right; c++) keys.add(cellKey(r, c));
  }
  return keys;
}
