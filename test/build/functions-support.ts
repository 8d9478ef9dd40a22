/**
 * Shared by the custom-function tests: a stand-in for the CustomFunctions runtime, a helper that
 * returns what a call throws, and the seed figures shaped the way Excel passes ranges.
 */
import seed001 from "../fixtures/seed001-plan.json";
import seed003 from "../fixtures/seed003-scores.json";

/** Enough of the CustomFunctions runtime for the functions to build their errors. */
export class FakeCustomFunctionsError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

export const FAKE_ERROR_CODES = { invalidValue: "#VALUE!", notAvailable: "#N/A" } as const;

export function withFakeRuntime(run: () => void): void {
  const global = globalThis as { CustomFunctions?: unknown };
  global.CustomFunctions = { Error: FakeCustomFunctionsError, ErrorCode: FAKE_ERROR_CODES };
  try {
    run();
  } finally {
    delete global.CustomFunctions;
  }
}

export function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

/** The message of what a call throws outside Excel (a RangeError). */
export function messageOf(run: () => unknown): string {
  const error = thrown(run);
  expect(error).toBeInstanceOf(RangeError);
  return (error as RangeError).message;
}

/** A list as a one-column range, the way Excel passes a column of cells. */
export const column = (values: readonly unknown[]): unknown[][] => values.map((v) => [v]);

/** Seed 003's reported indicator scores 1–10, as a column. */
export const seed003IndicatorColumn = (): unknown[][] => column(seed003.indicators.map((i) => i.score));

/** Seed 003's question lines as the ids, scores and parts columns of ITA_QuestionScores ("" = blank). */
export function seed003QuestionColumns(): { ids: unknown[][]; scores: unknown[][]; parts: unknown[][] } {
  const questions: readonly { id: string; score: number; part?: number }[] = seed003.questions;
  return {
    ids: column(questions.map((q) => q.id)),
    scores: column(questions.map((q) => q.score)),
    parts: column(questions.map((q) => q.part ?? "")),
  };
}

/** Seed 001's 16 project rows with their cells exactly as the text has them. */
const seed001Projects = () => seed001.rows.slice(0, 16);

/** Seed 001's quarter cells: `<input checked="" type="checkbox"/>` or "", four columns. */
export const seed001QuarterFlags = (): unknown[][] => seed001Projects().map((r) => [r.q1, r.q2, r.q3, r.q4]);

/** Seed 001's budget cells as text ("0.00", "5,000.00"). */
export const seed001Budgets = (): unknown[][] => column(seed001Projects().map((r) => r.budget));

/** Seed 001's dimension cells as text ("1" … "4"). */
export const seed001Dimensions = (): unknown[][] => column(seed001Projects().map((r) => r.dimension));

/** What Excel passes for an omitted optional argument (null), typed as the optional parameter. */
export const OMITTED = null as unknown as undefined;
