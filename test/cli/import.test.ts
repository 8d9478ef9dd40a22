import { mkdtempSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "./support";

jest.setTimeout(60_000);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ita-import-"));
  for (const seed of ["001_335952938b5b61de.txt", "003_252c2e0bd1279c27.txt", "002_2065e0d738ff9e85.txt"]) {
    copyFileSync(join(__dirname, "../fixtures/seeds", seed), join(dir, seed));
  }
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...argv: string[]) => runCli(dir, argv);

describe("ita-workbook import", () => {
  it("reads seeds 001, 002 and 003 into a new workbook that scores 84.14 and totals 10,000.00", async () => {
    const result = await cli(
      "import",
      "001_335952938b5b61de.txt",
      "002_2065e0d738ff9e85.txt",
      "003_252c2e0bd1279c27.txt",
      "-o",
      "ita.xlsx",
      "--year",
      "2566",
      "--json",
    );
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    const count = (kind: string) =>
      json.tables
        .filter((t: { kind: string }) => t.kind === kind)
        .reduce((s: number, t: { rows: number }) => s + t.rows, 0);
    expect([count("plan"), count("indicatorScores"), count("measures")]).toEqual([16, 10, 8 + 7]);
    expect(count("questionScores")).toBe(30 + 28 + 42);
    expect(json.problems.every((p: { source: string; code: string }) => p.source && p.code)).toBe(true);

    const score = JSON.parse((await cli("score", "ita.xlsx", "--json")).stdout);
    expect([score.overall, score.level]).toEqual([84.14, "ต้องปรับปรุง"]);
    const plan = JSON.parse((await cli("plan", "ita.xlsx", "--json")).stdout);
    expect([plan.projects, plan.budget, plan.quarterCounts]).toEqual([16, 10000, [4, 5, 4, 3]]);
  });

  it("adds to an existing workbook and keeps formula-like text as text", async () => {
    expect((await cli("init", "-o", "ita.xlsx", "--year", "2567")).code).toBe(0);
    const text = [
      "ลำดับ\tรายการโครงการ\tมิติ\tงบประมาณ (บาท)\tดำเนินการไตรมาส\t\t\t",
      "\t\t\t\t1\t2\t3\t4",
      '1\t=HYPERLINK("http://x")\t1\t0.00\t<input checked="" type="checkbox"/>\t\t\t',
      "2\t+66 81\t2\t1,000.00\t\t✓\t\t",
    ].join("\n");
    writeFileSync(join(dir, "pasted.txt"), text);
    expect((await cli("import", "pasted.txt", "-o", "ita.xlsx")).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "ita.xlsx"));
    const plan = wb.getWorksheet("ITA_Plan")!;
    expect([plan.getCell("B2").value, plan.getCell("B2").formula]).toEqual([
      '=HYPERLINK("http://x")',
      undefined,
    ]);
    expect(plan.getCell("B3").value).toBe("+66 81");
    expect(plan.getCell("D3").value).toBe(1000);
  });

  it("names the line and column of what it could not read, and refuses to write over its source", async () => {
    writeFileSync(
      join(dir, "bad.txt"),
      "ลำดับ\tรายการโครงการ\tมิติ\tงบประมาณ (บาท)\n1\tโครงการ ก\t9\tห้าพันบาท\n",
    );
    const result = await cli("import", "bad.txt", "-o", "out.xlsx", "--lang", "en");
    expect(result.stderr).toMatch(/bad\.txt:2:\d/);
    expect((await cli("import", "bad.txt", "-o", "bad.txt")).code).toBe(2);
    expect((await cli("import", "-o", "x.xlsx")).code).toBe(2);
  });
});
