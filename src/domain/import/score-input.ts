import type { ToolId } from "../frameworks";
import type { QuestionScore, ReportedScore, ScoreInput } from "../scoring";
import { locationOf } from "./messages";
import type { ImportResult, ImportedRow } from "./types";

const rowsOf = (result: ImportResult, kind: string): ImportedRow[] =>
  result.tables.filter((t) => t.kind === kind).flatMap((t) => t.rows);

const num = (v: unknown): number | undefined => (typeof v === "number" ? v : undefined);

function reported(row: ImportedRow): ReportedScore | undefined {
  const value = num(row.values.score);
  if (value === undefined) return undefined;
  const decimals = num(row.values.decimals);
  const source = row.sources.score;
  return {
    value,
    ...(decimals === undefined ? {} : { decimals }),
    ...(source ? { where: locationOf(source, "score") } : {}),
  };
}

function questions(result: ImportResult): QuestionScore[] {
  return rowsOf(result, "questionScores").flatMap((r) => {
    const score = num(r.values.score);
    if (score === undefined || typeof r.values.id !== "string") return [];
    const part = num(r.values.part);
    const where = r.sources.score ? { where: locationOf(r.sources.score, "score") } : {};
    return [{ id: r.values.id, score, ...(part === undefined ? {} : { part }), ...where }];
  });
}

/**
 * What an imported document gives the scorer (src/domain/scoring.ts): question and item scores,
 * the reported indicator table, tool scores, EIT parts, the overall and its level.
 */
export function toScoreInput(result: ImportResult): ScoreInput {
  const input: ScoreInput = { questions: questions(result) };
  input.indicators = rowsOf(result, "indicatorScores").flatMap((r) => {
    const no = num(r.values.no);
    const score = reported(r);
    return no === undefined || !score ? [] : [{ no, ...score }];
  });
  const tools: Partial<Record<ToolId, ReportedScore>> = {};
  const eitParts: Record<number, ReportedScore> = {};
  for (const row of rowsOf(result, "toolSummary")) {
    const score = reported(row);
    const key = String(row.values.key);
    if (!score) continue;
    if (key === "IIT" || key === "EIT" || key === "OIT") tools[key] = score;
    else if (key === "EIT1" || key === "EIT2") eitParts[Number(key.slice(3))] = score;
    else if (key === "overall") {
      input.overall = score;
      if (typeof row.values.level === "string") input.level = { value: row.values.level };
    }
  }
  input.tools = tools;
  input.eitParts = eitParts;
  return input;
}
