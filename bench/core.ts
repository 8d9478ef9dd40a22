/**
 * Core section: plan rows validated and totalled, question rows scored, and a whole workbook model
 * (plan + scores + every check the pane and the CLI show) read from a snapshot, at 1,000, 10,000
 * and 100,000 rows; median of several runs, with the growth per 10× (linear ≈ 10).
 */
import {
  frameworkFor,
  planTotals,
  checkStatedTotals,
  readPlanRows,
  readQuestionRows,
  score,
} from "../src/domain";
import type { RawRow } from "../src/domain/validate";
import type { Snapshot } from "../src/workbook/model";
import { initOp } from "../src/workbook/ops/init";
import { readWorkbookModel } from "../src/workbook/ops/read-model";
import { writeRowsOp } from "../src/workbook/ops/rows";
import { afterPatch, emptySnapshot } from "../test/unit/workbook/snapshots";
import { NOW, planRows as workbookPlanRows, questionRows, YEAR } from "../test/office/support";
import { referencePlanTotals, referenceReadPlanRows } from "../test/unit/plan-reference";
import { growth, medianWallCpu, round, type Figures } from "./lib";

export const SIZES = (process.env.ITA_BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);
const RUNS = 7;

const TICK = '<input checked="" type="checkbox"/>';
const OWNERS = ["สำนักปลัด", "กองคลัง", "กองช่าง"];

/** Plan rows as a document gives them: text amounts (Thai digits too), ticks as marks or HTML, a total row. */
export function documentPlanRows(n: number): RawRow[] {
  const rows: RawRow[] = Array.from({ length: n }, (_, i) => ({
    row: i + 1,
    line: i + 3,
    values: {
      seq: String(i + 1),
      name: `โครงการที่ ${i + 1} ส่งเสริมคุณธรรมและความโปร่งใส`,
      dimension: (i % 4) + 1,
      budget: i % 3 === 0 ? "ดำเนินการโดยไม่ใช้งบประมาณ" : i % 3 === 1 ? "๕,๐๐๐.๐๐" : `${(i * 37) % 100},000.00`,
      q1: i % 2 === 0 ? TICK : "",
      q2: i % 3 === 0,
      q3: "☐",
      q4: "✓",
      owner: OWNERS[i % 3],
      spent: i % 5 === 0 ? 1000 : "",
    },
  }));
  rows.push({ row: n + 1, line: n + 3, values: { seq: "รวมทั้งสิ้น", budget: "0.00" } });
  // Through JSON: text split from a document is flat strings, not the generator's concatenations.
  return JSON.parse(JSON.stringify(rows)) as RawRow[];
}

function questionSets(rows: number): RawRow[][] {
  const template = questionRows();
  const sets: RawRow[][] = [];
  for (let done = 0, k = 0; done < rows; k++) {
    const size = Math.min(template.length, rows - done);
    sets.push(
      template.slice(0, size).map((q, i) => ({
        row: i + 1,
        values: { ...q, score: typeof q.score === "number" ? (q.score + k) % 101 : q.score },
      })),
    );
    done += size;
  }
  return sets;
}

/** A workbook as init and an import leave it: n plan rows and the 103 scored question rows. */
export function workbookSnapshot(n: number): Snapshot {
  let snapshot = afterPatch(
    emptySnapshot(),
    initOp(emptySnapshot(), { fiscalYear: YEAR, organisation: "อบต.คลองเกตุ", now: NOW }).patch,
  );
  for (const [table, rows] of [
    ["ITA_Plan", workbookPlanRows(n)],
    ["ITA_QuestionScores", questionRows()],
  ] as const) {
    const result = writeRowsOp(snapshot, table, rows, { mode: "replace", now: NOW, fallbackYear: YEAR });
    snapshot = afterPatch(snapshot, result.patch);
  }
  // Through JSON, as Office.js hands a read over: flat strings, not the generator's concatenations.
  return JSON.parse(JSON.stringify(snapshot)) as Snapshot;
}

export async function run(): Promise<Figures> {
  const lookup = frameworkFor(YEAR);
  if (!lookup.ok) throw new Error("no framework");
  const fw = lookup.framework;
  const out: Figures = {};
  const plan = new Map<number, number>();
  const scoring = new Map<number, number>();
  const model = new Map<number, number>();
  for (const n of SIZES) {
    const rows = documentPlanRows(n);
    const read = readPlanRows(rows);
    if (read.projects.length !== n) throw new Error(`plan: ${read.projects.length} projects of ${n}`);
    const p = await medianWallCpu(() => {
      const r = readPlanRows(rows);
      checkStatedTotals(planTotals(r.projects), r.stated!);
    }, RUNS);
    plan.set(n, p.wall);
    out[`plan.validateAndTotal.${n}.ms`] = round(p.wall);
    out[`plan.validateAndTotal.${n}.cpuMs`] = round(p.cpu);
    // The same work by the plain code it replaced (test/unit/plan-reference.ts), in the same run.
    const before = await medianWallCpu(() => {
      const r = referenceReadPlanRows(rows);
      checkStatedTotals(referencePlanTotals(r.projects), r.stated!);
    }, RUNS);
    out[`plan.validateAndTotal.${n}.referenceMs`] = round(before.wall);
    out[`plan.validateAndTotal.${n}.referenceCpuMs`] = round(before.cpu);

    const sets = questionSets(n);
    const s = await medianWallCpu(() => {
      for (const set of sets) score(fw, { questions: readQuestionRows(fw, set).questions });
    }, RUNS);
    scoring.set(n, s.wall);
    out[`score.fromQuestions.${n}rows.ms`] = round(s.wall);
    out[`score.fromQuestions.${n}rows.cpuMs`] = round(s.cpu);

    const snapshot = workbookSnapshot(n);
    const check = readWorkbookModel(snapshot, YEAR);
    if (check.plan.projects.length !== n) throw new Error(`model: ${check.plan.projects.length} of ${n}`);
    const m = await medianWallCpu(() => readWorkbookModel(snapshot, YEAR), RUNS);
    model.set(n, m.wall);
    out[`model.scoreAndValidate.${n}planRows.ms`] = round(m.wall);
    out[`model.scoreAndValidate.${n}planRows.cpuMs`] = round(m.cpu);
  }
  Object.assign(out, growth("plan.validateAndTotal", plan));
  Object.assign(out, growth("score.fromQuestions", scoring));
  Object.assign(out, growth("model.scoreAndValidate", model));
  out["goal.100kPlanRowsScoredAndValidated.ms"] = 100;
  return out;
}
