/**
 * How long LibreOffice takes to recalculate workbooks through the test harness: one file, 25 files in
 * one soffice run, and 25 files one run each. Figures only: `npx tsx bench/libreoffice.ts`.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { recalculate, removeOutputs } from "../test/support/libreoffice";

const RUNS = 3;

async function writeWorkbook(file: string, seed: number): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("แผน");
  sheet.addTable({
    name: "ITA_Plan",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "มิติ" }, { name: "งบประมาณ (บาท)" }],
    rows: Array.from({ length: 40 }, (_, k) => [(k % 5) + 1, (seed + 1) * (k + 0.25)]),
  });
  sheet.getCell("E1").value = { formula: "SUM(ITA_Plan[งบประมาณ (บาท)])", result: 0 };
  sheet.getCell("E2").value = { formula: "SUMIFS(ITA_Plan[งบประมาณ (บาท)],ITA_Plan[มิติ],3)", result: 0 };
  await workbook.xlsx.writeFile(file);
}

async function timed(inputs: string[]): Promise<number> {
  const start = performance.now();
  const outputs = await recalculate(inputs);
  const elapsed = performance.now() - start;
  await removeOutputs(outputs);
  return elapsed;
}

async function median(fn: () => Promise<number>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await fn());
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)]!;
}

async function main(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "ita-lo-bench-"));
  try {
    const files = Array.from({ length: 25 }, (_, i) => path.join(dir, `w${i}.xlsx`));
    await Promise.all(files.map((file, i) => writeWorkbook(file, i)));

    const one = await median(() => timed(files.slice(0, 1)));
    const batch = await median(() => timed(files));
    let separately = 0;
    for (const file of files) separately += await timed([file]);

    const rows: [string, number][] = [
      ["1 file", one],
      ["25 files, one soffice run", batch],
      ["25 files, one run each", separately],
    ];
    for (const [label, ms] of rows)
      console.log(`${label.padEnd(28)} ${Math.round(ms).toString().padStart(6)} ms`);
    console.log(
      JSON.stringify({
        oneFileMs: Math.round(one),
        batch25Ms: Math.round(batch),
        separate25Ms: Math.round(separately),
      }),
    );
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
