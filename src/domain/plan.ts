import type { Location, Problem } from "./problem";
import { reportProblem } from "./problem";
import type { StatusKey } from "./status";
import { formatNumber } from "./thai/number";
import planDimensions from "./frameworks/data/plan-dimensions.json";

/** One project, measure or activity (โครงการ / มาตรการ / กิจกรรม) of an anti-corruption action plan. */
export interface PlanProject {
  /** ลำดับ as written ("1", "๒.๑"). */
  seq?: string;
  name: string;
  /** มิติ 1–4. */
  dimension?: number;
  /** Baht; 0 for "no budget". For a multi-year plan, the sum of `budgets`. */
  budget: number;
  /** Budget per fiscal year (BE) of a multi-year plan. */
  budgets?: Record<number, number>;
  quarters: [boolean, boolean, boolean, boolean];
  owner?: string;
  spent?: number;
  status?: StatusKey;
  remarks?: string;
  /** Where the row came from, for messages and for jumping to it. */
  where?: Location;
}

/** The figures of a plan's total row (รวมทั้งสิ้น), as printed. */
export interface StatedTotals {
  budget?: number;
  quarterCounts?: (number | undefined)[];
  where?: Location;
}

export interface PlanTotals {
  projects: number;
  budget: number;
  /** Budget by dimension; every dimension of the plan's list is present, even at 0. */
  byDimension: Record<string, number>;
  projectsByDimension: Record<string, number>;
  /** Budget by responsible division; projects without one under "". */
  byOwner: Record<string, number>;
  /** How many projects are ticked in each quarter. */
  quarterCounts: [number, number, number, number];
  /** Spent so far, over the projects that report it. */
  spent: number;
  /** Budget of the projects that report spending, to set `spent` against. */
  budgetReportingSpent: number;
  byStatus: Record<StatusKey | "", number>;
  /** Budget by fiscal year (multi-year plans). */
  byYear: Record<number, number>;
}

export const DEFAULT_DIMENSIONS: readonly number[] = [1, 2, 3, 4];

const add = (record: Record<string, number>, key: string | number, value: number) => {
  record[key] = (record[key] ?? 0) + value;
};

/**
 * Totals of a plan. Sums are plain sums of the rows (no rounding: budgets are in satang at most,
 * and rounding happens at display), so the order of the rows never changes a total.
 */
export function planTotals(projects: readonly PlanProject[], dimensions = DEFAULT_DIMENSIONS): PlanTotals {
  const byDimension: Record<string, number> = Object.fromEntries(dimensions.map((d) => [String(d), 0]));
  const projectsByDimension: Record<string, number> = Object.fromEntries(
    dimensions.map((d) => [String(d), 0]),
  );
  const byOwner: Record<string, number> = {};
  const byStatus: Record<string, number> = { "not-started": 0, "in-progress": 0, done: 0, "": 0 };
  const byYear: Record<number, number> = {};
  const quarterCounts: [number, number, number, number] = [0, 0, 0, 0];
  // One pass, no per-row arrays or closures: 100,000-row plans are totalled in a few milliseconds.
  // Sums run in row order, as a plain sum of the rows would.
  let budget = 0;
  let spent = 0;
  let budgetReportingSpent = 0;
  for (let k = 0; k < projects.length; k++) {
    const p = projects[k]!;
    const dim = p.dimension === undefined ? "" : String(p.dimension);
    add(byDimension, dim, p.budget);
    add(projectsByDimension, dim, 1);
    add(byOwner, p.owner ?? "", p.budget);
    add(byStatus, p.status ?? "", 1);
    if (p.budgets !== undefined)
      for (const [year, value] of Object.entries(p.budgets)) add(byYear, year, value);
    const quarters = p.quarters;
    for (let q = 0; q < 4; q++) if (quarters[q]) quarterCounts[q]!++;
    budget += p.budget;
    if (p.spent !== undefined) {
      spent += p.spent;
      budgetReportingSpent += p.budget;
    }
  }
  return {
    projects: projects.length,
    budget,
    byDimension,
    projectsByDimension,
    byOwner,
    quarterCounts,
    spent,
    budgetReportingSpent,
    byStatus: byStatus as PlanTotals["byStatus"],
    byYear,
  };
}

/** Budgets are compared to the satang: a printed total is exact or wrong. */
const sameMoney = (a: number, b: number) => Math.abs(a - b) < 0.005;

/** Checks a printed total row against the computed totals. */
export function checkStatedTotals(totals: PlanTotals, stated: StatedTotals): Problem[] {
  const problems: Problem[] = [];
  const where = stated.where ?? {};
  if (stated.budget !== undefined && !sameMoney(stated.budget, totals.budget)) {
    problems.push(
      reportProblem(
        "error",
        "plan.total.budget",
        { stated: money(stated.budget), computed: money(totals.budget) },
        where,
      ),
    );
  }
  stated.quarterCounts?.forEach((count, q) => {
    if (count !== undefined && count !== totals.quarterCounts[q]) {
      problems.push(
        reportProblem(
          "error",
          "plan.total.quarter",
          { quarter: q + 1, stated: count, computed: totals.quarterCounts[q]! },
          where,
        ),
      );
    }
  });
  return problems;
}

const money = (v: number) => formatNumber(v, { decimals: 2 });

export interface PlanDimension {
  no: number;
  th: string;
  en: string;
}

/** The plan's dimensions (names from the 2566–2570 guide). */
export const PLAN_DIMENSIONS: readonly PlanDimension[] = planDimensions.dimensions;
