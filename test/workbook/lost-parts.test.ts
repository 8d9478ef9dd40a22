/**
 * The parts ExcelJS drops when it writes a workbook back: found in the fixtures of
 * test/fixtures/parts (made by test/support/make-parts-fixtures.ts), each one really gone after a
 * round trip through ExcelJS (so the warning is not a guess), and nothing reported for a plain
 * workbook or a drawing that holds only a picture.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describeLostPart, lostParts, readWorkbook } from "../../src/workbook/xlsx";

const PARTS = path.resolve(__dirname, "../fixtures/parts");
const fixture = (name: string) => readFileSync(path.join(PARTS, name));

async function partsAfterRoundTrip(bytes: Buffer): Promise<Set<string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  return new Set(Object.keys(zip.files));
}

describe("parts ExcelJS would drop", () => {
  it.each([
    ["chart.xlsx", ["xl/charts/chart1.xml chart", "xl/drawings/drawing1.xml drawing"]],
    [
      "pivot.xlsx",
      [
        "xl/pivotCache/pivotCacheDefinition1.xml pivotCache",
        "xl/pivotCache/pivotCacheRecords1.xml pivotCache",
        "xl/pivotTables/pivotTable1.xml pivotTable",
      ],
    ],
    ["macro.xlsm", ["xl/vbaProject.bin macro"]],
  ])("%s: lists each part, and ExcelJS really drops every one", async (name, expected) => {
    const bytes = fixture(name);
    const lost = await lostParts(await JSZip.loadAsync(bytes));
    expect(lost.map((p) => `${p.part} ${p.kind}`).sort()).toEqual([...expected].sort());
    const after = await partsAfterRoundTrip(bytes);
    for (const p of lost) expect(after.has(p.part)).toBe(false);
  });

  it("names a part in Thai then English, as the CLI prints it", async () => {
    const { lostParts: lost, unsupportedParts } = await readWorkbook(fixture("chart.xlsx"), "chart.xlsx");
    expect(lost.map(describeLostPart)).toEqual([
      "xl/charts/chart1.xml: แผนภูมิ (a chart)",
      "xl/drawings/drawing1.xml: รูปร่าง กล่องข้อความ หรือกรอบแผนภูมิ (shapes, text boxes or chart frames)",
    ]);
    expect(unsupportedParts).toEqual([
      "charts (xl/charts/)",
      "shapes, text boxes or charts in drawings (xl/drawings/)",
    ]);
  });

  it("finds slicers, external links, embedded objects, custom XML and custom properties by their paths", async () => {
    const zip = await JSZip.loadAsync(fixture("chart.xlsx"));
    for (const part of [
      "xl/slicers/slicer1.xml",
      "xl/slicerCaches/slicerCache1.xml",
      "xl/timelines/timeline1.xml",
      "xl/externalLinks/externalLink1.xml",
      "xl/embeddings/oleObject1.bin",
      "xl/ctrlProps/ctrlProp1.xml",
      "xl/activeX/activeX1.xml",
      "xl/threadedComments/threadedComment1.xml",
      "xl/model/item.data",
      "xl/connections.xml",
      "xl/queryTables/queryTable1.xml",
      "customXml/item1.xml",
      "xl/chartsheets/sheet1.xml",
    ])
      zip.file(part, "<x/>");
    zip.file(
      "docProps/custom.xml",
      '<Properties><property fmtid="{D5CDD505}" pid="2" name="เลขที่"/></Properties>',
    );
    const kinds = (await lostParts(zip)).map((p) => p.kind);
    expect(new Set(kinds)).toEqual(
      new Set([
        "chart",
        "drawing",
        "slicer",
        "timeline",
        "externalLink",
        "embedding",
        "control",
        "threadedComment",
        "dataModel",
        "connection",
        "customXml",
        "customProperties",
        "chartSheet",
      ]),
    );
    // Relationship parts are not listed on their own: their part is.
    expect(kinds).toHaveLength(16);
  });

  it("lists nothing for a plain workbook, nor for a drawing that holds only a picture (ExcelJS keeps those)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("A");
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
      "base64",
    );
    ws.addImage(wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: "png" }), "B2:C3");
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(["xl/drawings/drawing1.xml"]));
    expect(await lostParts(zip)).toEqual([]);
    expect((await partsAfterRoundTrip(bytes)).has("xl/drawings/drawing1.xml")).toBe(true);
  });
});
