import seed003 from "../fixtures/seed003-scores.json";
import type { ScoreInput } from "../../src/domain/scoring";

/** Seed 003's question scores as read, every repeat included. */
export const seed003Questions = seed003.questions.map((q) => ({
  id: q.id,
  score: q.score,
  ...(q.part === undefined ? {} : { part: q.part }),
  where: { line: q.line },
}));

export const seed003ReportedIndicators = seed003.indicators.map((i) => ({ no: i.no, value: i.score }));

/** Everything seed 003 reports: questions, the indicator table, the tool summary and the overall. */
export function seed003Input(): ScoreInput {
  return {
    questions: seed003Questions,
    indicators: seed003ReportedIndicators,
    tools: { IIT: { value: seed003.tools.IIT }, OIT: { value: seed003.tools.OIT } },
    eitParts: { 1: { value: seed003.tools.EITPart1 }, 2: { value: seed003.tools.EITPart2 } },
    overall: seed003.overall,
    level: { value: seed003.level },
  };
}
