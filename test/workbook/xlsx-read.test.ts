import ExcelJS from "exceljs";
import JSZip from "jszip";
import { fingerprint } from "../../src/workbook/fingerprint";
import { tableDef } from "../../src/workbook/schema";
import { readSnapshot, readWorkbook, toBuffer } from "../../src/workbook/xlsx";
import { readCell } from "../../src/workbook/xlsx/cells";
import { bytesOf, tableOf } from "./support/xlsx";

const PLAN_TH = tableDef("ITA_Plan").columns.map((c) => c.th);

describe("finding tables", () => {
  it("finds a hand-built table by its Thai plan headers, and skips unrelated tables", async () => {
    const bytes = await bytesOf((wb) => {
      const ws = wb.addWorksheet("แผน");
      ws.addTable({
        name: "Table1",
        ref: "B2",
        columns: PLAN_TH.map((name) => ({ name })),
        rows: [["1", "โครงการ ก", 1, 5000, true, false, false, false, "กองช่าง", 0, "ยังไม่ได้ดำเนินการ", ""]],
      });
      ws.addTable({
        name: "Table2",
        ref: "B10",
        columns: [{ name: "ชื่อ" }, { name: "เบอร์" }],
        rows: [["x", "1"]],
      });
      wb.addWorksheet("Other").addTable({
        name: "ita_lowercase",
        ref: "A1",
        columns: [{ name: "a" }],
        rows: [["v"]],
      });
    });
    const { snapshot } = await readWorkbook(bytes, "hand.xlsx");
    expect(snapshot.tables.map((t) => t.name)).toEqual(["Table1", "ita_lowercase"]);
    const table = tableOf(snapshot, "Table1");
    expect(table).toMatchObject({ sheet: "แผน", address: "B2:M3", headers: PLAN_TH });
    expect(table.rows).toEqual([
      ["1", "โครงการ ก", 1, 5000, true, false, false, false, "กองช่าง", 0, "ยังไม่ได้ดำเนินการ", null],
    ]);
    expect(table.fingerprint).toBe(fingerprint("B2:M3", table.headers, table.rows));
  });

  it("reads tables Excel wrote, whose header row flag is left implicit", async () => {
    const written = await bytesOf((wb) => {
      wb.addWorksheet("ITA_Plan").addTable({
        name: "ITA_Plan",
        ref: "A1",
        columns: [{ name: "a" }, { name: "b" }],
        rows: [["x", 1]],
      });
    });
    // Excel omits headerRowCount="1" (the default); ExcelJS alone would read that as "no header row".
    const zip = await JSZip.loadAsync(written);
    const xml = await zip.file("xl/tables/table1.xml")!.async("string");
    expect(xml).toContain('headerRowCount="1"');
    zip.file("xl/tables/table1.xml", xml.replace(' headerRowCount="1"', ""));
    const asExcel = await zip.generateAsync({ type: "uint8array" });
    const { workbook, snapshot } = await readWorkbook(asExcel, "excel.xlsx");
    expect(tableOf(snapshot, "ITA_Plan")).toMatchObject({ headers: ["a", "b"], rows: [["x", 1]] });
    const again = await JSZip.loadAsync(await toBuffer(workbook));
    expect(await again.file("xl/tables/table1.xml")!.async("string")).toContain('headerRowCount="1"');
  });

  it("leaves a totals row out of the body", async () => {
    const bytes = await bytesOf((wb) => {
      wb.addWorksheet("ITA_T").addTable({
        name: "ITA_T",
        ref: "A1",
        totalsRow: true,
        columns: [
          { name: "item", totalsRowLabel: "รวม" },
          { name: "baht", totalsRowFunction: "sum" },
        ],
        rows: [
          ["a", 1],
          ["b", 2],
        ],
      });
    });
    const table = tableOf((await readWorkbook(bytes, "t.xlsx")).snapshot, "ITA_T");
    expect(table.address).toBe("A1:B4");
    expect(table.rows).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
  });
});

describe("cell values", () => {
  let snapshot: Awaited<ReturnType<typeof readWorkbook>>["snapshot"];
  let shared: ReturnType<typeof readCell>;

  beforeAll(async () => {
    const bytes = await bytesOf((wb) => {
      const ws = wb.addWorksheet("ITA_Cells");
      ws.addTable({
        name: "ITA_Cells",
        ref: "A1",
        columns: ["kind", "value"].map((name) => ({ name })),
        rows: [
          ["date", new Date(Date.UTC(2024, 0, 15))],
          ["datetime", new Date(Date.UTC(2024, 0, 15, 18, 0))],
          // Stored serials around Excel's invented 1900-02-29 (60), shown as dates.
          ["serial 1", 1],
          ["serial 60", 60],
          ["serial 61", 61],
          ["error", { error: "#REF!" }],
          ["formula", { formula: "SUM(1,2)", result: 3 }],
          ["formula error", { formula: "1/0", result: { error: "#DIV/0!" } }],
          ["formula text", { formula: 'CONCAT("a","b")', result: "ab" }],
          ["formula bool", { formula: "1=1", result: true }],
          ["no result", { formula: "NOW()" }],
          ["rich", { richText: [{ text: "ตัว" }, { font: { bold: true }, text: "หนา" }] }],
          ["link", { text: "เว็บไซต์", hyperlink: "https://example.go.th" }],
          ["empty text", ""],
          ["number", 12.5],
        ],
      });
      ws.getCell("B3").numFmt = "yyyy-mm-dd hh:mm";
      ws.getCell("B2").numFmt = "d/m/yyyy";
      for (const address of ["B4", "B5", "B6"]) ws.getCell(address).numFmt = "d/m/yyyy";
      ws.getCell("D1").value = 1;
      ws.fillFormula("D2:D3", "D1*2", [2, 4]); // a shared formula: D3 holds only a reference to D2
      ws.mergeCells("F1:G2");
      ws.getCell("F1").value = "merged";
      ws.getCell("H1").numFmt = "0.00"; // styled but empty
    });
    const read = await readWorkbook(bytes, "cells.xlsx");
    snapshot = read.snapshot;
    shared = readCell(read.workbook.getWorksheet("ITA_Cells")!.getCell("D3"));
  });

  const valueOf = (kind: string) => {
    const table = tableOf(snapshot, "ITA_Cells");
    const index = table.rows.findIndex((r) => r[0] === kind);
    return { value: table.rows[index]![1], formula: table.formulas?.[index]?.[1] ?? null };
  };

  it("reads dates as Excel serials in the 1900 system, time of day as the fraction", () => {
    expect(valueOf("date")).toEqual({ value: 45306, formula: null });
    expect(valueOf("datetime").value).toBeCloseTo(45306.75, 10);
    expect([valueOf("serial 1").value, valueOf("serial 60").value, valueOf("serial 61").value]).toEqual([
      1, 60, 61,
    ]);
  });

  it("reads error cells as { error }", () => {
    expect(valueOf("error")).toEqual({ value: { error: "#REF!" }, formula: null });
  });

  it("reads formula cells as their cached result and their formula text", () => {
    expect(valueOf("formula")).toEqual({ value: 3, formula: "=SUM(1,2)" });
    expect(valueOf("formula error")).toEqual({ value: { error: "#DIV/0!" }, formula: "=1/0" });
    expect(valueOf("formula text")).toEqual({ value: "ab", formula: '=CONCAT("a","b")' });
    expect(valueOf("formula bool")).toEqual({ value: true, formula: "=1=1" });
    expect(valueOf("no result")).toEqual({ value: null, formula: "=NOW()" });
  });

  it("reads rich text and hyperlinks as their plain text, an empty string as empty", () => {
    expect(valueOf("rich").value).toBe("ตัวหนา");
    expect(valueOf("link").value).toBe("เว็บไซต์");
    expect(valueOf("empty text").value).toBeNull();
    expect(valueOf("number").value).toBe(12.5);
  });

  it("reads loose cells outside tables: shared formulas translated, merged areas once", () => {
    expect(snapshot.looseCells["ITA_Cells"]).toEqual({ D1: 1, D2: 2, D3: 4, F1: "merged" });
    expect(shared).toEqual({ value: 4, formula: "=D2*2" });
  });

  it("reports the used range of cells with values, not of styled empty cells", () => {
    expect(snapshot.sheets[0]!.usedRange).toBe("A1:F16");
  });
});

describe("sheets", () => {
  it("reads visibility, protection and emptiness; loose cells only on managed sheets, not backups", async () => {
    const bytes = await bytesOf((wb) => {
      wb.addWorksheet("ITA_Visible").getCell("B2").value = "x";
      wb.addWorksheet("_ita_backup_1", { state: "hidden" }).getCell("A1").value = 1;
      wb.addWorksheet("Secret", { state: "veryHidden" }).getCell("A1").value = "not managed";
      wb.addWorksheet("สรุป").getCell("C3").value = { formula: "1+1", result: 2 };
      const locked = wb.addWorksheet("Locked");
      void locked.protect("", {});
      wb.addWorksheet("Empty");
    });
    const { snapshot } = await readWorkbook(bytes, "sheets.xlsx");
    expect(snapshot.sheets).toEqual([
      { name: "ITA_Visible", visibility: "visible", protected: false, usedRange: "B2:B2" },
      { name: "_ita_backup_1", visibility: "hidden", protected: false, usedRange: "A1:A1" },
      { name: "Secret", visibility: "veryHidden", protected: false, usedRange: "A1:A1" },
      { name: "สรุป", visibility: "visible", protected: false, usedRange: "C3:C3" },
      { name: "Locked", visibility: "visible", protected: true },
      { name: "Empty", visibility: "visible", protected: false },
    ]);
    expect(snapshot.looseCells).toEqual({
      ITA_Visible: { B2: "x" },
      สรุป: { C3: 2 },
    });
  });

  it('reads LibreOffice\'s sheet="true" protection as protected, and writes it back protected', async () => {
    const zip = await JSZip.loadAsync(
      await bytesOf((wb) => void wb.addWorksheet("ITA_Locked").protect("", {})),
    );
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).toContain('<sheetProtection sheet="1"');
    zip.file(
      "xl/worksheets/sheet1.xml",
      xml.replace('<sheetProtection sheet="1"', '<sheetProtection sheet="true"'),
    );
    const { workbook, snapshot } = await readWorkbook(
      await zip.generateAsync({ type: "uint8array" }),
      "lo.xlsx",
    );
    expect(snapshot.sheets[0]!.protected).toBe(true);
    expect((await readWorkbook(await toBuffer(workbook), "again.xlsx")).snapshot.sheets[0]!.protected).toBe(
      true,
    );
  });

  it("adds no cell to the workbook when reading a table with blank cells", () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("ITA_Sparse");
    ws.addTable({
      name: "ITA_Sparse",
      ref: "A1",
      columns: [{ name: "a" }, { name: "b" }],
      rows: [
        [null, null],
        [null, 1],
      ],
    });
    const rowsBefore = ws.rowCount;
    const table = tableOf(readSnapshot(wb), "ITA_Sparse");
    expect(table.rows).toEqual([
      [null, null],
      [null, 1],
    ]);
    expect(ws.rowCount).toBe(rowsBefore);
  });
});

describe("what writing would lose", () => {
  it("lists charts, pivot tables and macros found in the package", async () => {
    const zip = await JSZip.loadAsync(await bytesOf((wb) => wb.addWorksheet("A")));
    zip.file("xl/charts/chart1.xml", "<c:chartSpace/>");
    zip.file("xl/pivotTables/pivotTable1.xml", "<pivotTableDefinition/>");
    zip.file("xl/vbaProject.bin", "binary");
    zip.file(
      "xl/drawings/drawing1.xml",
      "<xdr:wsDr><xdr:twoCellAnchor><xdr:sp/></xdr:twoCellAnchor></xdr:wsDr>",
    );
    const { unsupportedParts } = await readWorkbook(
      await zip.generateAsync({ type: "uint8array" }),
      "rich.xlsx",
    );
    expect(unsupportedParts).toEqual([
      "charts (xl/charts/)",
      "pivot tables (xl/pivotTables/)",
      "macros (VBA) (xl/vbaProject.bin)",
      "shapes, text boxes or charts in drawings (xl/drawings/)",
    ]);
  });

  it("lists nothing for a plain workbook", async () => {
    const { unsupportedParts } = await readWorkbook(
      await bytesOf((wb) => wb.addWorksheet("A")),
      "plain.xlsx",
    );
    expect(unsupportedParts).toEqual([]);
  });
});
