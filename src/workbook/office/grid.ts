import type { ExcelRange, ExcelRangeAreas } from "./api";
import { boxOf, cellKey, cellsIn, type Grid } from "./cells";

/**
 * Loading a rectangle of cells in as few bytes as the host allows. Excel on the web answers a
 * sync with at most 5 MB, so a table's `formulas` and `valueTypes` are not loaded next to its
 * `values` when the host can say instead where the formula and error cells are
 * (`getSpecialCellsOrNullObject`, ExcelApi 1.9): three short address lists instead of two more
 * copies of the table. Formula texts are loaded only for a table known to hold formulas.
 */

export interface GridMode {
  /** ExcelApi 1.9: find formula and error cells with getSpecialCellsOrNullObject. */
  specialCells: boolean;
  /** Also load the formula texts (in special-cells mode; the fallback always loads them). */
  formulas: boolean;
}

/** Queues the loads of `range`; the function reads the grid after the sync. */
export function queueGrid(range: ExcelRange, mode: GridMode): () => Grid {
  if (!mode.specialCells) {
    range.load("address,values,formulas,valueTypes");
    return () => fallbackGrid(range);
  }
  range.load(mode.formulas ? "address,values,formulas" : "address,values");
  const formulaAreas = range.getSpecialCellsOrNullObject("Formulas");
  const constantErrors = range.getSpecialCellsOrNullObject("Constants", "Errors");
  const formulaErrors = range.getSpecialCellsOrNullObject("Formulas", "Errors");
  for (const areas of [formulaAreas, constantErrors, formulaErrors]) areas.load("address");
  return () => {
    const box = boxOf(range.address);
    const grid: Grid = {
      box,
      values: range.values as unknown[][],
      formulaCells: cellsIn(addressOf(formulaAreas), box),
      errorCells: new Set([
        ...cellsIn(addressOf(constantErrors), box),
        ...cellsIn(addressOf(formulaErrors), box),
      ]),
    };
    if (mode.formulas) grid.formulas = range.formulas as unknown[][];
    return grid;
  };
}

const addressOf = (areas: ExcelRangeAreas): string | undefined =>
  areas.isNullObject ? undefined : areas.address;

/**
 * Without special cells: a cell holds a formula when its formula text starts with "=" and differs
 * from its value (a text that starts with "=" reads back the same through both).
 */
function fallbackGrid(range: ExcelRange): Grid {
  const box = boxOf(range.address);
  const values = range.values as unknown[][];
  const formulas = range.formulas as unknown[][];
  const types = range.valueTypes;
  const formulaCells = new Set<string>();
  const errorCells = new Set<string>();
  formulas.forEach((row, i) =>
    row.forEach((f, j) => {
      const key = cellKey(box.top + i, box.left + j);
      if (typeof f === "string" && f.startsWith("=") && f !== values[i]?.[j]) formulaCells.add(key);
      if (types[i]?.[j] === "Error") errorCells.add(key);
    }),
  );
  return { box, values, formulas, formulaCells, errorCells };
}
