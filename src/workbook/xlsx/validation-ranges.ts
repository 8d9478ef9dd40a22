import type ExcelJS from "exceljs";
import { cellAddress, parseCell, rangeAddress, type RangeBox } from "../address";

/**
 * ExcelJS keeps data validations one entry per cell (it splits every range it reads), and before
 * writing squeezes them back into ranges in a way that costs seconds for a 20,000-row table and
 * writes overlapping duplicates ("C10:C1001" beside "C2:C1001"). Here the cells are grouped by
 * column into runs of equal validations, equal runs of neighbouring columns into rectangles, and
 * ExcelJS is handed those ranges for the write: every cell keeps exactly the rule it had.
 */

type Model = Record<string, ExcelJS.DataValidation | undefined>;

interface Rect extends RangeBox {
  validation: ExcelJS.DataValidation;
}

/** "C12" → row and column without a regular expression (a 20k-row table has 100k+ of them). */
function cellOf(address: string): { row: number; column: number } {
  let column = 0;
  let i = 0;
  for (let code = address.charCodeAt(0); code >= 65 && code <= 90; code = address.charCodeAt(++i))
    column = column * 26 + code - 64;
  let row = 0;
  for (let code = address.charCodeAt(i); code >= 48 && code <= 57; code = address.charCodeAt(++i))
    row = row * 10 + code - 48;
  return i === address.length && column > 0 && row > 0 ? { row, column } : parseCell(address);
}

/** One rule per range, each cell with a validation in exactly one range. */
export function validationRanges(model: Model): Model {
  const keys = new Map<object, string>();
  const keyOf = (v: ExcelJS.DataValidation): string => {
    let key = keys.get(v);
    if (key === undefined) keys.set(v, (key = JSON.stringify(v)));
    return key;
  };
  const ranges: Model = {};
  const columns = new Map<number, { row: number; validation: ExcelJS.DataValidation }[]>();
  for (const [address, validation] of Object.entries(model)) {
    if (!validation) continue;
    if (address.includes(":")) {
      ranges[address] = validation; // already a range (ExcelJS writes it as it is)
      continue;
    }
    const { row, column } = cellOf(address);
    let cells = columns.get(column);
    if (!cells) columns.set(column, (cells = []));
    cells.push({ row, validation });
  }
  // Rectangles still open at the previous column, by top, bottom and rule.
  let open = new Map<string, Rect>();
  const done: Rect[] = [];
  for (const column of [...columns.keys()].sort((a, b) => a - b)) {
    const cells = columns.get(column)!.sort((a, b) => a.row - b.row);
    const next = new Map<string, Rect>();
    for (let i = 0; i < cells.length;) {
      const { row: top, validation } = cells[i]!;
      const key = keyOf(validation);
      let j = i + 1;
      while (
        j < cells.length &&
        cells[j]!.row === cells[j - 1]!.row + 1 &&
        keyOf(cells[j]!.validation) === key
      )
        j++;
      const bottom = cells[j - 1]!.row;
      const id = `${top}:${bottom}:${key}`;
      const rect = open.get(id);
      if (rect && rect.right === column - 1) {
        rect.right = column;
        open.delete(id);
        next.set(id, rect);
      } else {
        const fresh = { top, bottom, left: column, right: column, validation };
        done.push(fresh);
        next.set(id, fresh);
      }
      i = j;
    }
    open = next;
  }
  for (const r of done) {
    const single = r.top === r.bottom && r.left === r.right;
    ranges[single ? cellAddress(r.top, r.left) : rangeAddress(r)] = r.validation;
  }
  return ranges;
}

/**
 * Runs `write` with every sheet's validations as ranges, then gives the sheets back their
 * per-cell validations (the workbook may still be edited after saving, as in the preview).
 */
export async function withValidationRanges<T>(wb: ExcelJS.Workbook, write: () => Promise<T>): Promise<T> {
  const holders = wb.worksheets.map(
    (ws) => (ws as unknown as { dataValidations: { model: Model } }).dataValidations,
  );
  const saved = holders.map((h) => h.model);
  try {
    holders.forEach((h, i) => (h.model = validationRanges(saved[i]!)));
    return await write();
  } finally {
    holders.forEach((h, i) => (h.model = saved[i]!));
  }
}
