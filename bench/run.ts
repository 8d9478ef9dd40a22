/**
 * Core benchmarks: prints a readable table and one JSON object, and writes bench/results/latest.json.
 * Figures only; no test asserts on time.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import {
  frameworkFor,
  planTotals,
  readPlanRows,
  score,
  type QuestionScore,
  type RawRow,
} from "../src/domain";

const RUNS = 7;

function median(fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)]!;
}

function planRows(n: number): RawRow[] {
  return Array.from({ length: n }, (_, i) => ({
    row: i + 1,
    values: {
      seq: String(i + 1),
      name: `โครงการที่ ${i + 1}`,
      dimension: (i % 4) + 1,
      budget: i % 3 === 0 ? "ดำเนินการโดยไม่ใช้งบประมาณ" : `${(i * 37) % 100},000.00`,
      q1: i % 2 === 0 ? '<input checked="" type="checkbox"/>' : "",
      q2: i % 3 === 0,
      q3: "☐",
      q4: "✓",
      owner: ["สำนักปลัด", "กองคลัง", "กองช่าง"][i % 3],
      spent: i % 5 === 0 ? 1000 : "",
    },
  }));
}

function questionSet(seed: number): QuestionScore[] {
  const value = (k: number) => 50 + ((seed * 31 + k * 17) % 50);
  return [
    ...Array.from({ length: 30 }, (_, k) => ({ id: `i${k + 1}`, score: value(k) })),
    ...Array.from({ length: 30 }, (_, k) => ({
      id: `e${(k % 15) + 1}`,
      part: k < 15 ? 1 : 2,
      score: value(k + 30),
    })),
    ...Array.from({ length: 43 }, (_, k) => ({ id: `o${k + 1}`, score: (seed + k) % 7 === 0 ? 0 : 100 })),
  ];
}

const lookup = frameworkFor(2567);
if (!lookup.ok) throw new Error("no framework");
const fw = lookup.framework;

const results: Record<string, number> = {};
for (const n of [1_000, 10_000, 100_000]) {
  const rows = planRows(n);
  results[`plan.readAndTotal.${n}.ms`] = median(() => planTotals(readPlanRows(rows).projects));
}
for (const n of [10, 100, 1_000]) {
  const sets = Array.from({ length: n }, (_, i) => questionSet(i));
  results[`score.fromQuestions.${n}assessments.ms`] = median(() =>
    sets.forEach((questions) => score(fw, { questions })),
  );
}

const rounded = Object.fromEntries(Object.entries(results).map(([k, v]) => [k, Number(v.toFixed(2))]));
console.table(rounded);
console.log(JSON.stringify({ node: process.version, runs: RUNS, results: rounded }));
mkdirSync("bench/results", { recursive: true });
writeFileSync(
  "bench/results/latest.json",
  JSON.stringify({ date: new Date().toISOString(), results: rounded }, null, 2),
);
