/**
 * Realistic ITA workbooks of any size for the benchmarks: `init`, then question, indicator and tool
 * scores and N plan rows typed into the managed tables, then the summary sheet and the weak flags —
 * all through the same ops and .xlsx adapter the command line uses. Deterministic by seed.
 *
 *   npx tsx bench/generate.ts OUT.xlsx [planRows=1000] [seed=1]
 */
import ExcelJS from "exceljs";
import { frameworkFor } from "../src/domain/frameworks";
import { STATUSES } from "../src/domain/status";
import type { Problem } from "../src/domain/problem";
import { flagWeakOp } from "../src/workbook/ops/flag-weak";
import { initOp, prefill, type OpResult } from "../src/workbook/ops/init";
import { writeTablesOp, type KeyedRow, type TableWrite } from "../src/workbook/ops/rows";
import { defaultSettings } from "../src/workbook/ops/settings";
import { summaryOp } from "../src/workbook/ops/summary";
import { applyPatch, readSnapshot, writeWorkbook } from "../src/workbook/xlsx";

export interface GenerateOptions {
  planRows: number;
  seed: number;
  /** Fiscal year of the settings and framework (2566 by default). */
  year?: number;
}

const NOW = new Date("2026-11-22T03:00:00.000Z");
const OWNERS = ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา", "กองสาธารณสุข", "งานบุคคล"];
const NAMES = [
  "โครงการส่งเสริมคุณธรรมและจริยธรรมของบุคลากร",
  "มาตรการป้องกันผลประโยชน์ทับซ้อน",
  "กิจกรรมเผยแพร่ข้อมูลข่าวสารทางเว็บไซต์",
  "โครงการอบรมกฎหมาย ป.ป.ช. สำหรับผู้บริหาร",
  "มาตรการจัดการเรื่องร้องเรียนการทุจริต",
  "กิจกรรมประชาคมหมู่บ้านเพื่อความโปร่งใส",
];

/** mulberry32: small, fast and the same sequence on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function apply(wb: ExcelJS.Workbook, result: OpResult): Problem[] {
  const errors = result.problems.filter((p) => p.severity === "error");
  if (errors.length > 0) {
    throw new Error(errors.map((p) => `${p.sheet ?? ""}!${p.cell ?? ""} ${p.en}`).join("\n"));
  }
  applyPatch(wb, result.patch, readSnapshot(wb));
  return result.problems;
}

const cents = (x: number): number => Math.round(x * 100) / 100;

function planRowsOf(n: number, next: () => number): KeyedRow[] {
  return Array.from({ length: n }, (_, i) => {
    const budget = next() < 0.2 ? 0 : cents(1_000 + next() * 499_000);
    const quarter = Math.floor(next() * 4);
    return {
      seq: String(i + 1),
      name: `${NAMES[i % NAMES.length]} ครั้งที่ ${Math.floor(i / NAMES.length) + 1}`,
      dimension: 1 + Math.floor(next() * 4),
      budget,
      q1: quarter === 0 || next() < 0.2,
      q2: quarter === 1 || next() < 0.2,
      q3: quarter === 2 || next() < 0.2,
      q4: quarter === 3 || next() < 0.2,
      owner: OWNERS[Math.floor(next() * OWNERS.length)]!,
      spent: next() < 0.5 ? cents(budget * next()) : null,
      status: STATUSES[Math.floor(next() * STATUSES.length)]!.th,
      remarks: next() < 0.1 ? "ใช้งบประมาณร่วมกับโครงการอื่น" : null,
    };
  });
}

/** Builds the workbook in memory (exported for tests and the batch benchmark). */
export function buildWorkbook(options: GenerateOptions): ExcelJS.Workbook {
  const year = options.year ?? 2566;
  const lookup = frameworkFor(year);
  if (!lookup.ok) throw new Error(`No framework for ${year}`);
  const framework = lookup.framework;
  const next = random(options.seed);
  const wb = new ExcelJS.Workbook();
  apply(
    wb,
    initOp(readSnapshot(wb), { fiscalYear: year, organisation: `อบต.ตัวอย่าง ${options.seed}`, now: NOW }),
  );
  const settings = defaultSettings(year, framework);
  const score = () => cents(60 + next() * 40);
  const questions: KeyedRow[] = prefill("ITA_QuestionScores", framework, settings, "th").map((r) => ({
    id: r[0] as string,
    part: r[4] as number | null,
    score: String(r[0]).startsWith("o") ? (next() < 0.8 ? 100 : 0) : score(),
  }));
  const indicators: KeyedRow[] = prefill("ITA_IndicatorScores", framework, settings, "th").map((r) => ({
    no: r[0] as number,
    lastYear: score(),
  }));
  const writes: TableWrite[] = [
    { table: "ITA_QuestionScores", rows: questions, how: { mode: "merge", keys: ["id", "part"] } },
    { table: "ITA_IndicatorScores", rows: indicators, how: { mode: "merge", keys: ["no"] } },
    { table: "ITA_Plan", rows: planRowsOf(options.planRows, next), how: { mode: "replace" } },
  ];
  apply(wb, writeTablesOp(readSnapshot(wb), writes, { now: NOW, fallbackYear: year, op: "generate" }));
  apply(wb, summaryOp(readSnapshot(wb), NOW, year));
  apply(wb, flagWeakOp(readSnapshot(wb), NOW, year));
  return wb;
}

/** Writes a generated workbook to `path`. */
export async function generateWorkbook(path: string, options: GenerateOptions): Promise<void> {
  await writeWorkbook(buildWorkbook(options), path);
}

if (process.argv[1] && /generate\.[cm]?[jt]s$/.test(process.argv[1])) {
  const [out, rows = "1000", seed = "1"] = process.argv.slice(2);
  if (!out) {
    console.error("usage: tsx bench/generate.ts OUT.xlsx [planRows] [seed]");
    process.exitCode = 2;
  } else {
    generateWorkbook(out, { planRows: Number(rows), seed: Number(seed) }).catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
  }
}
