/**
 * `ita-workbook batch` over many workbooks (a province's roll-up): 100 and 1,000 generated
 * workbooks, the built CLI run as a child process with --jobs 1 and with every core. Reports
 * workbooks/s, wall time, peak RSS and CPU use ((user + sys) / wall: near 2 means both cores
 * worked). Figures only; no test asserts on time.
 *
 *   npx tsx bench/batch.ts            (bench/run.ts imports `run` too)
 *
 * The workbooks are made cheaply: a few templates built with the real ops (init, the sample's
 * scores, a plan of 16–200 rows), then each copy gets its own organisation name, question and
 * indicator scores and budgets by editing the template's package text, varied by seed.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildSample } from "../src/workbook/ops/sample";
import { writeTablesOp, type KeyedRow } from "../src/workbook/ops/rows";
import { toBytes, XlsxSession } from "../src/workbook/xlsx";
import { random } from "./generate";

const ROOT = path.join(__dirname, "..");
const BIN = path.join(ROOT, "build/cli/ita-workbook.cjs");
const NOW = new Date("2026-11-22T03:00:00Z");
const ORGANISATION = "อบต.ตัวอย่าง";
/** Plan sizes of the templates: a small อบต. has 16 projects, a large เทศบาล a few hundred. */
const PLAN_SIZES = [16, 40, 80, 120, 200];
const OWNERS = ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา"];

function planRows(n: number, seed: number): KeyedRow[] {
  const next = random(seed);
  return Array.from({ length: n }, (_, i) => ({
    seq: String(i + 1),
    name: `โครงการส่งเสริมคุณธรรมและความโปร่งใส ที่ ${i + 1}`,
    dimension: 1 + Math.floor(next() * 4),
    budget: next() < 0.3 ? 0 : Math.round(next() * 50_000) * 10,
    q1: next() < 0.5,
    q2: next() < 0.5,
    q3: next() < 0.4,
    q4: next() < 0.3,
    owner: OWNERS[Math.floor(next() * OWNERS.length)]!,
    spent: next() < 0.5 ? Math.round(next() * 10_000) : null,
  }));
}

/** A template: the sample workbook (seed 003's scores) with a plan of `rows` projects. */
async function template(rows: number, seed: number): Promise<Uint8Array> {
  const session = new XlsxSession(new ExcelJS.Workbook());
  const problems = await buildSample(session, { now: NOW });
  if (problems.some((p) => p.severity === "error")) throw new Error("the sample workbook has errors");
  const snapshot = await session.read();
  const result = writeTablesOp(
    snapshot,
    [{ table: "ITA_Plan", rows: planRows(rows, seed), how: { mode: "replace" } }],
    { now: NOW, fallbackYear: 2566, op: "bench" },
  );
  await session.apply(result.patch, snapshot);
  return toBytes(session.workbook);
}

/** The package path of a sheet, from workbook.xml and its relationships. */
async function sheetPath(zip: JSZip, name: string): Promise<string> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const sheet = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook);
  const target = sheet && new RegExp(`Id="${sheet[1]}"[^>]*Target="([^"]+)"`).exec(rels);
  if (!target) throw new Error(`no sheet ${name} in the template`);
  return `xl/${target[1]!.replace(/^\/?xl\//, "")}`;
}

interface Template {
  zip: JSZip;
  /** Package path and text of the sheets a copy changes, and the column of the numbers it moves. */
  sheets: { path: string; xml: string; column: string; move: Move }[];
  strings: string;
}

/** Moves one number of a copy; `bias` is the copy's own shift, so some organisations pass and some do not. */
type Move = (value: number, next: () => number, bias: number) => number;

/** A score moved by the copy's bias and up to ±8 points; an OIT item (0 or 100) flipped now and then. */
const moveScore: Move = (value, next, bias) => {
  const moved =
    value === 0 || value === 100 ? (next() < 0.15 ? 100 - value : value) : value + bias + (next() - 0.5) * 16;
  return Math.min(100, Math.max(0, Math.round(moved * 100) / 100));
};
/** A budget scaled by 0.5–1.5, to the baht. */
const moveBudget: Move = (value, next) => Math.round(value * (0.5 + next()));

/**
 * The columns a copy changes: scores in ITA_QuestionScores (id, tool, indicator, sub, part, score)
 * and ITA_IndicatorScores (no, name, tool, score, …), budgets in ITA_Plan (seq, name, dimension, budget, …).
 */
const MOVED: [sheet: string, column: string, move: Move][] = [
  ["ITA_QuestionScores", "F", moveScore],
  ["ITA_IndicatorScores", "D", moveScore],
  ["ITA_Plan", "D", moveBudget],
];

async function templates(): Promise<Template[]> {
  const out: Template[] = [];
  for (const [i, rows] of PLAN_SIZES.entries()) {
    const zip = await JSZip.loadAsync(await template(rows, 1000 + i));
    const sheets: Template["sheets"] = [];
    for (const [sheet, column, move] of MOVED) {
      const at = await sheetPath(zip, sheet);
      sheets.push({ path: at, xml: await zip.file(at)!.async("string"), column, move });
    }
    out.push({ zip, sheets, strings: await zip.file("xl/sharedStrings.xml")!.async("string") });
  }
  return out;
}

/** Copy `seed`: its own organisation name, scores and budgets (see MOVED). */
async function copy(t: Template, seed: number): Promise<Uint8Array> {
  const next = random(seed);
  const bias = (next() - 0.3) * 12;
  const name = `${ORGANISATION} ${String(seed).padStart(4, "0")}`;
  if (!t.strings.includes(`>${ORGANISATION}<`)) throw new Error("the template has no organisation cell");
  const strings = t.strings.replace(`>${ORGANISATION}<`, `>${name}<`);
  t.zip.file("xl/sharedStrings.xml", strings);
  for (const sheet of t.sheets) {
    const cell = new RegExp(`(<c r="${sheet.column}\\d+"(?: s="\\d+")?><v>)([\\d.]+)(</v>)`, "g");
    const xml = sheet.xml.replace(
      cell,
      (_, open: string, v: string, close: string) => `${open}${sheet.move(Number(v), next, bias)}${close}`,
    );
    t.zip.file(sheet.path, xml);
  }
  return t.zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 1 },
  });
}

/** Writes `count` workbooks into `dir`; returns their paths. */
export async function generateBatch(dir: string, count: number): Promise<string[]> {
  const all = await templates();
  const files: string[] = [];
  for (let seed = 1; seed <= count; seed++) {
    const file = path.join(dir, `ita-${String(seed).padStart(4, "0")}.xlsx`);
    writeFileSync(file, await copy(all[seed % all.length]!, seed));
    files.push(file);
  }
  return files;
}

interface Timing {
  wallMs: number;
  /** user + sys CPU of the whole process, worker threads included. */
  cpuMs: number;
  peakRssMiB: number;
  code: number;
  stdout: string;
}

/**
 * Preloaded into the CLI's process: on exit it writes the process's resource usage (CPU of every
 * thread, peak RSS) to file descriptor 3, so nothing outside Node is needed to measure it.
 */
const USAGE_HOOK = `process.on("exit", () => {
  const u = process.resourceUsage();
  require("node:fs").writeSync(3, JSON.stringify({ cpu: (u.userCPUTime + u.systemCPUTime) / 1000, rss: u.maxRSS }));
});
`;

function timeCli(args: string[], cwd: string, hook: string): Promise<Timing> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ["--require", hook, BIN, ...args], {
      cwd,
      stdio: ["ignore", "pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let usage = "";
    child.stdout!.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    (child.stdio[3] as NodeJS.ReadableStream).on("data", (d: Buffer) => (usage += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const wallMs = performance.now() - start;
      if (code !== 0 && code !== 1) {
        reject(new Error(`ita-workbook ${args.slice(0, 3).join(" ")}… exited ${code}: ${stderr}`));
        return;
      }
      const { cpu, rss } = JSON.parse(usage) as { cpu: number; rss: number };
      resolve({ wallMs, cpuMs: cpu, peakRssMiB: rss / 1024, code: code ?? -1, stdout });
    });
  });
}

const round = (v: number, digits = 2) => Number(v.toFixed(digits));

/**
 * Per-workbook read in this process, the full ExcelJS read against batch's (the fast reader of
 * check/score/plan): CPU time (steadier than wall time on a shared machine), the two alternating
 * file by file, after a warm-up. Also counts the workbooks the fast reader left to ExcelJS.
 */
async function perFile(files: readonly string[]): Promise<Record<string, number>> {
  const { readWorkbook } = await import("../src/workbook/xlsx");
  const { readWorkbookTables } = await import("../src/workbook/xlsx/fast");
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let fallbacks = 0;
  const modes = {
    full: (file: string) => readWorkbook(file, file),
    fast: async (file: string) => {
      if ((await readWorkbookTables(file, file)).fallback) fallbacks++;
    },
  };
  const spent = { full: 0, fast: 0 };
  for (const file of files.slice(0, 10)) for (const read of Object.values(modes)) await read(file);
  fallbacks = 0;
  for (const [i, file] of files.entries()) {
    for (const mode of i % 2 ? (["full", "fast"] as const) : (["fast", "full"] as const)) {
      const start = cpu();
      await modes[mode](file);
      spent[mode] += cpu() - start;
    }
  }
  return {
    "read one workbook in full with ExcelJS (CPU ms)": round(spent.full / files.length, 1),
    "read one workbook as batch does, fast reader (CPU ms)": round(spent.fast / files.length, 1),
    "workbooks the fast reader left to ExcelJS": fallbacks,
  };
}

export async function run(): Promise<Record<string, number | string>> {
  execFileSync(process.execPath, ["scripts/build-cli.mjs"], { cwd: ROOT });
  const dir = mkdtempSync(path.join(os.tmpdir(), "ita-bench-batch-"));
  const hook = path.join(dir, "usage-hook.cjs");
  writeFileSync(hook, USAGE_HOOK);
  const cores = os.availableParallelism();
  const results: Record<string, number | string> = { cores };
  try {
    const start = performance.now();
    const files = (await generateBatch(dir, 1_000)).map((f) => path.basename(f));
    results["generate 1,000 workbooks (s)"] = round((performance.now() - start) / 1000, 1);
    Object.assign(results, await perFile(files.slice(0, 100).map((f) => path.join(dir, f))));
    for (const count of [100, 1_000]) {
      const outputs: string[] = [];
      for (const jobs of [1, cores]) {
        const args = ["batch", ...files.slice(0, count), "-o", `rollup-${count}-${jobs}.xlsx`, "--json"];
        const load = os.loadavg()[0]!;
        const t = await timeCli([...args, "--jobs", String(jobs)], dir, hook);
        const rows = JSON.parse(t.stdout) as { failed?: string }[];
        if (rows.length !== count || rows.some((r) => r.failed)) throw new Error(`batch of ${count} failed`);
        outputs.push(t.stdout);
        const key = `batch ${count} --jobs ${jobs}`;
        results[`${key}: total (s)`] = round(t.wallMs / 1000);
        results[`${key}: workbooks/s`] = round(count / (t.wallMs / 1000), 1);
        results[`${key}: peak RSS (MiB)`] = round(t.peakRssMiB, 0);
        results[`${key}: CPU (user+sys)/wall`] = round(t.cpuMs / t.wallMs);
        results[`${key}: CPU per workbook (ms)`] = round(t.cpuMs / count, 1);
        results[`${key}: load average before`] = round(load, 1);
      }
      results[`batch ${count}: --jobs ${cores} output identical to --jobs 1`] =
        outputs[0] === outputs[1] ? "yes" : "NO";
      results[`batch ${count}: speed-up with ${cores} cores`] = round(
        Number(results[`batch ${count} --jobs 1: total (s)`]) /
          Number(results[`batch ${count} --jobs ${cores}: total (s)`]),
      );
    }
    results["goal: 1,000 workbooks under 20 s"] =
      Number(results[`batch 1000 --jobs ${cores}: total (s)`]) < 20 ? "met" : "NOT met";
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

if (require.main === module) {
  run().then(
    (results) => {
      console.table(results);
      console.log(JSON.stringify(results));
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
