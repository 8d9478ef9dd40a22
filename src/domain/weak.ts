import { questionIndex, toolOf, TOOL_IDS, type ToolId } from "./frameworks";
import type { Location } from "./problem";
import { roundHalfUp } from "./round";
import { overallFromTools, type IndicatorScore, type ScoreResult } from "./scoring";
import { mean } from "./stats";

/**
 * What is weak: a score below the pass mark (tool, indicator, question or one EIT part of a
 * question), an OIT item at 0 (not published), or a drop against last year's score.
 */
export type WeakKind = "below" | "zero" | "drop";
export type WeakLevel = "tool" | "indicator" | "question" | "item";

export interface WeakFlag {
  kind: WeakKind;
  level: WeakLevel;
  /** "IIT", "7" (indicator), "e10", "e10#1" (part 1), "o14". */
  id: string;
  indicator?: number;
  part?: number;
  score: number;
  /** Points missing to the target: the pass mark, 100 for an OIT item, last year's score for a drop. */
  gap: number;
  /** What reaching the target adds to the overall score. */
  gain: number;
  lastYear?: number;
  where?: Location;
}

export interface LastYear {
  indicators?: readonly { no: number; score: number }[];
  tools?: Partial<Record<ToolId, number>>;
  overall?: number;
}

/** Compared as published: at 2 decimals, so that 84.996 (shown 85.00) is not flagged. */
const below = (score: number, mark: number) => roundHalfUp(score, 2) < mark;

function questionFlags(result: ScoreResult, byNo: Map<number, IndicatorScore>): WeakFlag[] {
  const fw = result.framework;
  const index = questionIndex(fw);
  const flags: WeakFlag[] = [];
  for (const q of result.questions) {
    const info = index.get(q.id)!;
    const ind = byNo.get(info.indicator)!;
    const tool = toolOf(fw, info.tool);
    const where = q.where ? { where: q.where } : {};
    if (tool.method === "items") {
      if (q.score !== 0) continue;
      const sub = ind.groups.find((g) => g.key === info.sub)!;
      const share = 1 / ((sub.present.length + sub.missing.length) * ind.groups.length);
      const gain = ind.weight * 100 * share;
      flags.push({
        kind: "zero",
        level: "item",
        id: q.id,
        indicator: ind.no,
        score: 0,
        gap: 100,
        gain,
        ...where,
      });
      continue;
    }
    if (!below(q.score, result.passMark)) continue;
    const gap = result.passMark - q.score;
    const questions = (ind.groups[0]?.present.length ?? 0) + (ind.groups[0]?.missing.length ?? 0);
    const gain = (ind.weight * gap) / (questions * ind.groups.length);
    const part = q.part === undefined ? {} : { part: q.part };
    const id = q.part === undefined ? q.id : `${q.id}#${q.part}`;
    flags.push({
      kind: "below",
      level: "question",
      id,
      indicator: ind.no,
      ...part,
      score: q.score,
      gap,
      gain,
      ...where,
    });
  }
  return flags;
}

function dropFlag(
  level: WeakLevel,
  id: string,
  score: number | undefined,
  last: number | undefined,
  gainPerPoint: number,
): WeakFlag[] {
  if (score === undefined || last === undefined) return [];
  const drop = roundHalfUp(last, 2) - roundHalfUp(score, 2);
  if (drop <= 0) return [];
  return [{ kind: "drop", level, id, score, gap: drop, gain: gainPerPoint * drop, lastYear: last }];
}

/**
 * Every weak point of a scored assessment, ranked by what fixing it buys: the points it adds to
 * the overall score (weight × distance to its target). Ties go to the larger gap.
 */
export function weakFlags(result: ScoreResult, lastYear: LastYear = {}): WeakFlag[] {
  const mark = result.passMark;
  const byNo = new Map(result.indicators.map((i) => [i.no, i]));
  const flags: WeakFlag[] = [];
  for (const t of result.tools) {
    if (t.score !== undefined && below(t.score, mark)) {
      flags.push({
        kind: "below",
        level: "tool",
        id: t.id,
        score: t.score,
        gap: mark - t.score,
        gain: t.weight * (mark - t.score),
      });
    }
    flags.push(...dropFlag("tool", t.id, t.score, lastYear.tools?.[t.id], t.weight));
  }
  const lastByNo = new Map((lastYear.indicators ?? []).map((i) => [i.no, i.score]));
  for (const ind of result.indicators) {
    const where = ind.where ? { where: ind.where } : {};
    if (ind.score !== undefined && below(ind.score, mark)) {
      const gap = mark - ind.score;
      flags.push({
        kind: "below",
        level: "indicator",
        id: String(ind.no),
        indicator: ind.no,
        score: ind.score,
        gap,
        gain: ind.weight * gap,
        ...where,
      });
    }
    const drop = dropFlag("indicator", String(ind.no), ind.score, lastByNo.get(ind.no), ind.weight);
    flags.push(...drop.map((f) => ({ ...f, indicator: ind.no, ...where })));
  }
  flags.push(...questionFlags(result, byNo));
  return flags.sort(
    (a, b) => b.gain - a.gain || b.gap - a.gap || a.id.localeCompare(b.id, "en", { numeric: true }),
  );
}

/** The overall score if some indicators had other scores (the others as scored). */
export function overallWith(
  result: ScoreResult,
  changes: Readonly<Record<number, number>>,
): number | undefined {
  const fw = result.framework;
  const tools = {} as Record<ToolId, number>;
  for (const id of TOOL_IDS) {
    const own = result.indicators.filter((i) => i.tool === id);
    const scores = own.map((i) => changes[i.no] ?? i.score);
    if (scores.some((s) => s === undefined)) return undefined;
    tools[id] = mean(scores as number[])!;
  }
  return overallFromTools(fw, tools);
}

/** What raising (or setting) indicator `no` to `target` adds to the overall score. */
export function gainIfIndicator(result: ScoreResult, no: number, target: number): number | undefined {
  const before = overallWith(result, {});
  const after = overallWith(result, { [no]: target });
  return before === undefined || after === undefined ? undefined : after - before;
}

export interface SingleChange {
  indicator: number;
  from: number;
  /** The new score, rounded up to the cent so that the overall really reaches the target. */
  to: number;
  overall: number;
}

/**
 * The smallest single indicator change (in score points) that lifts the overall score to the
 * pass mark, or undefined when it is already there or no single indicator can do it (≤ 100).
 */
export function smallestChangeToPass(
  result: ScoreResult,
  target = result.passMark,
): SingleChange | undefined {
  const overall = overallWith(result, {});
  if (overall === undefined || !below(overall, target)) return undefined;
  let best: SingleChange | undefined;
  for (const ind of result.indicators) {
    if (ind.score === undefined || ind.weight === 0) continue;
    const to = ceilToCent(ind.score + (target - 0.005 - overall) / ind.weight);
    if (to > 100) continue;
    const reached = overallWith(result, { [ind.no]: to })!;
    if (below(reached, target)) continue;
    if (!best || to - ind.score < best.to - best.from)
      best = { indicator: ind.no, from: ind.score, to, overall: reached };
  }
  return best;
}

const ceilToCent = (v: number) => Math.ceil(Number((v * 100).toPrecision(15))) / 100;
