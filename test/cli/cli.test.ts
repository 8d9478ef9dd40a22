import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { toBuffer } from "../../src/workbook/xlsx";
import { buildWorkbook } from "../workbook/support/build";
import { seed001PlanRows, seed003Indicators, seed003Score } from "../fixtures/seeds";
import { runCli } from "./support";

jest.setTimeout(60_000);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ita-cli-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...argv: string[]) => runCli(dir, argv);

/** Seeds 001 and 003 typed into a workbook, as a user fills the sheets after init. */
async function seeded(name = "seeded.xlsx", organisation = "อบต.เสอเพลอ") {
  const { workbook } = buildWorkbook({
    organisation,
    question: seed003Score,
    indicators: seed003Indicators(),
    plan: seed001PlanRows().map((r) => ({ ...r, owner: Number(r.seq) % 2 ? "สำนักปลัด" : "กองคลัง" })),
  });
  writeFileSync(join(dir, name), await toBuffer(workbook));
  return name;
}

describe("ita-workbook", () => {
  it("init creates a workbook with every managed table, and refuses to touch it again without --in-place", async () => {
    const first = await cli("init", "-o", "new.xlsx", "--year", "2567", "--org", "อบต.ทดสอบ");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("ITA_Plan");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "new.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(["ITA_Settings", "ITA_Plan", "ITA_QuestionScores", "_ita_log"]),
    );
    const again = await cli("init", "-o", "new.xlsx");
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("--in-place");
    const inPlace = await cli("init", "-o", "new.xlsx", "--in-place", "--lang", "en");
    expect([inPlace.code, inPlace.stdout.trim()]).toEqual([
      0,
      "Every table is already there; nothing changed",
    ]);
  });

  it("score --json gives seed 003's 84.14 and names the missing e13", async () => {
    const file = await seeded();
    const { code, stdout } = await cli("score", file, "--json");
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect([json.overall, json.level, json.tools]).toEqual([
      84.14,
      "ต้องปรับปรุง",
      { IIT: 84.81, EIT: 78.16, OIT: 88.13 },
    ]);
    expect(json.indicators[7]).toEqual({
      no: 8,
      tool: "EIT",
      score: 77.59,
      source: "reported",
      complete: false,
      weak: true,
    });
    expect(json.weak[0]).toMatchObject({ kind: "below", level: "tool", id: "EIT", gain: 2.05 });
    expect(json.weak.find((w: { level: string }) => w.level === "indicator")).toMatchObject({
      id: "7",
      gain: 0.82,
    });
    expect(
      json.weak
        .filter((w: { kind: string }) => w.kind === "zero")
        .map((w: { id: string }) => w.id)
        .sort(),
    ).toEqual(["o14", "o24", "o33", "o40"]);
    expect(
      json.warnings.find((w: { code: string }) => w.code === "indicator.incompleteReported").message,
    ).toContain("e13");
  });

  it("plan --json totals seed 001", async () => {
    const file = await seeded();
    const json = JSON.parse((await cli("plan", file, "--json")).stdout);
    expect(json).toMatchObject({
      projects: 16,
      budget: 10000,
      byDimension: { "1": 0, "2": 0, "3": 5000, "4": 5000 },
      quarterCounts: [4, 5, 4, 3],
    });
    // Odd sequence numbers (13 and 15 hold the two 5,000-baht projects) went to สำนักปลัด.
    expect(json.byOwner).toEqual({ สำนักปลัด: 10000, กองคลัง: 0 });
  });

  it("check exits 0 with warnings only, 1 with an error that names its cell", async () => {
    const file = await seeded();
    expect((await cli("check", file)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, file));
    wb.getWorksheet("ITA_Plan")!.getCell("D3").value = -500;
    await wb.xlsx.writeFile(join(dir, "bad.xlsx"));
    const bad = await cli("check", "bad.xlsx", "--lang", "en");
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain("ITA_Plan!D3");
    expect(bad.stdout).toContain("negative");
    const json = JSON.parse((await cli("check", "bad.xlsx", "--json")).stdout);
    expect(json.problems.find((p: { code: string }) => p.code === "plan.budget.negative")).toMatchObject({
      sheet: "ITA_Plan",
      cell: "D3",
    });
  });

  it("report adds the summary to a new file and never overwrites its input without --in-place", async () => {
    const file = await seeded();
    const before = readFileSync(join(dir, file));
    expect((await cli("report", file)).code).toBe(2);
    const same = await cli("report", file, "-o", file);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("--in-place");
    expect(readFileSync(join(dir, file)).equals(before)).toBe(true);
    expect((await cli("report", file, "-o", "out.xlsx")).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "out.xlsx"));
    const summary = wb.getWorksheet("สรุป")!;
    expect(summary.getCell("A1").value).toContain("ITA Workbook");
    // The unrounded helper values stay out of sight; the visible cells round them.
    expect(["P", "Q", "R", "S"].map((c) => summary.getColumn(c).hidden)).toEqual([true, true, true, true]);
    expect(summary.getColumn("J").hidden).toBe(false);
  });

  it("export --json gives every table with stable keys", async () => {
    const file = await seeded();
    const json = JSON.parse((await cli("export", file, "--json")).stdout);
    expect(json.tables.ITA_Plan).toHaveLength(16);
    expect(json.tables.ITA_Plan[0]).toMatchObject({ seq: "1", dimension: 1, budget: 0, q1: true, q2: false });
    expect(json.settings).toMatchObject({ organisation: "อบต.เสอเพลอ", passMark: 85 });
  });

  it("batch rolls several workbooks into one table, and reports an unreadable one", async () => {
    const a = await seeded("a.xlsx", "อบต.ก");
    const b = await seeded("b.xlsx", "อบต.ข");
    writeFileSync(join(dir, "broken.xlsx"), "not a workbook");
    const result = await cli("batch", a, b, "broken.xlsx", "-o", "roll.xlsx", "--json");
    expect(result.code).toBe(1);
    const rows = JSON.parse(result.stdout);
    expect(
      rows.map((r: { organisation: string; overall: number | null }) => [r.organisation, r.overall]),
    ).toEqual([
      ["อบต.ก", 84.14],
      ["อบต.ข", 84.14],
      ["", null],
    ]);
    expect(rows[2].failed).toContain("broken.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "roll.xlsx"));
    expect(wb.getWorksheet("ITA_Batch")!.getCell("B2").value).toBe("อบต.ก");
  });

  it("explains a file that is not a workbook, a missing file and bad options (exit 2)", async () => {
    writeFileSync(join(dir, "notes.txt"), "hello");
    const notXlsx = await cli("check", "notes.txt");
    expect(notXlsx.code).toBe(2);
    expect(notXlsx.stderr).toContain("notes.txt");
    expect((await cli("score", "nope.xlsx")).stderr).toContain("nope.xlsx");
    expect((await cli("init", "-o", "x.xlsx", "--year", "67")).stderr).toContain("--year");
    expect((await cli("frobnicate")).code).toBe(2);
    expect((await cli("--help")).stdout).toContain("ita-workbook init");
  });
});

describe("the built command", () => {
  it("runs as a program: init then score", () => {
    execFileSync(process.execPath, ["scripts/build-cli.mjs"], { cwd: join(__dirname, "../..") });
    const bin = join(__dirname, "../../build/cli/ita-workbook.cjs");
    expect(existsSync(bin)).toBe(true);
    const init = spawnSync(process.execPath, [bin, "init", "-o", join(dir, "w.xlsx"), "--lang", "en"], {
      encoding: "utf8",
    });
    expect(init.status).toBe(0);
    const score = spawnSync(process.execPath, [bin, "score", join(dir, "w.xlsx"), "--json"], {
      encoding: "utf8",
    });
    expect(score.status).toBe(0);
    expect(JSON.parse(score.stdout)).toMatchObject({ framework: "ita-2566", overall: null });
  });
});
