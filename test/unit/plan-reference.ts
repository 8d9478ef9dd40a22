/**
 * Reference implementations of readPlanRows and planTotals: the plain, unoptimised code as it stood
 * before the 100,000-row work (one parser call per cell, no caches). plan.property.test.ts checks that
 * the optimised functions in src/domain give exactly the same projects, totals and problems.
 * Test-only; not imported by src/.
 */
import type { PlanProject, PlanTotals, StatedTotals } from "../../src/domain/plan";
import { DEFAULT_DIMENSIONS } from "../../src/domain/plan";
import { reportProblem, type Problem } from "../../src/domain/problem";
import { parseStatus, STATUSES } from "../../src/domain/status";
import { parseTick } from "../../src/domain/thai/checkbox";
import { parseBudget, parseNumber } from "../../src/domain/thai/number";
import { toProblem, type Parsed } from "../../src/domain/thai/parsed";
import { locate, type PlanRead, type PlanReadOptions, type RawRow } from "../../src/domain/validate";
import { sum } from "../../src/domain/stats";

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

const text = (v: unknown): string | undefined => {
  if (isBlank(v)) return undefined;
  return String(v).replace(/\s+/g, " ").trim();
};

/** Reads one cell with a parser; a failure becomes a problem at that cell and yields undefined. */
function read<T>(
  raw: RawRow,
  field: string,
  parse: (v: unknown) => Parsed<T>,
  problems: Problem[],
): T | undefined {
  const parsed = parse(raw.values[field]);
  if (parsed.ok) return parsed.value;
  problems.push(toProblem(parsed, locate(raw, field)));
  return undefined;
}

const TOTAL_LABEL = /^(รวม|total|grand\s*total|sum)/i;
const QUARTER_FIELDS = ["q1", "q2", "q3", "q4"] as const;
export function referenceReadPlanRows(rows: readonly RawRow[], options: PlanReadOptions = {}): PlanRead {
  const problems: Problem[] = [];
  const projects: PlanProject[] = [];
  let stated: StatedTotals | undefined;
  for (const raw of rows) {
    if (Object.values(raw.values).every(isBlank)) continue;
    const label = text(raw.values.seq) ?? text(raw.values.name) ?? "";
    if (TOTAL_LABEL.test(label)) {
      stated = readStatedTotals(raw, problems);
      continue;
    }
    const project = readPlanRow(raw, options, problems);
    if (project) projects.push(project);
  }
  checkDuplicates(projects, problems);
  return stated ? { projects, stated, problems } : { projects, problems };
}

function readStatedTotals(raw: RawRow, problems: Problem[]): StatedTotals {
  const budget = read(raw, "budget", parseBudget, problems);
  const quarterCounts = QUARTER_FIELDS.map((f) => read(raw, f, parseNumber, problems) ?? undefined);
  const stated: StatedTotals = { where: locate(raw, "budget"), quarterCounts };
  if (budget !== undefined && budget !== null) stated.budget = budget;
  return stated;
}

function readPlanRow(raw: RawRow, options: PlanReadOptions, problems: Problem[]): PlanProject | undefined {
  const name = text(raw.values.name);
  if (name === undefined) {
    problems.push(reportProblem("error", "plan.name.missing", {}, locate(raw, "name")));
    return undefined;
  }
  const project: PlanProject = {
    name,
    budget: 0,
    quarters: [false, false, false, false],
    where: locate(raw, "name"),
  };
  const seq = text(raw.values.seq);
  if (seq !== undefined) project.seq = seq;
  const dimension = readDimension(raw, options.dimensions ?? DEFAULT_DIMENSIONS, problems);
  if (dimension !== undefined) project.dimension = dimension;
  project.budget = readMoney(raw, "budget", problems) ?? 0;
  if (options.years?.length) readYearBudgets(raw, project, options.years, problems);
  project.quarters = QUARTER_FIELDS.map(
    (f) => read(raw, f, parseTick, problems) ?? false,
  ) as PlanProject["quarters"];
  if (!project.quarters.some(Boolean)) {
    problems.push(
      reportProblem("warning", "plan.quarter.none", { name: shortName(name) }, locate(raw, "q1")),
    );
  }
  const owner = text(raw.values.owner);
  if (owner !== undefined) project.owner = owner;
  readSpentAndStatus(raw, project, problems);
  const remarks = text(raw.values.remarks);
  if (remarks !== undefined) project.remarks = remarks;
  return project;
}

const shortName = (name: string) => (name.length > 40 ? `${name.slice(0, 40)}…` : name);

function readDimension(raw: RawRow, dimensions: readonly number[], problems: Problem[]): number | undefined {
  const value = raw.values.dimension;
  if (isBlank(value)) {
    problems.push(
      reportProblem(
        "error",
        "plan.dimension.missing",
        { allowed: dimensions.join(", ") },
        locate(raw, "dimension"),
      ),
    );
    return undefined;
  }
  const parsed = parseNumber(value);
  const n = parsed.ok ? parsed.value : null;
  if (n === null || !dimensions.includes(n)) {
    const shown = parsed.ok ? String(value) : parsed.text;
    problems.push(
      reportProblem(
        "error",
        "plan.dimension.invalid",
        { value: shown, allowed: dimensions.join(", ") },
        locate(raw, "dimension"),
      ),
    );
    return undefined;
  }
  return n;
}

/** A money cell: blank is a warning (counted as no budget), negative an error. */
function readMoney(raw: RawRow, field: string, problems: Problem[]): number | undefined {
  const value = read(raw, field, parseBudget, problems);
  if (value === undefined) return undefined;
  if (value === null) {
    problems.push(reportProblem("warning", "plan.budget.blank", {}, locate(raw, field)));
    return undefined;
  }
  if (value < 0) {
    problems.push(reportProblem("error", "plan.budget.negative", { value }, locate(raw, field)));
    return undefined;
  }
  // Budget rules added since (validate.ts): ten trillion baht is an error, a hundred million a warning.
  if (value >= 1e13) {
    problems.push(reportProblem("error", "plan.budget.absurd", { value }, locate(raw, field)));
    return undefined;
  }
  if (value >= 1e8)
    problems.push(reportProblem("warning", "plan.budget.huge", { value }, locate(raw, field)));
  return value;
}

function readYearBudgets(
  raw: RawRow,
  project: PlanProject,
  years: readonly number[],
  problems: Problem[],
): void {
  const budgets: Record<number, number> = {};
  for (const year of years) {
    const field = `budget_${year}`;
    if (isBlank(raw.values[field])) continue;
    const value = readMoney(raw, field, problems);
    if (value !== undefined) budgets[year] = value;
  }
  const total = Object.values(budgets).reduce((s, v) => s + v, 0);
  const single = raw.values.budget;
  if (!isBlank(single) && Math.abs(total - project.budget) >= 0.005) {
    problems.push(
      reportProblem(
        "warning",
        "plan.budget.years",
        { total: project.budget, years: total },
        locate(raw, "budget"),
      ),
    );
  }
  if (isBlank(single)) project.budget = total;
  project.budgets = budgets;
}

function readSpentAndStatus(raw: RawRow, project: PlanProject, problems: Problem[]): void {
  const spentValue = raw.values.spent;
  if (!isBlank(spentValue)) {
    const spent = read(raw, "spent", parseBudget, problems);
    if (spent !== undefined && spent !== null && spent < 0) {
      problems.push(reportProblem("error", "plan.spent.negative", { value: spent }, locate(raw, "spent")));
    } else if (spent !== undefined && spent !== null) {
      project.spent = spent;
      if (spent - project.budget >= 0.005) {
        problems.push(
          reportProblem(
            "warning",
            "plan.spent.overBudget",
            { spent, budget: project.budget },
            locate(raw, "spent"),
          ),
        );
      }
    }
  }
  const statusText = raw.values.status;
  if (isBlank(statusText)) return;
  const status = parseStatus(statusText);
  if (status === undefined) {
    const allowed = STATUSES.map((s) => s.th).join(" / ");
    problems.push(
      reportProblem("error", "status.invalid", { value: String(statusText), allowed }, locate(raw, "status")),
    );
  } else project.status = status;
}

/** Same name, dimension, budget and quarters: most likely one row pasted twice. */
const sameRow = (a: PlanProject, b: PlanProject) =>
  a.dimension === b.dimension && a.budget === b.budget && a.quarters.every((q, k) => q === b.quarters[k]);

/** Two rows with one sequence number are a warning; two identical rows (likely pasted twice) an error. */
function checkDuplicates(projects: readonly PlanProject[], problems: Problem[]): void {
  const bySeq = new Map<string, PlanProject>();
  // Keyed by name alone (names are nearly always unique), so no composite key is built per row.
  const byName = new Map<string, PlanProject[]>();
  for (const p of projects) {
    const namesakes = byName.get(p.name);
    const twin = namesakes?.find((other) => sameRow(other, p));
    if (twin) {
      const params = { name: shortName(p.name), other: twin.where?.row ?? "?" };
      problems.push(reportProblem("error", "plan.row.duplicate", params, p.where));
    } else if (namesakes) namesakes.push(p);
    else byName.set(p.name, [p]);
    if (p.seq === undefined) continue;
    const first = bySeq.get(p.seq);
    if (first && !twin) {
      const params = { seq: p.seq, other: first.where?.row ?? "?" };
      problems.push(reportProblem("warning", "plan.seq.duplicate", params, p.where));
    } else if (!first) bySeq.set(p.seq, p);
  }
}

const add = (record: Record<string, number>, key: string | number, value: number) => {
  record[key] = (record[key] ?? 0) + value;
};

/**
 * Totals of a plan. Sums are plain sums of the rows (no rounding: budgets are in satang at most,
 * and rounding happens at display), so the order of the rows never changes a total.
 */
export function referencePlanTotals(
  projects: readonly PlanProject[],
  dimensions = DEFAULT_DIMENSIONS,
): PlanTotals {
  const byDimension: Record<string, number> = Object.fromEntries(dimensions.map((d) => [String(d), 0]));
  const projectsByDimension: Record<string, number> = Object.fromEntries(
    dimensions.map((d) => [String(d), 0]),
  );
  const byOwner: Record<string, number> = {};
  const byStatus: Record<string, number> = { "not-started": 0, "in-progress": 0, done: 0, "": 0 };
  const byYear: Record<number, number> = {};
  const quarterCounts: [number, number, number, number] = [0, 0, 0, 0];
  for (const p of projects) {
    const dim = p.dimension === undefined ? "" : String(p.dimension);
    add(byDimension, dim, p.budget);
    add(projectsByDimension, dim, 1);
    add(byOwner, p.owner ?? "", p.budget);
    add(byStatus, p.status ?? "", 1);
    for (const [year, value] of Object.entries(p.budgets ?? {})) add(byYear, year, value);
    p.quarters.forEach((ticked, q) => ticked && quarterCounts[q]!++);
  }
  const reporting = projects.filter((p) => p.spent !== undefined);
  return {
    projects: projects.length,
    budget: sum(projects.map((p) => p.budget)),
    byDimension,
    projectsByDimension,
    byOwner,
    quarterCounts,
    spent: sum(reporting.map((p) => p.spent!)),
    budgetReportingSpent: sum(reporting.map((p) => p.budget)),
    byStatus: byStatus as PlanTotals["byStatus"],
    byYear,
  };
}
