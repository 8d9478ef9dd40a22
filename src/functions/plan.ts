/**
 * The anti-corruption plan's functions (QUARTERCOUNT, QUARTERS, BUDGET): cells read as the core
 * reads a plan (ticked boxes, Thai amounts, "ดำเนินการโดยไม่ใช้งบประมาณ"), totals from planTotals.
 */
import { DEFAULT_DIMENSIONS, planTotals, type PlanProject } from "../domain";
import { cleanText, parseBudget, parseNumber, parseTick, toArabicDigits } from "../domain/thai";
import { optionalNumber, readQuarter } from "./arguments";
import { invalidValue } from "./errors";
import { cellsOf, describeCell, parseCell, shapeOf, type Cell, type RangeCells } from "./ranges";

const NO_QUARTERS: PlanProject["quarters"] = [false, false, false, false];

const project = (fields: Partial<PlanProject>): PlanProject => ({
  name: "",
  budget: 0,
  quarters: NO_QUARTERS,
  ...fields,
});

function quarterFlags(range: unknown): RangeCells {
  const cells = cellsOf("quarterFlags", range);
  if (cells.columns !== 4) {
    throw invalidValue(
      `quarterFlags must have 4 columns, one per quarter (Q1–Q4), and one row per project; this range is ${shapeOf(cells)}.`,
    );
  }
  return cells;
}

/** Rows of the flags range as projects; only the columns in `quarters` (0-based) are read. */
function flaggedProjects(cells: RangeCells, quarters: readonly number[]): PlanProject[] {
  return Array.from({ length: cells.rows }, (_, r) => {
    const row = cells.cells.slice(r * 4, r * 4 + 4);
    const ticks = row.map((cell, q) => quarters.includes(q) && parseCell(cell, parseTick));
    return project({ quarters: ticks as PlanProject["quarters"] });
  });
}

/** ITA.QUARTERCOUNT: how many projects are ticked in one quarter. */
export function projectsInQuarter(quarterFlagsRange: unknown, quarter: unknown): number {
  const cells = quarterFlags(quarterFlagsRange);
  const q = readQuarter(quarter);
  return planTotals(flaggedProjects(cells, [q - 1])).quarterCounts[q - 1]!;
}

/** ITA.QUARTERS: how many projects are ticked in each quarter, as one row of four. */
export function projectsPerQuarter(quarterFlagsRange: unknown): number[][] {
  const cells = quarterFlags(quarterFlagsRange);
  return [[...planTotals(flaggedProjects(cells, [0, 1, 2, 3])).quarterCounts]];
}

/** Words before a dimension's number ("มิติที่ 3"); data. */
const DIMENSION_PREFIXES: readonly string[] = ["มิติที่", "มิติ"];

function readDimension(cell: Cell): number | undefined {
  let value = cell.value;
  if (typeof value === "string") {
    const text = toArabicDigits(cleanText(value));
    const prefix = DIMENSION_PREFIXES.find((p) => text.startsWith(p));
    value = prefix ? text.slice(prefix.length).trim() : value;
  }
  const dimension = parseCell({ ...cell, value }, parseNumber);
  if (dimension === null) return undefined;
  if (!DEFAULT_DIMENSIONS.includes(dimension)) {
    throw invalidValue(
      `${describeCell(cell.ref)}: ${dimension} is not a dimension (${DEFAULT_DIMENSIONS.join(", ")}).`,
    );
  }
  return dimension;
}

function readBudget(cell: Cell): number {
  const amount = parseCell(cell, parseBudget);
  if (amount !== null && amount < 0) {
    throw invalidValue(`${describeCell(cell.ref)}: ${amount} is negative; a budget is 0 or more.`);
  }
  // Blank is no budget, as the core reads a plan row (it warns; a function cannot).
  return amount ?? 0;
}

/** The dimension of each budget cell: cell by cell, or one per row of a multi-column budgets range. */
function dimensionsOf(budgets: RangeCells, range: unknown): (number | undefined)[] {
  const dims = cellsOf("dimensions", range);
  const perCell = dims.cells.length === budgets.cells.length;
  const perRow = dims.columns === 1 && dims.rows === budgets.rows;
  if (!perCell && !perRow) {
    throw invalidValue(
      `dimensions (${shapeOf(dims)}) must match budgets (${shapeOf(budgets)}) cell by cell, or give one dimension per row.`,
    );
  }
  const read = dims.cells.map(readDimension);
  return budgets.cells.map((cell, k) => (perCell ? read[k] : read[cell.ref.row - 1]));
}

/** ITA.BUDGET: the plan's budget total, or the total of one dimension. */
export function budgetTotal(budgets: unknown, dimensions: unknown, dimension: unknown): number {
  const cells = cellsOf("budgets", budgets);
  const amounts = cells.cells.map(readBudget);
  const wanted = optionalNumber("dimension", dimension);
  if (wanted !== null && !DEFAULT_DIMENSIONS.includes(wanted)) {
    throw invalidValue(`dimension must be ${DEFAULT_DIMENSIONS.join(", ")} (มิติ), not ${wanted}.`);
  }
  if (dimensions === null || dimensions === undefined) {
    if (wanted !== null)
      throw invalidValue("dimension needs the dimensions range (the มิติ column beside the budgets).");
    return planTotals(amounts.map((budget) => project({ budget }))).budget;
  }
  const dims = dimensionsOf(cells, dimensions);
  const projects = amounts.map((budget, k) => {
    const dim = dims[k];
    if (wanted !== null && dim === undefined && budget !== 0) {
      throw invalidValue(
        `${describeCell(cells.cells[k]!.ref)} holds ${budget} but its dimension is blank, so no dimension total would include it.`,
      );
    }
    return project(dim === undefined ? { budget } : { budget, dimension: dim });
  });
  const totals = planTotals(projects);
  return wanted === null ? totals.budget : (totals.byDimension[String(wanted)] ?? 0);
}
