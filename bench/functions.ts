/**
 * Functions section: each ITA.* worksheet function over 10,000 and 100,000 cells, called the way
 * Excel calls it (2-D arrays of cell values). Range functions get one range of that many cells;
 * functions of one value are called once per cell, as a filled column would call them; functions of
 * the ten indicator scores once per row of ten. Median of several runs, in milliseconds.
 */
import * as ita from "../src/functions/functions";
import { medianMs, round, type Figures } from "./lib";

const SIZES = [10_000, 100_000] as const;
const RUNS = 5;

const column = (n: number, value: (i: number) => unknown): unknown[][] =>
  Array.from({ length: n }, (_, i) => [value(i)]);
const indicatorRow = (k: number): unknown[][] => [
  Array.from({ length: 10 }, (_, i) => 60 + ((k * 7 + i * 13) % 40)),
];
const QUESTION_IDS = Array.from({ length: 30 }, (_, k) => `i${k + 1}`);
const TICKS = ["✓", "", true, '<input checked="" type="checkbox"/>', "☐", false];

/** One case: what to time over n cells, and the check that its result is a real answer. */
type Case = (n: number) => () => unknown;

const CASES: Record<string, Case> = {
  SCORE: (n) => {
    const rows = Array.from({ length: n / 10 }, (_, k) => indicatorRow(k));
    return () => rows.map((r) => ita.overallScore(r));
  },
  OVERALL: (n) => () => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push(ita.overallOfTools(80 + (i % 20), 85, 90 - (i % 7)));
    return out;
  },
  TOOL: (n) => {
    const rows = Array.from({ length: n / 10 }, (_, k) => indicatorRow(k));
    return () => rows.map((r, k) => ita.toolScore(r, ["IIT", "EIT", "OIT"][k % 3]));
  },
  INDICATOR: (n) => {
    const ids = column(n, (i) => QUESTION_IDS[i % 30]);
    const scores = column(n, (i) => 50 + (i % 30));
    return () => ita.indicatorScore(ids, scores, 1);
  },
  LEVEL: (n) => () => {
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(ita.levelName(60 + (i % 40), 90, 90, 90));
    return out;
  },
  WEIGHTED: (n) => {
    const values = column(n, (i) => i % 100);
    const weights = column(n, () => 1 / n);
    return () => ita.weighted(values, weights);
  },
  WEAK: (n) => {
    const labels = column(n, (i) => `รายการ ${i + 1}`);
    const scores = column(n, (i) => (i * 37) % 100);
    return () => ita.weakLabels(labels, scores, 85);
  },
  GAIN: (n) => {
    const rows = Array.from({ length: n / 10 }, (_, k) => indicatorRow(k));
    return () => rows.map((r, k) => ita.gain(r, (k % 10) + 1, 95));
  },
  QUARTERCOUNT: (n) => {
    const flags = Array.from({ length: n / 4 }, (_, i) => [0, 1, 2, 3].map((q) => TICKS[(i + q) % 6]));
    return () => ita.quarterCount(flags, 2);
  },
  QUARTERS: (n) => {
    const flags = Array.from({ length: n / 4 }, (_, i) => [0, 1, 2, 3].map((q) => TICKS[(i + q) % 6]));
    return () => ita.quarterCounts(flags);
  },
  BUDGET: (n) => {
    const budgets = column(n / 2, (i) =>
      i % 3 === 0 ? "ดำเนินการโดยไม่ใช้งบประมาณ" : i % 3 === 1 ? "๕,๐๐๐.๐๐" : 1000 + i,
    );
    const dimensions = column(n / 2, (i) => (i % 4) + 1);
    return () => ita.budget(budgets, dimensions, 3);
  },
  NUMBER: (n) => {
    const texts = Array.from({ length: n }, (_, i) =>
      i % 2 === 0 ? `๑๐,${String(i % 1000).padStart(3, "0")}.๕๐ บาท` : `${i}`,
    );
    return () => texts.map((t) => ita.thaiNumber(t));
  },
  FISCALYEAR: (n) => () => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push(ita.fiscalYearOf(44000 + (i % 3000)));
    return out;
  },
  FISCALQUARTER: (n) => () => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push(ita.fiscalQuarterOf(44000 + (i % 3000)));
    return out;
  },
};

export async function run(): Promise<Figures> {
  const out: Figures = {};
  for (const [name, make] of Object.entries(CASES)) {
    for (const n of SIZES) {
      const fn = make(n);
      fn(); // throws if the inputs are refused: a benchmark of error paths would prove nothing
      out[`ITA.${name}.${n}cells.ms`] = round(await medianMs(fn, RUNS));
    }
  }
  return out;
}
