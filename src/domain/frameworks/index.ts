import fy2565 from "./data/2565.json";
import fy2566 from "./data/2566.json";
import { reportProblem, type Problem } from "../problem";
import { toArabicDigits } from "../thai/digits";
import { TOOL_IDS, type Framework, type FrameworkOverride, type Indicator, type ToolId } from "./types";

export * from "./types";

/** Every framework the core knows, oldest first. */
export const FRAMEWORKS: readonly Framework[] = [fy2565 as Framework, fy2566 as Framework];

export type FrameworkLookup =
  { ok: true; framework: Framework; problems: Problem[] } | { ok: false; problems: Problem[] };

const knownYears = (): string => FRAMEWORKS.flatMap((f) => f.years).join(", ");

/**
 * The framework of a fiscal year (BE). A year after the newest known one uses the newest with a
 * warning (frameworks tend to carry over until the NACC publishes a new guide); a year before the
 * oldest is an error, because older assessments used other tools.
 */
export function frameworkFor(year: number): FrameworkLookup {
  const exact = FRAMEWORKS.find((f) => f.years.includes(year));
  if (exact) return { ok: true, framework: exact, problems: [] };
  const newest = FRAMEWORKS[FRAMEWORKS.length - 1]!;
  const newestYear = Math.max(...newest.years);
  if (Number.isInteger(year) && year > newestYear) {
    return {
      ok: true,
      framework: newest,
      problems: [reportProblem("warning", "framework.assumedYear", { year, used: newestYear })],
    };
  }
  return {
    ok: false,
    problems: [reportProblem("error", "framework.unknownYear", { year, known: knownYears() })],
  };
}

const WEIGHT_TOLERANCE = 1e-9;

/**
 * A workbook's override applied to a framework. Weights that do not add up to 1 are an error,
 * never rescaled: a silent rescale would change every total the reviewer checks.
 */
export function applyOverride(
  base: Framework,
  override: FrameworkOverride,
): { framework: Framework; problems: Problem[] } {
  const problems: Problem[] = [];
  let tools = base.tools;
  if (override.weights) {
    const weights = { ...Object.fromEntries(base.tools.map((t) => [t.id, t.weight])), ...override.weights };
    for (const id of TOOL_IDS) {
      const value = weights[id];
      if (value === undefined || !Number.isFinite(value) || value < 0 || value > 1) {
        problems.push(reportProblem("error", "override.weightRange", { tool: id, value: String(value) }));
      }
    }
    const sum = TOOL_IDS.reduce((s, id) => s + (weights[id] ?? 0), 0);
    if (Math.abs(sum - 1) > WEIGHT_TOLERANCE) {
      problems.push(reportProblem("error", "override.weightsSum", { sum: Number(sum.toPrecision(12)) }));
    }
    tools = base.tools.map((t) => ({ ...t, weight: weights[t.id] ?? t.weight }));
  }
  let passMark = base.passMark;
  if (override.passMark !== undefined) {
    if (!Number.isFinite(override.passMark) || override.passMark < 0 || override.passMark > 100) {
      problems.push(reportProblem("error", "override.passMarkRange", { value: String(override.passMark) }));
    } else passMark = override.passMark;
  }
  let levels = base.levels;
  if (override.levels) {
    if (!levelsAreOrdered(override.levels)) problems.push(reportProblem("error", "override.levelsOrder"));
    else levels = override.levels;
  }
  if (problems.some((p) => p.severity === "error")) return { framework: base, problems };
  return { framework: { ...base, tools, passMark, levels }, problems };
}

function levelsAreOrdered(levels: FrameworkOverride["levels"] & object): boolean {
  if (levels.length === 0) return false;
  const mins = levels.map((l) => l.minOverall);
  const descending = mins.every((m, i) => i === 0 || m < mins[i - 1]!);
  return descending && mins[mins.length - 1] === 0 && levels.every((l) => l.th !== "" && l.en !== "");
}

export const toolOf = (fw: Framework, id: ToolId) => fw.tools.find((t) => t.id === id)!;

export const indicatorsOf = (fw: Framework, tool: ToolId): Indicator[] =>
  fw.indicators.filter((i) => i.tool === tool);

/** Share of the overall score carried by one indicator (0.06, 0.10 or 0.20 in 2566). */
export function indicatorWeight(fw: Framework, no: number): number {
  const indicator = fw.indicators.find((i) => i.no === no);
  if (!indicator) return 0;
  return toolOf(fw, indicator.tool).weight / indicatorsOf(fw, indicator.tool).length;
}

export interface QuestionInfo {
  id: string;
  indicator: number;
  tool: ToolId;
  /** Sub-indicator of an OIT item ("9.1"). */
  sub?: string;
}

const indexCache = new WeakMap<Framework, Map<string, QuestionInfo>>();

/** Every question and item id of a framework, lower case ("i1", "e13", "o43"). */
export function questionIndex(fw: Framework): Map<string, QuestionInfo> {
  const cached = indexCache.get(fw);
  if (cached) return cached;
  const index = new Map<string, QuestionInfo>();
  for (const ind of fw.indicators) {
    for (const q of ind.questions ?? []) index.set(q, { id: q, indicator: ind.no, tool: ind.tool });
    for (const sub of ind.subIndicators ?? []) {
      for (const item of sub.items)
        index.set(item, { id: item, indicator: ind.no, tool: ind.tool, sub: sub.id });
    }
  }
  indexCache.set(fw, index);
  return index;
}

/**
 * Canonical id of a question or item as documents write it: "ข้อ i1", "I19", "o01", "O 4", "๐๔๓"
 * → "i1", "i19", "o1", "o4", "o43". Bare numbers take `bare` as their prefix: documents number
 * OIT items 01…043, so that is the default.
 */
export function normaliseQuestionId(text: string, bare: "i" | "e" | "o" = "o"): string | undefined {
  // The Thai prefix goes first: NFKC splits sara am (ำ) and would no longer match it.
  const withoutPrefix = text.replace(/^\s*ข้อ(?:คำถาม)?\s*/u, "");
  const cleaned = toArabicDigits(withoutPrefix.normalize("NFKC")).replace(/\s+/g, "").toLowerCase();
  const match = /^([ieo]?)0*(\d{1,3})$/.exec(cleaned);
  if (!match) return undefined;
  const n = Number(match[2]);
  return n > 0 ? `${match[1] || bare}${n}` : undefined;
}
