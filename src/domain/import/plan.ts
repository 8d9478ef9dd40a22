import { checkStatedTotals, planTotals, type PlanProject } from "../plan";
import type { Problem } from "../problem";
import { parseTick } from "../thai/checkbox";
import { toArabicDigits } from "../thai/digits";
import { parseBudget, parseNumber } from "../thai/number";
import { PLAN_DIMENSIONS } from "../plan";
import type { FieldContext, Placed } from "./fields";
import { squash } from "./headers";
import { DIMENSION_NOS } from "./known";
import { importProblem, locationOf } from "./messages";
import type { ByKey, Draft, Rules } from "./rows";
import { ALL_QUARTERS, DIMENSION_SECTION, GRAND_TOTAL_LABELS, SUBTOTAL_PREFIXES } from "./vocabulary";
import type { ImportedTable, ImportedValue, Source, StatedTotals } from "./types";

const QUARTERS = ["q1", "q2", "q3", "q4"] as const;
const LETTER = /[\u0E00-\u0E4Fa-z]/;
/** Most rows start with a number; only these letters can start a total's label. */
const TOTAL_FIRST_CHARS = new Set([...GRAND_TOTAL_LABELS, ...SUBTOTAL_PREFIXES].map((l) => l[0]!));
const DIMENSION_BY_NAME = new Map(PLAN_DIMENSIONS.map((d) => [squash(d.th), d.no]));

/** "รวมทั้งสิ้น" → grand, "รวมมิติที่ 1" / "ยอดยกมา" → partial, a project's name → undefined. */
export function totalKind(label: string): "grand" | "partial" | undefined {
  if (!TOTAL_FIRST_CHARS.has(label.trimStart()[0]?.toLowerCase() ?? "")) return undefined;
  const s = squash(label).replace(/\(.*\)$/, "");
  if (SUBTOTAL_PREFIXES.some((p) => s.startsWith(p))) return "partial";
  const grand = GRAND_TOTAL_LABELS.some((g) => s === g || (s.startsWith(g) && !LETTER.test(s[g.length]!)));
  return grand ? "grand" : undefined;
}

/** "มิติที่ 1 การสร้างวัฒนธรรมสุจริต" or the dimension's name alone, on a row of its own. */
export function dimensionSection(text: string): number | undefined {
  const m = DIMENSION_SECTION.exec(toArabicDigits(text).trim());
  const no = m ? Number(m[1]) : DIMENSION_BY_NAME.get(squash(text));
  return no !== undefined && DIMENSION_NOS.includes(no) ? no : undefined;
}

const filled = (placed: readonly Placed[] | undefined): Placed[] =>
  (placed ?? []).filter((p) => p.cell.text !== "");

/** "1-4", "๑, ๒", "ไตรมาส 2", "ทุกไตรมาส" → the quarters ticked. */
export function quartersInText(text: string): boolean[] | undefined {
  if (ALL_QUARTERS.includes(squash(text))) return [true, true, true, true];
  const arabic = toArabicDigits(text);
  const range = /([1-4])\s*[-–]\s*([1-4])/.exec(arabic);
  const ticked = new Set<number>();
  if (range) for (let q = Number(range[1]); q <= Number(range[2]); q++) ticked.add(q);
  for (const m of arabic.matchAll(/(?<!\d)([1-4])(?!\d)/g)) ticked.add(Number(m[1]));
  return ticked.size > 0 ? [1, 2, 3, 4].map((q) => ticked.has(q)) : undefined;
}

function readQuartersText(draft: Draft, byKey: ByKey, ctx: FieldContext): void {
  const cell = filled(byKey.get("quarters"))[0];
  if (!cell) return;
  const source = ctx.line.locate(cell.cell.col);
  const quarters = quartersInText(cell.cell.text);
  if (!quarters) {
    const failure = parseTick(cell.cell.text);
    const detail = failure.ok ? { th: "", en: "" } : failure;
    const params = { column: cell.slot.header, detailTh: detail.th, detailEn: detail.en };
    ctx.problems.push(importProblem("error", "import.value.tick", params, source, "quarters"));
  }
  QUARTERS.forEach((q, i) => {
    draft.values[q] = quarters ? quarters[i]! : null;
    draft.sources[q] = source;
  });
}

/** A multi-year plan without a total column: the budget is the sum of its years. */
function budgetFromYears(draft: Draft): void {
  if (draft.sources.budget !== undefined) return;
  const years = Object.keys(draft.values).filter((k) => k.startsWith("budget_"));
  const amounts = years.map((k) => draft.values[k]).filter((v): v is number => typeof v === "number");
  if (amounts.length === 0) return;
  draft.values.budget = amounts.reduce((a, b) => a + b, 0);
  draft.sources.budget = draft.sources[years.find((k) => typeof draft.values[k] === "number")!]!;
}

function statedNumber(ctx: FieldContext, p: Placed, parse: typeof parseNumber): number | undefined {
  const parsed = parse(p.cell.value);
  if (parsed.ok) return parsed.value ?? undefined;
  const params = { column: p.slot.header, detailTh: parsed.th, detailEn: parsed.en };
  ctx.problems.push(
    importProblem("error", "import.value.number", params, ctx.line.locate(p.cell.col), p.slot.key),
  );
  return undefined;
}

function readStated(byKey: ByKey, ctx: FieldContext, label: Source): StatedTotals {
  const budgetCell = filled(byKey.get("budget"))[0];
  const yearCells = [...byKey].filter(([k]) => k.startsWith("budget_")).flatMap(([, p]) => filled(p));
  const stated: StatedTotals = { source: budgetCell ? ctx.line.locate(budgetCell.cell.col) : label };
  const budget = budgetCell
    ? statedNumber(ctx, budgetCell, parseBudget)
    : yearCells
        .map((p) => statedNumber(ctx, p, parseBudget))
        .reduce<number | undefined>((a, b) => (b === undefined ? a : (a ?? 0) + b), undefined);
  if (budget !== undefined) stated.budget = budget;
  if (QUARTERS.some((q) => byKey.has(q))) {
    stated.quarterCounts = QUARTERS.map((q) => {
      const cell = filled(byKey.get(q))[0];
      return cell ? statedNumber(ctx, cell, parseNumber) : undefined;
    });
  }
  return stated;
}

const numberOr = (v: ImportedValue | undefined): number | undefined =>
  typeof v === "number" ? v : undefined;

/** The imported rows as the core's plan projects, to total them. */
export function toPlanProjects(table: ImportedTable): PlanProject[] {
  return table.rows.map((r) => {
    const project: PlanProject = {
      name: String(r.values.name ?? ""),
      budget: numberOr(r.values.budget) ?? 0,
      quarters: QUARTERS.map((q) => r.values[q] === true) as PlanProject["quarters"],
    };
    const dimension = numberOr(r.values.dimension);
    if (dimension !== undefined) project.dimension = dimension;
    return project;
  });
}

/**
 * The plan: its total rows are totals, not projects (the grand total is kept as `stated` and
 * checked against the rows; subtotals and carried-forward rows are reported and skipped), a row
 * naming a dimension alone starts that dimension's block, quarters may be ticks or text.
 */
export function planRules(problems: Problem[]): Rules {
  let stated: StatedTotals | undefined;
  function special(byKey: ByKey, ctx: FieldContext): boolean {
    const firstText = ctx.line.cells.find((c) => c.text !== "")?.text ?? "";
    if (totalKind(firstText) === undefined) return false;
    const labelCell = [...filled(byKey.get("seq")), ...filled(byKey.get("name"))].sort(
      (a, b) => a.cell.col - b.cell.col,
    )[0];
    const kind = labelCell ? totalKind(labelCell.cell.text) : undefined;
    if (!labelCell || !kind) return false;
    const source = ctx.line.locate(labelCell.cell.col);
    if (kind === "partial") {
      problems.push(
        importProblem("warning", "import.total.subtotal", { label: labelCell.cell.text }, source),
      );
      return true;
    }
    if (stated) problems.push(importProblem("warning", "import.total.repeated", {}, stated.source));
    stated = readStated(byKey, ctx, source);
    return true;
  }
  return {
    realign: true,
    section: (text) => {
      const no = dimensionSection(text);
      return no === undefined ? undefined : { key: "dimension", value: no };
    },
    special,
    complete: (draft, byKey, ctx) => {
      readQuartersText(draft, byKey, ctx);
      budgetFromYears(draft);
    },
    fits: (byKey) => {
      const seq = filled(byKey.get("seq"))[0]?.cell.text;
      return seq === undefined || /^[\d.]+$/.test(toArabicDigits(seq)) || totalKind(seq) !== undefined;
    },
    ended: () => stated !== undefined,
    finish: (table) => {
      if (!stated) return;
      table.stated = stated;
      const found = checkStatedTotals(planTotals(toPlanProjects(table)), {
        ...(stated.budget === undefined ? {} : { budget: stated.budget }),
        ...(stated.quarterCounts ? { quarterCounts: stated.quarterCounts } : {}),
        where: locationOf(stated.source, "budget"),
      });
      // A loop, not push(...): one problem per row of a 100,000-row paste would overflow the stack.
      for (const p of found) problems.push({ ...p, code: p.code.replace(/^plan\./, "import.") });
    },
  };
}
