import {
  indicatorWeight,
  questionIndex,
  TOOL_IDS,
  toolOf,
  type Framework,
  type Indicator,
  type LevelRule,
  type ToolId,
} from "./frameworks";
import { reportProblem, type Location, type Problem } from "./problem";
import { formatFixed, roundHalfUp } from "./round";
import { mean, weightedSum } from "./stats";

/** One question (i1…, e1… with its EIT part) or OIT item (o1…) score, as read. */
export interface QuestionScore {
  id: string;
  part?: number;
  score: number;
  where?: Location;
}

/** A score printed in a document or typed in a table; `decimals` is how precisely it was printed. */
export interface ReportedScore {
  value: number;
  decimals?: number;
  where?: Location;
}

export interface ScoreInput {
  questions?: readonly QuestionScore[];
  indicators?: readonly ({ no: number } & ReportedScore)[];
  tools?: Partial<Record<ToolId, ReportedScore>>;
  /** EIT reported per survey part (ส่วนที่ 1, 2); their mean stands for EIT when EIT itself is not given. */
  eitParts?: Readonly<Record<number, ReportedScore>>;
  overall?: ReportedScore;
  level?: { value: string; where?: Location };
}

/**
 * Where the score that counts came from: computed from complete questions, reported (the
 * computation was impossible or incomplete), partial (computed from the questions present, nothing
 * reported), or none.
 */
export type ScoreSource = "computed" | "reported" | "partial" | "none";

export interface GroupResult {
  /** Survey part (EIT), sub-indicator id (OIT), or null for a plain list of questions. */
  key: number | string | null;
  mean?: number;
  present: string[];
  missing: string[];
}

export interface IndicatorScore {
  no: number;
  tool: ToolId;
  th: string;
  en: string;
  /** Share of the overall score (0.06 / 0.10 / 0.20 in 2566). */
  weight: number;
  score?: number;
  source: ScoreSource;
  computed?: number;
  reported?: number;
  complete: boolean;
  /** Ids not found, with the part where only some parts miss it ("e13", "e14 (part 2)"). */
  missing: string[];
  groups: GroupResult[];
  where?: Location;
}

export interface ToolScore {
  id: ToolId;
  weight: number;
  score?: number;
  source: ScoreSource;
  computed?: number;
  reported?: number;
}

export interface ScoreResult {
  framework: Framework;
  passMark: number;
  indicators: IndicatorScore[];
  tools: ToolScore[];
  overall?: number;
  overallSource: ScoreSource;
  level?: LevelRule;
  /** The question scores that counted, one per id and part (duplicates removed). */
  questions: QuestionScore[];
  problems: Problem[];
}

const questionKey = (id: string, part: number | undefined) => (part === undefined ? id : `${id}#${part}`);

/** Removes repeats of the same question (documents list one under several issues), flags conflicts. */
function dedupeQuestions(
  fw: Framework,
  input: readonly QuestionScore[],
  problems: Problem[],
): QuestionScore[] {
  const index = questionIndex(fw);
  const seen = new Map<string, QuestionScore>();
  for (const q of input) {
    const id = q.id.trim().toLowerCase();
    const info = index.get(id);
    if (!info) {
      problems.push(reportProblem("error", "score.unknownId", { id: q.id, framework: fw.id }, q.where));
      continue;
    }
    if (!validQuestion(fw, { ...q, id }, info.tool, problems)) continue;
    const key = questionKey(id, q.part);
    const first = seen.get(key);
    if (!first) seen.set(key, { ...q, id });
    else if (first.score !== q.score) {
      problems.push(
        reportProblem(
          "error",
          "score.conflict",
          { id: key.replace("#", " part "), first: first.score, second: q.score },
          q.where,
        ),
      );
    }
  }
  return [...seen.values()];
}

function validQuestion(fw: Framework, q: QuestionScore, toolId: ToolId, problems: Problem[]): boolean {
  const tool = toolOf(fw, toolId);
  if (!Number.isFinite(q.score) || q.score < 0 || q.score > 100) {
    problems.push(reportProblem("error", "score.range", { id: q.id, value: String(q.score) }, q.where));
    return false;
  }
  if (tool.itemValues && !tool.itemValues.includes(q.score)) {
    problems.push(
      reportProblem(
        "error",
        "score.itemValue",
        { id: q.id, value: q.score, allowed: tool.itemValues.join(" / ") },
        q.where,
      ),
    );
    return false;
  }
  if (q.part !== undefined && !tool.parts) {
    problems.push(
      reportProblem("error", "score.partNotUsed", { id: q.id, tool: tool.id, part: q.part }, q.where),
    );
    return false;
  }
  if (q.part !== undefined && tool.parts && !tool.parts.includes(q.part)) {
    problems.push(
      reportProblem(
        "error",
        "score.partUnknown",
        { id: q.id, part: q.part, parts: tool.parts.join(", ") },
        q.where,
      ),
    );
    return false;
  }
  return true;
}

function groupOf(
  key: GroupResult["key"],
  ids: readonly string[],
  scores: Map<string, number>,
  part?: number,
): GroupResult {
  const present: string[] = [];
  const missing: string[] = [];
  const values: number[] = [];
  for (const id of ids) {
    const value = scores.get(questionKey(id, part));
    if (value === undefined) missing.push(id);
    else {
      present.push(id);
      values.push(value);
    }
  }
  const m = mean(values);
  return m === undefined ? { key, present, missing } : { key, mean: m, present, missing };
}

/** The groups whose means make an indicator: one list (IIT), one per survey part (EIT), one per sub-indicator (OIT). */
function indicatorGroups(
  fw: Framework,
  ind: Indicator,
  scores: Map<string, number>,
  partless: boolean,
): GroupResult[] {
  const tool = toolOf(fw, ind.tool);
  if (ind.subIndicators) return ind.subIndicators.map((s) => groupOf(s.id, s.items, scores));
  const questions = ind.questions ?? [];
  if (tool.parts && !partless) return tool.parts.map((p) => groupOf(p, questions, scores, p));
  return [groupOf(null, questions, scores)];
}

function missingIds(groups: readonly GroupResult[], partGroups: boolean): string[] {
  if (!partGroups) return groups.flatMap((g) => g.missing);
  const all = new Set(groups.flatMap((g) => g.missing));
  return [...all].map((id) => {
    const parts = groups.filter((g) => g.missing.includes(id)).map((g) => g.key);
    return parts.length === groups.length ? id : `${id} (part ${parts.join(", ")})`;
  });
}

const show = (v: number, decimals = 2) => formatFixed(v, decimals);

/** Do two scores agree at the precision the reported one was printed with? */
function agrees(computed: number, reported: number, decimals = 2): boolean {
  return Math.abs(roundHalfUp(computed, decimals) - roundHalfUp(reported, decimals)) < 0.5 * 10 ** -decimals;
}

function scoreIndicator(
  fw: Framework,
  ind: Indicator,
  scores: Map<string, number>,
  partless: boolean,
  reported: ({ no: number } & ReportedScore) | undefined,
  problems: Problem[],
): IndicatorScore {
  const groups = indicatorGroups(fw, ind, scores, partless);
  const partGroups = typeof groups[0]?.key === "number";
  const groupMeans = groups.flatMap((g) => (g.mean === undefined ? [] : [g.mean]));
  const computed = mean(groupMeans);
  const missing = missingIds(groups, partGroups);
  const complete = computed !== undefined && missing.length === 0;
  const base = {
    no: ind.no,
    tool: ind.tool,
    th: ind.th,
    en: ind.en,
    weight: indicatorWeight(fw, ind.no),
    complete,
    missing,
    groups,
    ...(computed === undefined ? {} : { computed }),
    ...(reported ? { reported: reported.value, where: reported.where } : {}),
  };
  const where = reported?.where ?? {};
  const params = { no: ind.no, missing: missing.join(", ") };
  if (complete) {
    if (reported && !agrees(computed, reported.value, reported.decimals)) {
      problems.push(
        reportProblem(
          "warning",
          "indicator.mismatch",
          { no: ind.no, computed: show(computed), reported: reported.value },
          where,
        ),
      );
    }
    return { ...base, score: computed, source: "computed" };
  }
  if (reported) {
    if (computed !== undefined) {
      problems.push(
        reportProblem(
          "warning",
          "indicator.incompleteReported",
          { ...params, computed: show(computed), reported: reported.value },
          where,
        ),
      );
    }
    return { ...base, score: reported.value, source: "reported" };
  }
  if (computed !== undefined) {
    problems.push(reportProblem("warning", "indicator.incomplete", { ...params, computed: show(computed) }));
    return { ...base, score: computed, source: "partial" };
  }
  return { ...base, source: "none" };
}

/** Indicators whose EIT questions all lack a part are scored as one pool (documents that average the parts). */
function partlessIndicators(
  fw: Framework,
  questions: readonly QuestionScore[],
  problems: Problem[],
): Set<number> {
  const index = questionIndex(fw);
  const partless = new Set<number>();
  for (const ind of fw.indicators) {
    if (!toolOf(fw, ind.tool).parts) continue;
    const own = questions.filter((q) => index.get(q.id)?.indicator === ind.no);
    const withPart = own.filter((q) => q.part !== undefined).length;
    if (own.length > 0 && withPart === 0) partless.add(ind.no);
    else if (withPart > 0 && withPart < own.length)
      problems.push(reportProblem("error", "score.mixedParts", { no: ind.no }));
  }
  return partless;
}

function reconcileTool(
  id: ToolId,
  weight: number,
  computed: number | undefined,
  reported: ReportedScore | undefined,
  gaps: string,
  problems: Problem[],
): ToolScore {
  const base = {
    id,
    weight,
    ...(computed === undefined ? {} : { computed }),
    ...(reported ? { reported: reported.value } : {}),
  };
  if (computed !== undefined) {
    if (reported && !agrees(computed, reported.value, reported.decimals)) {
      problems.push(
        reportProblem(
          "warning",
          "tool.mismatch",
          { tool: id, computed: show(computed), reported: reported.value },
          reported.where,
        ),
      );
    }
    return { ...base, score: computed, source: "computed" };
  }
  if (reported) {
    if (gaps !== "") {
      problems.push(
        reportProblem(
          "warning",
          "tool.reportedUsed",
          { tool: id, reason: gaps, reported: reported.value },
          reported.where,
        ),
      );
    }
    return { ...base, score: reported.value, source: "reported" };
  }
  return { ...base, source: "none" };
}

function reportedEit(input: ScoreInput): ReportedScore | undefined {
  if (input.tools?.EIT) return input.tools.EIT;
  const parts = Object.values(input.eitParts ?? {});
  const m = mean(parts.map((p) => p.value));
  if (m === undefined) return undefined;
  const decimals = Math.min(...parts.map((p) => p.decimals ?? 2));
  return { value: m, decimals, ...(parts[0]?.where ? { where: parts[0].where } : {}) };
}

function scoreTools(
  fw: Framework,
  indicators: IndicatorScore[],
  input: ScoreInput,
  problems: Problem[],
): ToolScore[] {
  return TOOL_IDS.map((id) => {
    const own = indicators.filter((i) => i.tool === id);
    const scored = own.flatMap((i) => (i.score === undefined ? [] : [i.score]));
    const computed = scored.length === own.length ? mean(scored) : undefined;
    const anyData = own.some((i) => i.source !== "none");
    const gaps = anyData
      ? own
          .filter((i) => i.score === undefined)
          .map((i) => `#${i.no}`)
          .join(", ")
      : "";
    const reported = id === "EIT" ? reportedEit(input) : input.tools?.[id];
    return reconcileTool(id, toolOf(fw, id).weight, computed, reported, gaps, problems);
  });
}

/**
 * The level (ระดับ) of an overall score and its tools. Compared as published, at 2 decimals, so that
 * 84.996 (shown 85.00) passes as a reader of the report would expect. Undefined when a rule needs a
 * tool score that is unknown.
 */
export function levelOf(
  fw: Framework,
  overall: number,
  tools: Partial<Record<ToolId, number | undefined>>,
): LevelRule | undefined {
  const o = roundHalfUp(overall, 2);
  const toolScores = TOOL_IDS.map((id) => tools[id]);
  for (const rule of fw.levels) {
    if (o < rule.minOverall) continue;
    if (rule.minEachTool === undefined) return rule;
    if (toolScores.some((s) => s === undefined)) return undefined;
    if (toolScores.every((s) => roundHalfUp(s!, 2) >= rule.minEachTool!)) return rule;
  }
  return undefined;
}

const sameLevelName = (rule: LevelRule, text: string) => {
  const t = text.replace(/[\s*]/g, "").toLowerCase();
  return [rule.th, rule.en, rule.id].some((n) => n.replace(/\s/g, "").toLowerCase() === t);
};

/**
 * Scores a year's assessment from whatever is known: question and item scores, reported indicator,
 * tool and overall scores. Nothing is rounded here; round at display with roundHalfUp.
 */
export function score(fw: Framework, input: ScoreInput, passMark = fw.passMark): ScoreResult {
  const problems: Problem[] = [];
  const questions = dedupeQuestions(fw, input.questions ?? [], problems);
  const scores = new Map(questions.map((q) => [questionKey(q.id, q.part), q.score]));
  const partless = partlessIndicators(fw, questions, problems);
  const reportedByNo = new Map<number, { no: number } & ReportedScore>();
  for (const r of input.indicators ?? []) {
    if (!fw.indicators.some((i) => i.no === r.no)) {
      problems.push(reportProblem("error", "indicator.unknown", { no: r.no, framework: fw.id }, r.where));
    } else if (!Number.isFinite(r.value) || r.value < 0 || r.value > 100) {
      problems.push(
        reportProblem("error", "score.range", { id: `#${r.no}`, value: String(r.value) }, r.where),
      );
    } else reportedByNo.set(r.no, r);
  }
  const indicators = fw.indicators.map((ind) =>
    scoreIndicator(fw, ind, scores, partless.has(ind.no), reportedByNo.get(ind.no), problems),
  );
  const tools = scoreTools(fw, indicators, input, problems);
  const { overall, overallSource } = scoreOverall(tools, input.overall, problems);
  const result: ScoreResult = {
    framework: fw,
    passMark,
    indicators,
    tools,
    overallSource,
    questions,
    problems,
  };
  if (overall === undefined) return result;
  const level = levelOf(fw, overall, Object.fromEntries(tools.map((t) => [t.id, t.score])));
  if (level && input.level && !sameLevelName(level, input.level.value)) {
    problems.push(
      reportProblem(
        "warning",
        "level.mismatch",
        { reported: input.level.value, computed: level.th },
        input.level.where,
      ),
    );
  }
  return { ...result, overall, ...(level ? { level } : {}) };
}

function scoreOverall(
  tools: ToolScore[],
  reported: ReportedScore | undefined,
  problems: Problem[],
): { overall?: number; overallSource: ScoreSource } {
  const known = tools.every((t) => t.score !== undefined);
  const computed = known
    ? weightedSum(
        tools.map((t) => t.score!),
        tools.map((t) => t.weight),
      )
    : undefined;
  if (computed !== undefined) {
    if (reported && !agrees(computed, reported.value, reported.decimals)) {
      problems.push(
        reportProblem(
          "warning",
          "overall.mismatch",
          { computed: show(computed), reported: reported.value },
          reported.where,
        ),
      );
    }
    return { overall: computed, overallSource: "computed" };
  }
  if (reported) {
    const gaps = tools.filter((t) => t.score === undefined).map((t) => t.id);
    if (gaps.length < tools.length) {
      problems.push(
        reportProblem(
          "warning",
          "overall.reportedUsed",
          { reason: gaps.join(", "), reported: reported.value },
          reported.where,
        ),
      );
    }
    return { overall: reported.value, overallSource: "reported" };
  }
  const gaps = tools.filter((t) => t.score === undefined).map((t) => t.id);
  problems.push(reportProblem("warning", "overall.none", { tools: gaps.join(", ") }));
  return { overallSource: "none" };
}

/** Overall score from the three tool scores alone (ITA.OVERALL). */
export function overallFromTools(fw: Framework, tools: Record<ToolId, number>): number {
  return weightedSum(
    TOOL_IDS.map((id) => tools[id]),
    TOOL_IDS.map((id) => toolOf(fw, id).weight),
  );
}
