import ExcelJS from "exceljs";
import type { CellWrite, ColumnSpec } from "../../src/workbook/model";
import { applyPatch, readSnapshot, readWorkbook, toBuffer } from "../../src/workbook/xlsx";
import { recalculateBuffers } from "../support/libreoffice";
import { patch, tableOf, tableStep } from "./support/xlsx";

/**
 * LibreOffice as a second reader of what the adapter writes: it must open the file, keep the
 * table, the validations and the conditional formats, compute the formulas, and take text that
 * looks like a formula for text. It fails (never skips) without soffice, like the other
 * cross-engine tests.
 */

const COLUMNS: ColumnSpec[] = [
  { header: "โครงการ", wrap: true, numFmt: "@" },
  { header: "งบประมาณ (บาท)", numFmt: "#,##0.00", validation: { type: "decimal", min: 0 } },
  { header: "ไตรมาส 1", validation: { type: "list", values: ["TRUE", "FALSE"] } },
];
const TEXTS = ["=1+1", "+66 81", "@home", "-5 items", "\tTAB", "\rCR first", "_x0041_"];
const ROWS: CellWrite[][] = TEXTS.map((text, i) => [text, (i + 1) * 1000.5, i % 2 === 0]);

describe("LibreOffice reads what the adapter writes", () => {
  let read: Awaited<ReturnType<typeof readWorkbook>>;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    applyPatch(
      wb,
      patch([
        { kind: "ensureSheet", sheet: "ITA_Plan" },
        tableStep("ITA_Plan", "ITA_Plan", "A1", COLUMNS, ROWS),
        { kind: "sheetSetup", sheet: "ITA_Plan", freezeRows: 1, print: true },
        { kind: "ensureSheet", sheet: "สรุป" },
        {
          kind: "setCells",
          sheet: "สรุป",
          cells: [
            { address: "A1", value: "รวม", style: { bold: true, fill: "FFF2CC" } },
            { address: "B1", value: { formula: "=SUM(ITA_Plan!B2:B8)" }, style: { numFmt: "#,##0.00" } },
            { address: "B2", value: { formula: "COUNTIF(ITA_Plan!C2:C8,TRUE)" } },
            { address: "B3", value: "=B1*2" },
          ],
        },
        {
          kind: "conditionalFormats",
          sheet: "สรุป",
          formats: [
            {
              ref: "B1:B2",
              rules: [
                { type: "expression", formula: "B1<5", fill: "FFC7CE", color: "9C0006", bold: true },
                { type: "dataBar", min: 0, max: 50000, color: "638EC6" },
              ],
            },
          ],
        },
        { kind: "sheetSetup", sheet: "สรุป", protect: true },
      ]),
      readSnapshot(wb),
    );
    const converted = await recalculateBuffers([{ name: "adapter.xlsx", data: await toBuffer(wb) }]);
    read = await readWorkbook(converted.get("adapter.xlsx")!, "libreoffice.xlsx");
  }, 120_000);

  it("keeps the table and its text as text", () => {
    const table = tableOf(read.snapshot, "ITA_Plan");
    expect(table.headers).toEqual(COLUMNS.map((c) => c.header));
    expect(table.rows.map((r) => r[0])).toEqual(TEXTS);
    expect(table.rows.map((r) => r[1])).toEqual(ROWS.map((r) => r[1]));
  });

  it("computes the formulas and leaves formula-like text alone", () => {
    const summary = read.snapshot.looseCells["สรุป"]!;
    expect(summary["B1"]).toBeCloseTo(28014, 6);
    expect(summary["B2"]).toBe(4);
    expect(summary["B3"]).toBe("=B1*2");
  });

  it("keeps the validations of the body cells", () => {
    const ws = read.workbook.getWorksheet("ITA_Plan")!;
    expect(ws.getCell("B8").dataValidation).toMatchObject({
      type: "decimal",
      operator: "greaterThanOrEqual",
    });
    expect(ws.getCell("B8").dataValidation.formulae[0]).toBe(0);
    expect(ws.getCell("C2").dataValidation.type).toBe("list");
    expect(ws.getCell("C2").dataValidation.formulae[0]).toBe('"TRUE,FALSE"');
  });

  it("keeps both conditional format rules and the protection", () => {
    const ws = read.workbook.getWorksheet("สรุป")! as unknown as {
      conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
    };
    const rules = ws.conditionalFormattings.flatMap((cf) => cf.rules.map((r) => r.type));
    expect(rules.sort()).toEqual(["dataBar", "expression"]);
    expect(read.snapshot.sheets.find((s) => s.name === "สรุป")?.protected).toBe(true);
  });
});
