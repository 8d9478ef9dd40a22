/**
 * What the CLI refuses before it writes: workbooks holding parts ExcelJS would drop (a chart, a
 * pivot table, macros) without --force and never in place; its input under another name (a
 * symbolic or hard link) without --in-place; links that lead out of a folder given to batch; and
 * file names taken from what a workbook holds.
 */
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path, { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { toBuffer } from "../../src/workbook/xlsx";
import { buildWorkbook } from "../workbook/support/build";
import { runCli } from "./support";
import { seed001PlanRows, seed003Indicators, seed003Score } from "../fixtures/seeds";

jest.setTimeout(60_000);

const PARTS = path.resolve(__dirname, "../fixtures/parts");
const SEED_TEXT = path.resolve(__dirname, "../fixtures/seeds/001_335952938b5b61de.txt");

let top: string;
let dir: string;
beforeEach(() => {
  top = mkdtempSync(join(tmpdir(), "ita-safety-"));
  dir = join(top, "work");
  mkdirSync(dir);
});
afterEach(() => rmSync(top, { recursive: true, force: true }));

const cli = (...argv: string[]) => runCli(dir, argv);

function fixture(name: string): { name: string; bytes: Buffer } {
  copyFileSync(join(PARTS, name), join(dir, name));
  return { name, bytes: readFileSync(join(dir, name)) };
}

const unchanged = (f: { name: string; bytes: Buffer }) => readFileSync(join(dir, f.name)).equals(f.bytes);

async function seeded(name: string, organisation = "อบต.เสอเพลอ") {
  const { workbook } = buildWorkbook({
    organisation,
    question: seed003Score,
    indicators: seed003Indicators(),
    plan: seed001PlanRows(),
  });
  writeFileSync(join(dir, name), await toBuffer(workbook));
  return name;
}

describe("workbooks with parts ExcelJS would drop", () => {
  it("report refuses without --force, naming each part in Thai and English, and writes nothing", async () => {
    const chart = fixture("chart.xlsx");
    const refused = await cli("report", chart.name, "-o", "out.xlsx");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("xl/charts/chart1.xml: แผนภูมิ (a chart)");
    expect(refused.stderr).toContain("--force");
    expect(existsSync(join(dir, "out.xlsx"))).toBe(false);
    expect(unchanged(chart)).toBe(true);
    const english = await cli("report", "pivot.xlsx", "-o", "out.xlsx", "--lang", "en");
    expect(english.code).toBe(2); // pivot.xlsx is not there yet: an unreadable input
    fixture("pivot.xlsx");
    const pivot = await cli("report", "pivot.xlsx", "-o", "out.xlsx", "--lang", "en");
    expect(pivot.code).toBe(2);
    expect(pivot.stderr).toContain("holds parts that the file written would lose");
    expect(pivot.stderr).toContain("xl/pivotTables/pivotTable1.xml: ตาราง Pivot (a pivot table)");
  });

  it("report --force writes a new file without them and leaves the original whole", async () => {
    const chart = fixture("chart.xlsx");
    const forced = await cli("report", chart.name, "-o", "out.xlsx", "--force");
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain("xl/charts/chart1.xml");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "out.xlsx"));
    expect(wb.getWorksheet("สรุป")).toBeDefined();
    expect(wb.getWorksheet("งบ")!.getCell("B3").value).toBe(4000);
    const written = await JSZip.loadAsync(readFileSync(join(dir, "out.xlsx")));
    expect(written.file("xl/charts/chart1.xml")).toBeNull();
    expect(unchanged(chart)).toBe(true);
    const original = await JSZip.loadAsync(readFileSync(join(dir, chart.name)));
    expect(original.file("xl/charts/chart1.xml")).not.toBeNull();
  });

  it("never writes such a file in place, not even with --in-place --force", async () => {
    const chart = fixture("chart.xlsx");
    const inPlace = await cli("report", chart.name, "-o", chart.name, "--in-place", "--force");
    expect(inPlace.code).toBe(2);
    expect(inPlace.stderr).toContain("แม้ใช้ --force");
    expect(unchanged(chart)).toBe(true);
    const macro = fixture("macro.xlsm");
    const init = await cli("init", "-o", macro.name, "--in-place", "--force");
    expect(init.code).toBe(2);
    expect(init.stderr).toContain("xl/vbaProject.bin: มาโคร VBA (VBA macros)");
    expect(unchanged(macro)).toBe(true);
  });

  it("import into such a workbook refuses, with or without --force", async () => {
    const pivot = fixture("pivot.xlsx");
    for (const extra of [[], ["--force"]]) {
      const result = await cli("import", SEED_TEXT, "-o", pivot.name, ...extra);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("xl/pivotCache/pivotCacheDefinition1.xml");
    }
    expect(unchanged(pivot)).toBe(true);
  });

  it("batch reads such workbooks (it writes nothing into them) but never replaces one as its output", async () => {
    const chart = fixture("chart.xlsx");
    const read = await cli("batch", chart.name, "--json");
    expect(read.code).toBe(0);
    expect(JSON.parse(read.stdout)[0].organisation).toBe("อบต.ทดสอบ");
    await seeded("a.xlsx");
    const over = await cli("batch", "a.xlsx", "-o", chart.name, "--force");
    expect(over.code).toBe(2);
    expect(unchanged(chart)).toBe(true);
  });
});

describe("an existing -o file that a command would replace as a whole", () => {
  it("is replaced when it is a plain workbook, never when it holds lost parts or is not a workbook", async () => {
    const file = await seeded("a.xlsx");
    expect((await cli("report", file, "-o", "out.xlsx")).code).toBe(0);
    expect((await cli("report", file, "-o", "out.xlsx")).code).toBe(0);
    const chart = fixture("chart.xlsx");
    for (const argv of [
      ["report", file, "-o", chart.name, "--force"],
      ["batch", file, "-o", chart.name, "--force"],
    ]) {
      const result = await cli(...argv);
      expect([argv.join(" "), result.code]).toEqual([argv.join(" "), 2]);
      expect(result.stderr).toContain("xl/charts/chart1.xml");
    }
    expect(unchanged(chart)).toBe(true);
    writeFileSync(join(dir, "notes.xlsx"), "บันทึกที่ไม่ใช่สมุดงาน");
    for (const command of ["report", "batch"]) {
      const result = await cli(command, file, "-o", "notes.xlsx", "--lang", "en");
      expect([command, result.code]).toEqual([command, 2]);
      expect(result.stderr).toContain("notes.xlsx exists and is not a readable .xlsx workbook");
    }
    expect(readFileSync(join(dir, "notes.xlsx"), "utf8")).toBe("บันทึกที่ไม่ใช่สมุดงาน");
  });
});

describe("a workbook saved by LibreOffice", () => {
  it("report writes it (no theme, unstyled tables) without --force: nothing in it would be lost", async () => {
    const saved = fixture("libreoffice.xlsx");
    const result = await cli("report", saved.name, "-o", "out.xlsx");
    expect([result.code, result.stderr]).toEqual([0, ""]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "out.xlsx"));
    expect(wb.getWorksheet("สรุป")).toBeDefined();
    expect(unchanged(saved)).toBe(true);
  });
});

describe("paths", () => {
  it("an output that is the input through a symbolic or a hard link is the input", async () => {
    const file = await seeded("a.xlsx");
    const before = readFileSync(join(dir, file));
    symlinkSync(join(dir, file), join(dir, "alias.xlsx"));
    linkSync(join(dir, file), join(dir, "hard.xlsx"));
    for (const other of ["alias.xlsx", "hard.xlsx", `../work/${file}`]) {
      const report = await cli("report", file, "-o", other);
      expect([other, report.code]).toEqual([other, 2]);
      expect(report.stderr).toContain("--in-place");
    }
    expect((await cli("batch", file, "-o", "hard.xlsx")).code).toBe(2);
    expect((await cli("import", SEED_TEXT, "-o", "x.xlsx")).code).toBe(0);
    symlinkSync(SEED_TEXT, join(dir, "seed.txt"));
    expect((await cli("import", "seed.txt", "-o", SEED_TEXT)).code).toBe(2);
    expect(readFileSync(join(dir, file)).equals(before)).toBe(true);
  });

  it("batch over a folder reads the workbooks in it, skipping links that leave it and Excel's lock files", async () => {
    const folder = join(dir, "province");
    mkdirSync(folder);
    await seeded("province/a.xlsx", "อบต.ก");
    await seeded("province/b.xlsx", "อบต.ข");
    await seeded("outside.xlsx", "อบต.นอก");
    symlinkSync(join(dir, "outside.xlsx"), join(folder, "c-outside.xlsx"));
    symlinkSync(join(folder, "a.xlsx"), join(folder, "d-inside.xlsx"));
    writeFileSync(join(folder, "~$a.xlsx"), "lock");
    writeFileSync(join(folder, "notes.txt"), "not a workbook");
    const { code, stdout, stderr } = await cli("batch", "province", "--json");
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as { file: string; organisation: string }[];
    expect(rows.map((r) => `${r.file} ${r.organisation}`)).toEqual([
      "a.xlsx อบต.ก",
      "b.xlsx อบต.ข",
      "d-inside.xlsx อบต.ก",
    ]);
    expect(stderr).toContain("c-outside.xlsx");
  });

  it("never makes a path from what a workbook holds: text like ../../x in cells or names writes only -o", async () => {
    const evil = "../../pwned.xlsx";
    await seeded("a.xlsx", evil);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "a.xlsx"));
    wb.addWorksheet("..%2F..%2Fsheet").getCell("A1").value = "/tmp/ita-pwned.xlsx";
    await wb.xlsx.writeFile(join(dir, "a.xlsx"));
    const before = readdirSync(top).sort();
    expect((await cli("batch", "a.xlsx", "-o", "roll.xlsx")).code).toBe(0);
    expect((await cli("report", "a.xlsx", "-o", "out.xlsx")).code).toBe(0);
    expect((await cli("import", "a.xlsx", "-o", "imported.xlsx")).code).toBeLessThan(2);
    expect(readdirSync(top).sort()).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(["a.xlsx", "imported.xlsx", "out.xlsx", "roll.xlsx"]);
    expect(existsSync("/tmp/ita-pwned.xlsx")).toBe(false);
  });
});
