/**
 * Text that a spreadsheet would run if it were typed (formulas, DDE, hyperlinks, markup) comes in
 * through the CLI from a text export, from the sheets of an .xlsx, and from a workbook's settings
 * into a roll-up; each lands as the same text, never as a formula: no <f> element in the sheet's
 * XML, a string value in ExcelJS.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { toBuffer } from "../../src/workbook/xlsx";
import { buildWorkbook } from "../workbook/support/build";
import { runCli } from "./support";
import { CELL_ONLY, expectSafe, PAYLOADS } from "../fixtures/payloads";
import { seed001PlanRows } from "../fixtures/seeds";

jest.setTimeout(60_000);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ita-injection-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...argv: string[]) => runCli(dir, argv);

/** Every formula element of every worksheet part: none may come from the payloads. */
async function formulasIn(file: string, sheetName: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(join(dir, file)));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, file));
  const index = wb.worksheets.findIndex((ws) => ws.name === sheetName);
  const xml = await zip.file(`xl/worksheets/sheet${index + 1}.xml`)!.async("string");
  return [...xml.matchAll(/<f[\s>][^<]*/g)].map((m) => m[0]);
}

async function column(file: string, sheet: string, col: string): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, file));
  const ws = wb.getWorksheet(sheet)!;
  const values: unknown[] = [];
  ws.getColumn(col).eachCell((cell, row) => {
    if (row > 1) values.push(cell.formula ? { formula: cell.formula } : cell.value);
  });
  return values;
}

describe("formula-like text stays text through the CLI", () => {
  it(`import of a text export: ${PAYLOADS.length} payloads as project names`, async () => {
    const text = [
      "ลำดับ\tรายการโครงการ\tมิติ\tงบประมาณ (บาท)",
      ...PAYLOADS.map((p, i) => `${i + 1}\t${p}\t1\t100.00`),
    ].join("\n");
    writeFileSync(join(dir, "plan.txt"), text);
    const result = await cli("import", "plan.txt", "-o", "ita.xlsx", "--year", "2567");
    expect(result.code).toBeLessThan(2);
    const names = await column("ita.xlsx", "ITA_Plan", "B");
    expect(names).toHaveLength(PAYLOADS.length);
    names.forEach((name, i) => expectSafe(name, PAYLOADS[i]!));
    expect(await formulasIn("ita.xlsx", "ITA_Plan")).toEqual([]);
  });

  it(`import of an .xlsx someone pasted tables into: ${PAYLOADS.length + CELL_ONLY.length} payloads, tabs and line breaks too`, async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("วาง");
    ws.addRow(["ลำดับ", "รายการโครงการ", "มิติ", "งบประมาณ (บาท)"]);
    const all = [...PAYLOADS, ...CELL_ONLY];
    all.forEach((p, i) => ws.addRow([i + 1, p, 1, 100]));
    await wb.xlsx.writeFile(join(dir, "pasted.xlsx"));
    const result = await cli("import", "pasted.xlsx", "-o", "ita.xlsx", "--year", "2567");
    expect(result.code).toBeLessThan(2);
    const names = await column("ita.xlsx", "ITA_Plan", "B");
    expect(names).toHaveLength(all.length);
    names.forEach((name, i) => expectSafe(name, all[i]!));
    expect(await formulasIn("ita.xlsx", "ITA_Plan")).toEqual([]);
  });

  it("batch copies an organisation's name into the roll-up as text", async () => {
    const chosen = ["=cmd|' /C calc'!A0", "\t=1+1", '=HYPERLINK("http://evil.example","x")', "@SUM(1,1)"];
    const files: string[] = [];
    for (const [i, organisation] of chosen.entries()) {
      const { workbook } = buildWorkbook({ organisation, plan: seed001PlanRows() });
      writeFileSync(join(dir, `o${i}.xlsx`), await toBuffer(workbook));
      files.push(`o${i}.xlsx`);
    }
    expect((await cli("batch", ...files, "-o", "roll.xlsx")).code).toBe(0);
    const names = await column("roll.xlsx", "ITA_Batch", "B");
    expect(names).toHaveLength(chosen.length);
    names.forEach((name, i) => expectSafe(name, chosen[i]!));
    expect(await formulasIn("roll.xlsx", "ITA_Batch")).toEqual([]);
  });
});
