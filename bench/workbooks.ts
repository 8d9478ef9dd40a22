/**
 * Whole workbooks: `ita-workbook check` and `report` (the built CLI, run as a child process) on
 * generated workbooks of 1,000 and 20,000 plan rows, side by side with headless LibreOffice
 * recalculating and saving the same file, measured in the same run. Time is the median wall time of
 * a few runs, memory the peak resident set (`/usr/bin/time`, or the child's own maxRSS). Ratios are
 * tool / LibreOffice (the goal for `check` at 20,000 rows: ≤ 0.4 in time, ≤ 0.5 in memory).
 *
 *   npm run build:cli && npx tsx bench/workbooks.ts   (ITA_BENCH_RUNS=3 by default; figures only)
 */
import { spawn } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { generateWorkbook } from "./generate";

const ROOT = path.resolve(__dirname, "..");
/** The built CLI; ITA_BENCH_CLI points at another build (e.g. an older commit's, for before/after). */
const CLI = process.env.ITA_BENCH_CLI ?? path.join(ROOT, "build/cli/ita-workbook.cjs");
const SIZES = [1_000, 20_000];
const TIME = "/usr/bin/time";

interface Measure {
  ms: number;
  /** Peak resident set size, MiB. */
  mib: number;
}

/** Runs a command, its wall time and peak RSS (GNU time's %M, in KiB, of the child and its children). */
function measure(command: string, args: string[], cwd: string): Promise<Measure> {
  const timed = existsSync(TIME);
  const [exe, argv] = timed ? [TIME, ["-f", "ITA_BENCH %M", command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(exe, argv, { cwd, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = performance.now() - start;
      if (code !== 0 && code !== 1) {
        reject(new Error(`${command} ${args.join(" ")} exited with ${code}: ${stderr.slice(-500)}`));
        return;
      }
      const kib = Number(/ITA_BENCH (\d+)/.exec(stderr)?.[1] ?? NaN);
      resolve({ ms, mib: kib / 1024 });
    });
  });
}

async function median(runs: number, run: () => Promise<Measure>): Promise<Measure> {
  const all: Measure[] = [];
  for (let i = 0; i < runs; i++) all.push(await run());
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { ms: mid(all.map((m) => m.ms)), mib: mid(all.map((m) => m.mib)) };
}

/** A LibreOffice profile that recalculates every formula on load (see TOOLCHAIN.md). */
async function libreOfficeProfile(dir: string): Promise<string> {
  const user = path.join(dir, "user");
  await fs.mkdir(user, { recursive: true });
  const item = (name: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${name}" oor:op="fuse"><value>0</value></prop></item>`;
  await fs.writeFile(
    path.join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n${item("OOXMLRecalcMode")}\n${item("ODFRecalcMode")}\n</oor:items>\n`,
  );
  return pathToFileURL(dir).href;
}

const round = (x: number, digits = 0) => Number(x.toFixed(digits));

export async function run(): Promise<Record<string, number | string>> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build:cli\` first`);
  const runs = Number(process.env.ITA_BENCH_RUNS ?? 3);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "ita-bench-wb-"));
  const out: Record<string, number | string> = { runs, rssFrom: existsSync(TIME) ? TIME : "n/a" };
  try {
    const profile = await libreOfficeProfile(path.join(dir, "lo-profile"));
    const soffice = (input: string) =>
      measure(
        "soffice",
        [
          "--headless",
          "--norestore",
          `-env:UserInstallation=${profile}`,
          "--convert-to",
          "xlsx",
          "--outdir",
          path.join(dir, "lo-out"),
          input,
        ],
        dir,
      );
    for (const rows of SIZES) {
      const file = path.join(dir, `plan-${rows}.xlsx`);
      await generateWorkbook(file, { planRows: rows, seed: rows });
      if (rows === SIZES[0]) await soffice(file); // the profile's first start is not a recalculation
      const k = `${rows / 1000}k`;
      const check = await median(runs, () => measure("node", [CLI, "check", file], dir));
      const report = await median(runs, () =>
        measure("node", [CLI, "report", file, "-o", path.join(dir, `report-${rows}.xlsx`)], dir),
      );
      const lo = await median(runs, () => soffice(file));
      Object.assign(out, {
        [`check_${k}_ms`]: round(check.ms),
        [`check_${k}_MiB`]: round(check.mib, 1),
        [`report_${k}_ms`]: round(report.ms),
        [`report_${k}_MiB`]: round(report.mib, 1),
        [`libreoffice_${k}_ms`]: round(lo.ms),
        [`libreoffice_${k}_MiB`]: round(lo.mib, 1),
        [`check_${k}_time_ratio`]: round(check.ms / lo.ms, 2),
        [`check_${k}_memory_ratio`]: round(check.mib / lo.mib, 2),
        [`report_${k}_time_ratio`]: round(report.ms / lo.ms, 2),
        [`report_${k}_memory_ratio`]: round(report.mib / lo.mib, 2),
        [`file_${k}_KiB`]: round((await fs.stat(file)).size / 1024),
      });
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
  return out;
}

if (require.main === module) {
  run()
    .then((figures) => {
      const rows = Object.entries(figures).map(([k, v]) => `${k.padEnd(28)} ${String(v).padStart(10)}`);
      console.log(rows.join("\n"));
      console.log(JSON.stringify(figures));
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
