import ExcelJS from "exceljs";
import { THAI_FONT, type ColumnSpec, type ConditionalFormat } from "../../src/workbook/model";
import { applyPatch, readSnapshot, readWorkbook, toBuffer } from "../../src/workbook/xlsx";
import { cellMap, packageParts, patch, tableStep } from "./support/xlsx";

const COLUMNS: ColumnSpec[] = [
  { header: "โครงการ", width: 40, wrap: true, numFmt: "@" },
  { header: "มิติ", width: 7, numFmt: "0", validation: { type: "whole", min: 1, max: 4, allowBlank: true } },
  { header: "งบประมาณ (บาท)", width: 16, numFmt: "#,##0.00", validation: { type: "decimal", min: 0 } },
  { header: "คะแนน", numFmt: "0.00", validation: { type: "decimal", min: 0, max: 100, allowBlank: false } },
  { header: "สถานะ", validation: { type: "list", values: ["ยังไม่ได้ดำเนินการ", "ดำเนินการแล้ว"] } },
];
const ROWS = [
  ["ก", 1, 1000, 50, "ดำเนินการแล้ว"],
  ["ข", 2, 2000.5, 75.25, "ยังไม่ได้ดำเนินการ"],
];

const FORMATS: ConditionalFormat[] = [
  {
    ref: "B2:B20",
    rules: [
      { type: "expression", formula: "=B2<50", fill: "FFC7CE", color: "9C0006", bold: true },
      { type: "dataBar", min: 0, max: 100, color: "638EC6" },
    ],
  },
];

async function formatted() {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("ITA_Plan").getCell("B7").value = "user note below";
  applyPatch(
    wb,
    patch([
      { kind: "ensureSheet", sheet: "ITA_Plan", tabColor: "4472C4" },
      tableStep("ITA_Plan", "ITA_Plan", "A1", COLUMNS, ROWS),
      { kind: "sheetSetup", sheet: "ITA_Plan", freezeRows: 1, print: true },
      { kind: "ensureSheet", sheet: "สรุป", tabColor: "#70AD47" },
      {
        kind: "setCells",
        sheet: "สรุป",
        cells: [
          {
            address: "A1",
            value: "หัวข้อ",
            style: { bold: true, size: 18, fill: "FFF2CC", color: "C00000", align: "center", wrap: true },
          },
          { address: "B2", value: 0.8414, style: { numFmt: "0.00%" } },
          { address: "C3", value: "plain" },
        ],
      },
      { kind: "setColumnWidths", sheet: "สรุป", widths: { A: 36, c: 12 } },
      {
        kind: "conditionalFormats",
        sheet: "สรุป",
        formats: [{ ref: "A1:A3", rules: [{ type: "dataBar", min: 0, max: 1, color: "FF0000" }] }],
      },
      { kind: "conditionalFormats", sheet: "สรุป", formats: FORMATS },
      { kind: "sheetSetup", sheet: "สรุป", protect: true },
      { kind: "ensureSheet", sheet: "_ita_backup_x", visibility: "hidden" },
    ]),
    readSnapshot(wb),
  );
  const bytes = await toBuffer(wb);
  return { bytes, ...(await readWorkbook(bytes, "formatted.xlsx")) };
}

describe("formats written with a table", () => {
  let read: Awaited<ReturnType<typeof formatted>>;
  let plan: ExcelJS.Worksheet;
  beforeAll(async () => {
    read = await formatted();
    plan = read.workbook.getWorksheet("ITA_Plan")!;
  });

  it("sets the Thai font at size 14 on every table cell, bold in the header only", () => {
    for (let r = 1; r <= 3; r++) {
      for (let c = 1; c <= 5; c++) {
        const font = plan.getCell(r, c).font;
        expect(font).toMatchObject({ name: THAI_FONT, size: 14 });
        expect(font.bold === true).toBe(r === 1);
      }
    }
  });

  it("gives body cells their column's number format and wrap, and columns their width", () => {
    expect([1, 2, 3, 4].map((c) => plan.getCell(2, c).numFmt)).toEqual(["@", "0", "#,##0.00", "0.00"]);
    expect(plan.getCell(3, 1).alignment?.wrapText).toBe(true);
    expect(plan.getCell(3, 3).alignment?.wrapText ?? false).toBe(false);
    expect([1, 2, 3].map((c) => plan.getColumn(c).width)).toEqual([40, 7, 16]);
  });

  it("validates each body cell, not the header and not the user's cells below", () => {
    expect(plan.getCell("B2").dataValidation).toMatchObject({
      type: "whole",
      operator: "between",
      formulae: [1, 4],
      allowBlank: true,
    });
    expect(plan.getCell("C3").dataValidation).toMatchObject({
      type: "decimal",
      operator: "greaterThanOrEqual",
      formulae: [0],
    });
    expect(plan.getCell("D2").dataValidation).toMatchObject({
      type: "decimal",
      operator: "between",
      formulae: [0, 100],
    });
    expect(plan.getCell("D2").dataValidation.allowBlank ?? false).toBe(false);
    expect(plan.getCell("E3").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"ยังไม่ได้ดำเนินการ,ดำเนินการแล้ว"'],
    });
    expect(plan.getCell("B1").dataValidation).toBeUndefined();
    expect(plan.getCell("B4").dataValidation).toBeUndefined();
    expect(plan.getCell("A2").dataValidation).toBeUndefined();
  });

  it("explains a refused entry in Thai and English", () => {
    const v = plan.getCell("C2").dataValidation;
    expect(v.showErrorMessage).toBe(true);
    expect(v.error).toBe("ใส่ตัวเลขตั้งแต่ 0 ขึ้นไป / Enter a number of at least 0");
    expect(plan.getCell("B2").dataValidation.error).toContain("Enter a whole number from 1 to 4");
    expect(plan.getCell("E2").dataValidation.error).toContain(
      "Choose from the list: ยังไม่ได้ดำเนินการ, ดำเนินการแล้ว",
    );
    expect(v.errorTitle!.length).toBeLessThanOrEqual(32);
  });

  it("freezes the header row and sets up A4 landscape printing one page wide", () => {
    expect(plan.views[0]).toMatchObject({ state: "frozen", ySplit: 1, topLeftCell: "A2" });
    expect(plan.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(plan.properties.tabColor).toEqual({ argb: "FF4472C4" });
  });
});

describe("the package as written", () => {
  let parts: Map<string, string>;
  beforeAll(async () => {
    parts = await packageParts((await formatted()).bytes);
  });

  it("writes the table style, stripes and filter buttons", () => {
    const table = [...parts].find(
      ([path, xml]) => path.startsWith("xl/tables/") && xml.includes('name="ITA_Plan"'),
    )![1];
    expect(table).toMatch(/<tableStyleInfo name="TableStyleMedium2"[^>]*showRowStripes="1"/);
    expect(table).not.toContain('hiddenButton="1"');
    expect(table).toContain('ref="A1:E3"');
  });

  it("protects the summary without a password, allowing selection, column formats, sorting and filters", () => {
    const sheet = [...parts].find(
      ([path, xml]) => path.startsWith("xl/worksheets/sheet") && xml.includes("<sheetProtection"),
    )![1];
    const protection = /<sheetProtection[^>]*\/>/.exec(sheet)![0];
    expect(protection).toContain('sheet="1"');
    expect(protection).not.toMatch(/hashValue|password/);
    expect(protection).not.toMatch(/selectLockedCells="1"|selectUnlockedCells="1"/);
    expect(protection).toMatch(/formatColumns="0"/);
    expect(protection).toMatch(/sort="0"/);
    expect(protection).toMatch(/autoFilter="0"/);
  });

  it("writes data bars both as the 2007 rule and the x14 extension", () => {
    const sheet = [...parts].find(
      ([path, xml]) => path.startsWith("xl/worksheets/sheet") && xml.includes("<conditionalFormatting"),
    )![1];
    expect(sheet).toMatch(
      /<cfRule type="dataBar" priority="2"><dataBar><cfvo type="num" val="0"\/><cfvo type="num" val="100"\/><color rgb="FF638EC6"\/>/,
    );
    expect(sheet).toMatch(/<x14:cfRule type="dataBar"/);
    expect(sheet).toMatch(/<cfRule type="expression" dxfId="\d+" priority="1"><formula>B2&lt;50<\/formula>/);
  });
});

describe("sheet steps", () => {
  it("replaces the sheet's conditional formats instead of adding to them", async () => {
    const { workbook } = await formatted();
    const cfs = (
      workbook.getWorksheet("สรุป") as unknown as {
        conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
      }
    ).conditionalFormattings;
    expect(cfs.map((cf) => cf.ref)).toEqual(["B2:B20"]);
    expect(cfs[0]!.rules.map((r) => r.type)).toEqual(["expression", "dataBar"]);
    const expression = cfs[0]!.rules[0] as ExcelJS.ExpressionRuleType;
    expect(expression.formulae).toEqual(["B2<50"]);
    expect(expression.style).toMatchObject({
      fill: { bgColor: { argb: "FFFFC7CE" } },
      font: { bold: true, color: { argb: "FF9C0006" } },
    });
  });

  it("styles single cells: font, size, fill, colour, alignment, number format", async () => {
    const { workbook } = await formatted();
    const ws = workbook.getWorksheet("สรุป")!;
    const a1 = ws.getCell("A1");
    expect(a1.font).toMatchObject({ name: THAI_FONT, size: 18, bold: true, color: { argb: "FFC00000" } });
    expect(a1.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } });
    expect(a1.alignment).toMatchObject({ horizontal: "center", wrapText: true });
    expect(ws.getCell("B2").numFmt).toBe("0.00%");
    expect(ws.getCell("C3").font).toMatchObject({ name: THAI_FONT, size: 14 });
    expect([ws.getColumn("A").width, ws.getColumn("C").width]).toEqual([36, 12]);
    expect(ws.properties.tabColor).toEqual({ argb: "FF70AD47" });
  });

  it("creates sheets with the visibility asked for", async () => {
    const { snapshot } = await formatted();
    expect(snapshot.sheets.map((s) => [s.name, s.visibility, s.protected])).toEqual([
      ["ITA_Plan", "visible", false],
      ["สรุป", "visible", true],
      ["_ita_backup_x", "hidden", false],
    ]);
  });

  it("clears a sheet it owns: values, styles, merges and conditional formats", async () => {
    const { workbook, snapshot } = await formatted();
    const ws = workbook.getWorksheet("สรุป")!;
    ws.mergeCells("D5:E6");
    ws.getCell("D5").value = "merged";
    applyPatch(workbook, patch([{ kind: "clearSheet", sheet: "สรุป" }]), snapshot);
    const read = await readWorkbook(await toBuffer(workbook), "cleared.xlsx");
    const cleared = read.workbook.getWorksheet("สรุป")!;
    expect([...cellMap(read.workbook).keys()].filter((k) => k.startsWith("สรุป!"))).toEqual([]);
    expect(cleared.hasMerges).toBe(false);
    expect((cleared as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings).toEqual([]);
    expect(cleared.getCell("A1").font).toBeUndefined();
    expect(read.snapshot.sheets.find((s) => s.name === "สรุป")?.usedRange).toBeUndefined();
    expect(read.snapshot.looseCells["ITA_Plan"]).toEqual({ B7: "user note below" });
  });
});
