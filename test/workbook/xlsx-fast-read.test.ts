import fc from "fast-check";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import JSZip from "jszip";
import { buildWorkbook as generated } from "../../bench/generate";
import type { TableSnapshot } from "../../src/workbook/model";
import { readWorkbookModel } from "../../src/workbook/ops/read-model";
import { buildSample } from "../../src/workbook/ops/sample";
import { tableDef } from "../../src/workbook/schema";
import { readWorkbook, toBuffer, XlsxSession } from "../../src/workbook/xlsx";
import { readTablesFast, readWorkbookTables, Unsupported } from "../../src/workbook/xlsx/fast";
import { RowScanner } from "../../src/workbook/xlsx/fast/sheet";
import { buildWorkbook, NOW, YEAR } from "./support/build";
import { bytesOf } from "./support/xlsx";

/**
 * The fast reader against the ExcelJS read: for every workbook, the same candidate tables (values,
 * formulas, headers, addresses, fingerprints) and the same model, problems and their cells included.
 */

const plain = (tables: readonly TableSnapshot[]) =>
  tables.map((t) => ({ ...t, fingerprint: t.fingerprint, formulas: t.formulas }));

async function expectParity(bytes: Uint8Array): Promise<TableSnapshot[]> {
  const { snapshot } = await readWorkbook(bytes, "full.xlsx");
  const fast = await readTablesFast(bytes);
  expect(plain(fast.tables)).toEqual(plain(snapshot.tables));
  expect(fast.tables.map((t) => t.fingerprint)).toEqual(snapshot.tables.map((t) => t.fingerprint));
  const fromFast = readWorkbookModel(fast, YEAR);
  const fromFull = readWorkbookModel(snapshot, YEAR);
  expect(fromFast.problems).toEqual(fromFull.problems);
  expect(fromFast.score).toEqual(fromFull.score);
  expect(fromFast.plan).toEqual(fromFull.plan);
  expect(fromFast.weak).toEqual(fromFull.weak);
  expect(fromFast.settings).toEqual(fromFull.settings);
  return fast.tables;
}

/** Rewrites one part of a package: for the shapes Excel and LibreOffice write and ExcelJS does not. */
async function edit(bytes: Uint8Array, part: string, change: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file(part)!.async("string");
  const changed = change(xml);
  expect(changed).not.toBe(xml);
  zip.file(part, changed);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const PLAN_TH = tableDef("ITA_Plan").columns.map((c) => c.th);

/** Every kind of value a cell can hold, in a hand-built plan table found by its Thai header words. */
async function nastyWorkbook(): Promise<Uint8Array> {
  return bytesOf((wb) => {
    const ws = wb.addWorksheet("แผนงาน");
    ws.getCell("A1").value = "ข้อความนอกตาราง";
    ws.addTable({
      name: "Table7",
      ref: "B3",
      columns: PLAN_TH.map((name) => ({ name })),
      rows: [
        [
          "1",
          "โครงการ\nสองบรรทัด\t<b>&amp;</b>",
          1,
          5000.5,
          true,
          false,
          null,
          null,
          "กองช่าง",
          0,
          "เสร็จแล้ว",
          "_x000D_ literal",
        ],
        ["๒", "  เว้นวรรค  ", "๓", "๑,๒๐๐.๕๐", "✓", "", null, null, "=1+1", null, null, "@home"],
        [
          "3",
          { richText: [{ text: "ตัว" }, { font: { bold: true }, text: "หนา" }] },
          2,
          -0,
          false,
          true,
          null,
          null,
          null,
          1e-7,
          null,
          null,
        ],
        ["4", "control \u0001\u0007 chars", 4, 123456789.123, null, null, null, null, null, null, null, null],
        [
          "5",
          "dates",
          1,
          new Date(Date.UTC(2024, 9, 1)),
          null,
          null,
          null,
          null,
          null,
          new Date(Date.UTC(1900, 0, 15, 6)),
          null,
          null,
        ],
      ],
    });
    ws.getCell("F7").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    ws.getCell("G7").value = { formula: "1=2", result: false };
    ws.getCell("H7").value = { formula: "0*1", result: 0 };
    ws.getCell("I7").value = { formula: 'IF(1,"","x")', result: "" };
    ws.getCell("J7").value = { formula: "SUM(E4:E5)", result: 5000.5 };
    ws.getCell("J7").numFmt = "d mmm yyyy";
    ws.getCell("L6").numFmt = "[$-th-TH]d/m/yyyy h:mm";
    ws.getCell("D7").numFmt = "0.00";
    ws.getCell("K5").value = { text: "ลิงก์", hyperlink: "https://example.org/a?b=1&c=2" };
    ws.getCell("L7").value = { error: "#N/A" };
    const other = wb.addWorksheet("อื่น ๆ", { state: "hidden" });
    other.addTable({
      name: "People",
      ref: "A1",
      columns: [{ name: "ชื่อ" }, { name: "เบอร์" }],
      rows: [["x", 1]],
    });
    other.addTable({
      name: "ITA_Settings",
      ref: "D1",
      headerRow: false,
      totalsRow: true,
      columns: [
        { name: "key", totalsRowLabel: "รวม" },
        { name: "value", totalsRowFunction: "sum" },
      ],
      rows: [
        ["fiscalYear", 2566],
        ["passMark", 85],
      ],
    });
    const numbers = wb.addWorksheet("ITA_Odd");
    numbers.addTable({
      name: "ITA_Numbers",
      ref: "C2",
      columns: [{ name: "1" }, { name: "2" }],
      rows: [[1, 2]],
    });
    numbers.getCell("C2").value = 2566;
    numbers.getCell("D2").value = true;
  });
}

describe("the fast reader reads what the ExcelJS read reads", () => {
  it("the sample workbook of the preview", async () => {
    const session = new XlsxSession(new (await import("exceljs")).default.Workbook());
    await buildSample(session, { now: NOW });
    const tables = await expectParity(await session.bytes());
    expect(tables.find((t) => t.name === "ITA_Plan")!.rows).toHaveLength(16);
  });

  it("a workbook filled with scores, a plan and the summary", async () => {
    const { workbook } = buildWorkbook({
      question: (id) => (id.startsWith("o") ? 100 : 88.5),
      indicators: { 1: 90, 2: 70.25 },
      lastYear: { 1: 80 },
      tools: { IIT: 89.99, overall: 84.14 },
      plan: [
        { seq: "1", name: "โครงการ ก", dimension: 1, budget: 1000, q1: true },
        // Text a user typed (Thai digits, a formula-like name) but no error: the summary is refused over errors.
        { seq: "2", name: '=HYPERLINK("x")', dimension: 2, budget: "๑,๐๐๐", q2: "✓" },
      ],
    });
    const tables = await expectParity(await toBuffer(workbook));
    expect(tables.map((t) => t.name)).toContain("ITA_QuestionScores");
  });

  it("a generated workbook LibreOffice recalculated and saved (its own XML dialect)", async () => {
    const bytes = await readFile(join(__dirname, "../fixtures/xlsx/libreoffice-25-rows.xlsx"));
    const tables = await expectParity(bytes);
    expect(tables.find((t) => t.name === "ITA_Plan")!.rows).toHaveLength(25);
    expect((await readWorkbookTables(bytes)).fallback).toBeUndefined();
  });

  it("generated workbooks of the benchmarks", async () => {
    const tables = await expectParity(await toBuffer(generated({ planRows: 300, seed: 7 })));
    expect(tables.find((t) => t.name === "ITA_Plan")!.rows).toHaveLength(300);
  });

  it('Thai text, control characters, rich text, formulas with 0/false/"" results, errors, dates, hyperlinks, tables found by header words', async () => {
    const tables = await expectParity(await nastyWorkbook());
    expect(tables.map((t) => t.name)).toEqual(["Table7", "ITA_Settings", "ITA_Numbers"]);
    const plan = tables[0]!;
    expect(plan.rows[0]![1]).toBe("โครงการ\nสองบรรทัด\t<b>&amp;</b>");
    expect(plan.rows[4]![3]).toBe(45566);
    expect(plan.rows[3]!.slice(4, 8)).toEqual([{ error: "#DIV/0!" }, false, 0, null]);
    expect(plan.formulas![3]!.slice(4, 9)).toEqual(["=1/0", "=1=2", "=0*1", '=IF(1,"","x")', "=SUM(E4:E5)"]);
    expect(tables[2]!.headers).toEqual(["2566", "true"]);
  });

  it('inline strings, t="str" values, rows and cells written by other programs', async () => {
    const base = await nastyWorkbook();
    const bytes = await edit(base, "xl/worksheets/sheet1.xml", (xml) =>
      xml
        .replace(
          /<c r="C5"([^>]*?) t="s"([^>]*)><v>\d+<\/v><\/c>/,
          '<c r="C5"$1 t="inlineStr"$2><is><t>ข้อความ &amp; แทรก</t></is></c>',
        )
        .replace(
          /<c r="C6"([^>]*?) t="s"([^>]*)><v>\d+<\/v><\/c>/,
          '<c r="C6"$1 t="str"$2><v>a &amp;lt; b</v></c>',
        )
        .replace(/<c r="D5"([^>]*?)><v>1<\/v><\/c>/, '<c r="D5"$1><v>1.0E0</v></c>'),
    );
    const tables = await expectParity(bytes);
    expect(tables[0]!.rows[1]![1]).toBe("ข้อความ & แทรก");
  });

  it("falls back to ExcelJS for a shared formula's dependent cells, merges over a table, 1904 dates", async () => {
    const base = await nastyWorkbook();
    const shared = await edit(base, "xl/worksheets/sheet1.xml", (xml) =>
      xml.replace(/<c r="F7"([^>]*)><f>1\/0<\/f>/, '<c r="F7"$1><f t="shared" si="0"/>'),
    );
    await expect(readTablesFast(shared)).rejects.toThrow(Unsupported);
    const merged = await edit(base, "xl/worksheets/sheet1.xml", (xml) =>
      xml.replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="C4:D4"/></mergeCells>'),
    );
    await expect(readTablesFast(merged)).rejects.toThrow(/merged/);
    const read = await readWorkbookTables(merged, "merged.xlsx");
    expect(read.fallback).toMatch(/merged/);
    const { snapshot } = await readWorkbook(merged, "merged.xlsx");
    expect(read.snapshot.tables).toEqual(snapshot.tables);
    const dates1904 = await edit(base, "xl/workbook.xml", (xml) =>
      xml.replace(/<workbookPr\b/, '<workbookPr date1904="1"'),
    );
    await expect(readTablesFast(dates1904)).rejects.toThrow(/1904/);
  });

  it("reads the same rows whatever the pieces a sheet inflates in", async () => {
    const zip = await JSZip.loadAsync(await nastyWorkbook());
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const ctx = { sharedStrings: Array.from({ length: 200 }, (_, i) => `s${i}`), isDateStyle: () => false };
    const whole = new RowScanner([{ top: 1, left: 1, bottom: 9, right: 14 }], ctx);
    whole.feed(xml);
    const wholeTail = whole.finish();
    expect(whole.cells.rows.size).toBeGreaterThan(5);
    for (const size of [1, 3, 7, 16, 64]) {
      const pieces = new RowScanner([{ top: 1, left: 1, bottom: 9, right: 14 }], ctx);
      for (let i = 0; i < xml.length; i += size) pieces.feed(xml.slice(i, i + size));
      expect(pieces.finish()).toEqual(wholeTail);
      expect(pieces.cells).toEqual(whole.cells);
    }
  });

  it("gives the ExcelJS read's error for a file that is not an .xlsx", async () => {
    await expect(readWorkbookTables(new TextEncoder().encode("a,b\n1,2\n"), "data.csv")).rejects.toThrow(
      /data\.csv is not a readable \.xlsx workbook: it is a text file/,
    );
  });

  it("reads any plan the same way (property)", async () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.string({ unit: "grapheme", maxLength: 12 }),
      fc.string({
        unit: fc.constantFrom("ก", "๑", "\n", "\t", "\u0001", "&", "<", "_x000D_", " ", "="),
        maxLength: 8,
      }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -1e6, max: 1e6 }),
      fc.boolean(),
    );
    const plan = fc.array(fc.array(cell, { minLength: 12, maxLength: 12 }), { minLength: 0, maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(plan, async (rows) => {
        const bytes = await bytesOf((wb) => {
          wb.addWorksheet("ITA_Plan").addTable({
            name: "ITA_Plan",
            ref: "A1",
            columns: PLAN_TH.map((name) => ({ name })),
            rows: rows.length ? rows : [Array.from({ length: 12 }, () => null)],
          });
        });
        const { snapshot } = await readWorkbook(bytes, "p.xlsx");
        expect(plain((await readTablesFast(bytes)).tables)).toEqual(plain(snapshot.tables));
      }),
      { numRuns: 40 },
    );
  });
});
