import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { batchRows } from "../../src/cli/batch-pool";
import { rowFor } from "../../src/cli/batch-row";
import { r2 } from "../../src/cli/output";
import { readWorkbookModel } from "../../src/workbook/ops/read-model";
import { tableDef } from "../../src/workbook/schema";
import { readWorkbook, toBuffer } from "../../src/workbook/xlsx";
import { buildWorkbook } from "../workbook/support/build";
import { seed001PlanRows, seed003Indicators, seed003Score } from "../fixtures/seeds";
import { runCli } from "./support";

jest.setTimeout(120_000);

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "ita-batch-"));
  // Six workbooks, each with its own organisation, indicator scores and plan size.
  for (let k = 0; k < 6; k++) {
    const indicators = Object.fromEntries(
      Object.entries(seed003Indicators()).map(([no, v]) => [no, Math.min(100, v + k - 2)]),
    );
    const { workbook } = buildWorkbook({
      organisation: `อบต.ที่ ${k}`,
      question: k % 2 === 0 ? seed003Score : undefined,
      indicators,
      plan: seed001PlanRows().slice(0, 4 + 2 * k),
    });
    writeFileSync(join(dir, `w${k}.xlsx`), await toBuffer(workbook));
  }
  // w2 with the 1904 date system, which the fast reader leaves to ExcelJS.
  const zip = await JSZip.loadAsync(readFileSync(join(dir, "w2.xlsx")));
  const book = await zip.file("xl/workbook.xml")!.async("string");
  expect(book).toMatch(/<workbookPr\b/);
  zip.file("xl/workbook.xml", book.replace(/<workbookPr\b/, '<workbookPr date1904="1"'));
  writeFileSync(join(dir, "w1904.xlsx"), await zip.generateAsync({ type: "uint8array" }));
  writeFileSync(join(dir, "broken.xlsx"), "not a workbook");
  writeFileSync(join(dir, "cut.xlsx"), readFileSync(join(dir, "w1.xlsx")).subarray(0, 3000));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...argv: string[]) => runCli(dir, argv);

const FILES = ["w3.xlsx", "w0.xlsx", "broken.xlsx", "w5.xlsx", "w1.xlsx", "cut.xlsx", "w4.xlsx", "w2.xlsx"];

describe("ita-workbook batch on worker threads", () => {
  it("gives the same rows with 3 workers as read one by one, in the order of the command line", async () => {
    const one = await cli("batch", ...FILES, "--json", "--jobs", "1");
    const pool = await cli("batch", ...FILES, "--json", "--jobs", "3");
    expect(pool.stdout).toBe(one.stdout);
    expect(pool.code).toBe(one.code);
    const rows = JSON.parse(pool.stdout) as { file: string; organisation: string; projects: number }[];
    expect(rows.map((r) => r.file)).toEqual(FILES);
    expect(rows.map((r) => r.organisation)).toEqual([
      "อบต.ที่ 3",
      "อบต.ที่ 0",
      "",
      "อบต.ที่ 5",
      "อบต.ที่ 1",
      "",
      "อบต.ที่ 4",
      "อบต.ที่ 2",
    ]);
    expect(rows.map((r) => r.projects)).toEqual([10, 4, 0, 14, 6, 0, 12, 8]);
    // Another order of the same files gives the same rows in that other order.
    const reversed = await cli("batch", ...[...FILES].reverse(), "--json", "--jobs", "2");
    expect(JSON.parse(reversed.stdout)).toEqual([...rows].reverse());
  });

  it("names each unreadable workbook with its reason, counts the others and exits 1", async () => {
    const result = await cli("batch", ...FILES, "--json", "--jobs", "2", "--lang", "en");
    expect(result.code).toBe(1);
    const rows = JSON.parse(result.stdout) as { file: string; failed?: string; overall: number | null }[];
    const failed = rows.filter((r) => r.failed);
    expect(failed.map((r) => r.file)).toEqual(["broken.xlsx", "cut.xlsx"]);
    expect(failed[0]!.failed).toContain("broken.xlsx");
    expect(failed[0]!.failed).toContain("text file");
    expect(failed[1]!.failed).toContain("damaged");
    expect(rows.filter((r) => !r.failed && r.overall !== null)).toHaveLength(6);
    const fine = await cli("batch", "w0.xlsx", "w1.xlsx", "--json", "--jobs", "2");
    expect(fine.code).toBe(0);
  });

  it("the roll-up's figures equal a full ExcelJS read's, though it reads only the managed tables", async () => {
    const rows = JSON.parse((await cli("batch", "w0.xlsx", "w1.xlsx", "--json", "--jobs", "2")).stdout);
    for (const [i, file] of ["w0.xlsx", "w1.xlsx"].entries()) {
      const full = readWorkbookModel((await readWorkbook(join(dir, file))).snapshot, 2569);
      const tool = (id: string) => full.score.tools.find((t) => t.id === id)?.score;
      expect(rows[i]).toEqual({
        file,
        organisation: full.settings.organisation,
        year: full.settings.fiscalYear,
        overall: r2(full.score.overall),
        level: full.score.level!.th,
        IIT: r2(tool("IIT")),
        EIT: r2(tool("EIT")),
        OIT: r2(tool("OIT")),
        budget: r2(full.plan.totals.budget),
        projects: full.plan.totals.projects,
        weak: full.weak.filter((w) => w.level === "indicator" && w.kind === "below").length,
        errors: full.problems.filter((p) => p.severity === "error").length,
      });
      // The fast reader read it: no fallback to ExcelJS.
      const fast = await rowFor({ cwd: dir, language: "th", fiscalYearNow: 2569 }, file);
      expect(fast.fallback).toBeUndefined();
    }
  });

  it("reads a hand-made table that has a managed table's headers, as a full read does", async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("แผนของฉัน");
    sheet.addTable({
      name: "Table1",
      ref: "A1",
      headerRow: true,
      columns: tableDef("ITA_Plan").columns.map((c) => ({ name: c.th })),
      rows: [
        ["1", "อบรมคุณธรรม", 1, 5000, true, false, false, false, "กองคลัง", null, null, null],
        ["2", "เปิดเผยข้อมูล", 2, 2500, false, true, false, false, "กองช่าง", null, null, null],
      ],
    });
    wb.addWorksheet("notes").getCell("A1").value = "nothing here";
    writeFileSync(join(dir, "hand.xlsx"), await toBuffer(wb));
    const [row] = JSON.parse((await cli("batch", "hand.xlsx", "--json", "--jobs", "1")).stdout);
    const full = readWorkbookModel((await readWorkbook(join(dir, "hand.xlsx"))).snapshot, 2569);
    expect([full.plan.totals.projects, full.plan.totals.budget]).toEqual([2, 7500]);
    expect([row.projects, row.budget]).toEqual([2, 7500]);
  });

  it("a workbook the fast reader cannot read is read in full by ExcelJS, and ITA_VERBOSE=1 says so", async () => {
    const plain = await cli("batch", "w1.xlsx", "w2.xlsx", "--json", "--jobs", "1", "--lang", "en");
    process.env.ITA_VERBOSE = "1";
    try {
      for (const jobs of ["1", "2"]) {
        const result = await cli("batch", "w1.xlsx", "w1904.xlsx", "--json", "--jobs", jobs, "--lang", "en");
        expect(result.code).toBe(0);
        expect(result.stderr).toContain("Read w1904.xlsx in full with ExcelJS (1904 date system)");
        expect(result.stderr).not.toContain("Read w1.xlsx");
        // Same figures as the workbook it was copied from; the reason stays out of the rows.
        const rows = JSON.parse(result.stdout) as Record<string, unknown>[];
        expect(rows).toEqual(
          (JSON.parse(plain.stdout) as Record<string, unknown>[]).map((r, i) =>
            i === 1 ? { ...r, file: "w1904.xlsx" } : r,
          ),
        );
      }
    } finally {
      delete process.env.ITA_VERBOSE;
    }
  });

  it("a worker that dies fails its files by name, and the pool still finishes", async () => {
    const files = ["w0.xlsx", "w1.xlsx", "w2.xlsx", "w3.xlsx", "w4.xlsx"];
    const options = { cwd: dir, language: "en" as const, fiscalYearNow: 2569 };
    // Too little memory to load the reader and the core: every worker runs out of memory on its first chunk.
    const rows = await batchRows(files, options, 2, () => undefined, { maxOldGenerationSizeMb: 4 });
    expect(rows.map((r) => r.file)).toEqual(files);
    for (const row of rows) expect(row.failed).toMatch(/the worker reading it stopped/);
    const fine = await batchRows(files, options, 2, () => undefined);
    expect(fine.map((r) => [r.file, r.failed])).toEqual(files.map((f) => [f, undefined]));
  });

  it("refuses a --jobs that is not a whole number from 1 to 256 (exit 2), in Thai and English", async () => {
    for (const bad of ["0", "-1", "1.5", "abc", "", "257"]) {
      const result = await cli("batch", "w0.xlsx", "--json", `--jobs=${bad}`);
      expect([bad, result.code]).toEqual([bad, 2]);
      expect(result.stderr).toContain("--jobs ต้องเป็นจำนวนเต็ม");
      expect(result.stderr).toContain(`not "${bad}"`);
    }
    expect((await cli("batch", "w0.xlsx", "--json", "--jobs", "256")).code).toBe(0);
    // parseArgs's own errors (here "-1" read as an option) are usage errors too, not a crash.
    for (const argv of [
      ["--jobs", "-1"],
      ["--jobz", "2"],
    ]) {
      const result = await cli("batch", "w0.xlsx", "--json", ...argv);
      expect([argv, result.code, result.stdout]).toEqual([argv, 2, ""]);
      expect(result.stderr).toContain("ita-workbook batch FILE|DIR...");
    }
  });

  it("runs its workers from the built bundle", () => {
    const root = join(__dirname, "../..");
    execFileSync(process.execPath, ["scripts/build-cli.mjs"], { cwd: root });
    const bin = join(root, "build/cli/ita-workbook.cjs");
    const args = [bin, "batch", ...FILES, "--json", "--lang", "en"];
    const pool = spawnSync(process.execPath, [...args, "--jobs", "2"], { cwd: dir, encoding: "utf8" });
    const one = spawnSync(process.execPath, [...args, "--jobs", "1"], { cwd: dir, encoding: "utf8" });
    expect([pool.status, pool.stderr]).toEqual([1, ""]);
    expect(pool.stdout).toBe(one.stdout);
    expect(JSON.parse(pool.stdout)).toHaveLength(FILES.length);
    // A worker of the bundle loads ExcelJS when the fast reader gives a workbook up.
    const env = { ...process.env, ITA_VERBOSE: "1" };
    const both = [bin, "batch", "w0.xlsx", "w1904.xlsx", "--json", "--lang", "en", "--jobs", "2"];
    const fallback = spawnSync(process.execPath, both, { cwd: dir, encoding: "utf8", env });
    expect([fallback.status, fallback.stderr]).toEqual([
      0,
      expect.stringContaining("Read w1904.xlsx in full"),
    ]);
    expect(
      (JSON.parse(fallback.stdout) as { overall: number | null }[]).map((r) => r.overall !== null),
    ).toEqual([true, true]);
  });
});
