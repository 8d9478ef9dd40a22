import type { Problem } from "../../domain/problem";
import type { Snapshot } from "../model";
import type { Language } from "../schema";
import type { WorkbookSession } from "../session";
import { initOp, type OpResult } from "./init";
import { writeTablesOp, type KeyedRow, type TableWrite } from "./rows";
import sample from "./sample-data.json";

/**
 * The bundled sample workbook of the browser preview: real figures from the seed documents
 * (seed 003's scores, seed 001's plan) typed into the managed tables the way a person fills them
 * after `init`. It scores 84.14 → ต้องปรับปรุง and its plan totals 16 projects, 10,000.00 baht.
 */

export interface SampleOptions {
  now: Date;
  /** Header language of the tables, and the organisation's name. */
  language?: Language;
}

export const SAMPLE_FISCAL_YEAR = sample.fiscalYear;

/** The rows the sample writes once the tables exist: scores fill their prefilled rows, the plan replaces. */
export function sampleWrites(): TableWrite[] {
  const questions: KeyedRow[] = sample.questions.map((q) => ({
    id: q.id,
    part: "part" in q ? q.part : null,
    score: q.score,
  }));
  const indicators: KeyedRow[] = sample.indicators.map((i) => ({ no: i.no, score: i.score }));
  const plan: KeyedRow[] = sample.plan.map((p) => ({ ...p }));
  return [
    { table: "ITA_QuestionScores", rows: questions, how: { mode: "merge", keys: ["id", "part"] } },
    { table: "ITA_IndicatorScores", rows: indicators, how: { mode: "merge", keys: ["no"] } },
    { table: "ITA_Plan", rows: plan, how: { mode: "replace" } },
  ];
}

/** Step 1: the managed tables, prefilled (idempotent, like `init`). */
export const sampleInitOp = (snapshot: Snapshot, options: SampleOptions): OpResult =>
  initOp(snapshot, {
    fiscalYear: SAMPLE_FISCAL_YEAR,
    organisation: sample.organisation[options.language ?? "th"],
    language: options.language ?? "th",
    now: options.now,
  });

/** Step 2, on the snapshot after step 1: the seed figures written into the tables. */
export const sampleFillOp = (snapshot: Snapshot, options: SampleOptions): OpResult =>
  writeTablesOp(snapshot, sampleWrites(), {
    now: options.now,
    fallbackYear: SAMPLE_FISCAL_YEAR,
    op: "sample",
    ...(options.language ? { language: options.language } : {}),
  });

/** Runs both steps through a session (one read and one apply each); returns what the ops reported. */
export async function buildSample(session: WorkbookSession, options: SampleOptions): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const op of [sampleInitOp, sampleFillOp]) {
    const snapshot = await session.read();
    const result = op(snapshot, options);
    problems.push(...result.problems);
    if (result.problems.some((p) => p.severity === "error")) return problems;
    await session.apply(result.patch, snapshot);
  }
  return problems;
}
