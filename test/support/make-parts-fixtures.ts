/**
 * Builds the fixtures of test/fixtures/parts/: workbooks holding package parts that ExcelJS does
 * not model and drops when it writes a workbook back (a chart, a pivot table, VBA macros).
 *
 *   npx tsx test/support/make-parts-fixtures.ts
 *
 * The cells and the ITA tables come from ExcelJS; the extra parts are written into the zip by
 * hand (the OOXML a spreadsheet program writes for them, reduced to what opening them needs), so
 * the files are the same on every run and need no spreadsheet program to make. LibreOffice opens
 * them with their chart and pivot table (checked by hand with `soffice --convert-to`).
 *
 * libreoffice.xlsx is the ITA workbook of `base()` (no chart) saved again by LibreOffice Calc
 * (`soffice --convert-to xlsx`): no theme part, tables without a style. It is remade only where
 * soffice is installed (see TOOLCHAIN.md), and is not byte-stable (LibreOffice stamps the date).
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { initOp } from "../../src/workbook/ops/init";
import { applyPatch, readSnapshot } from "../../src/workbook/xlsx";

const OUT = path.resolve(__dirname, "../fixtures/parts");
const FIXED_DATE = new Date("2024-01-01T00:00:00Z");

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";

const BUDGETS: [string, number][] = [
  ["มิติที่ 1", 2500],
  ["มิติที่ 2", 4000],
  ["มิติที่ 3", 1500],
  ["มิติที่ 4", 2000],
];

/**
 * An ITA workbook as `init` makes it (fiscal year 2567), with a first sheet "งบ" of four dimensions
 * and their budgets (A1:B5) that the user made a chart or a pivot table from.
 */
async function base(): Promise<JSZip> {
  const wb = new ExcelJS.Workbook();
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const ws = wb.addWorksheet("งบ");
  ws.addRow(["มิติ", "งบประมาณ"]);
  for (const row of BUDGETS) ws.addRow(row);
  const init = initOp(readSnapshot(wb), {
    fiscalYear: 2567,
    organisation: "อบต.ทดสอบ",
    language: "th",
    now: FIXED_DATE,
  });
  applyPatch(wb, init.patch, readSnapshot(wb));
  const bytes = await wb.xlsx.writeBuffer();
  return JSZip.loadAsync(bytes);
}

async function edit(zip: JSZip, file: string, change: (xml: string) => string): Promise<void> {
  const xml = await zip.file(file)!.async("string");
  const changed = change(xml);
  if (changed === xml) throw new Error(`${file}: nothing changed`);
  zip.file(file, changed);
}

const addOverride = (zip: JSZip, part: string, type: string) =>
  edit(zip, "[Content_Types].xml", (xml) =>
    xml.replace("</Types>", `<Override PartName="/${part}" ContentType="${type}"/></Types>`),
  );

const addRelationship = (zip: JSZip, rels: string, id: string, type: string, target: string) => {
  const existing = zip.file(rels);
  const entry = `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;
  if (!existing) {
    zip.file(
      rels,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">${entry}</Relationships>`,
    );
    return Promise.resolve();
  }
  return edit(zip, rels, (xml) => xml.replace("</Relationships>", `${entry}</Relationships>`));
};

const barChart = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${A_NS}" xmlns:r="${REL}"><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>'งบ'!$B$1</c:f></c:strRef></c:tx><c:cat><c:strRef><c:f>'งบ'!$A$2:$A$5</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'งบ'!$B$2:$B$5</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

const chartDrawing = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="${DRAWING_NS}" xmlns:a="${A_NS}"><xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="งบตามมิติ"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

async function chart(): Promise<JSZip> {
  const zip = await base();
  zip.file("xl/charts/chart1.xml", barChart);
  zip.file("xl/drawings/drawing1.xml", chartDrawing);
  await addRelationship(zip, "xl/drawings/_rels/drawing1.xml.rels", "rId1", "chart", "../charts/chart1.xml");
  await addRelationship(
    zip,
    "xl/worksheets/_rels/sheet1.xml.rels",
    "rIdDrawing1",
    "drawing",
    "../drawings/drawing1.xml",
  );
  await edit(zip, "xl/worksheets/sheet1.xml", (xml) =>
    xml.replace(/(<\/worksheet>)$/, `<drawing xmlns:r="${REL}" r:id="rIdDrawing1"/>$1`),
  );
  await addOverride(
    zip,
    "xl/charts/chart1.xml",
    "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  );
  await addOverride(
    zip,
    "xl/drawings/drawing1.xml",
    "application/vnd.openxmlformats-officedocument.drawing+xml",
  );
  return zip;
}

const pivotCache = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotCacheDefinition xmlns="${SHEET_NS}" xmlns:r="${REL}" r:id="rId1" refreshOnLoad="1" recordCount="4"><cacheSource type="worksheet"><worksheetSource ref="A1:B5" sheet="งบ"/></cacheSource><cacheFields count="2"><cacheField name="มิติ" numFmtId="0"><sharedItems count="4">${BUDGETS.map(([d]) => `<s v="${d}"/>`).join("")}</sharedItems></cacheField><cacheField name="งบประมาณ" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="1500" maxValue="4000"/></cacheField></cacheFields></pivotCacheDefinition>`;

const pivotRecords = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotCacheRecords xmlns="${SHEET_NS}" count="4">${BUDGETS.map(([, v], i) => `<r><x v="${i}"/><n v="${v}"/></r>`).join("")}</pivotCacheRecords>`;

const pivotTable = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotTableDefinition xmlns="${SHEET_NS}" name="งบตามมิติ" cacheId="1" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Values" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" useAutoFormatting="1" itemPrintTitles="1" indent="0" outline="1" outlineData="1"><location ref="D1:E6" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="5">${BUDGETS.map((_, i) => `<item x="${i}"/>`).join("")}<item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="5">${BUDGETS.map((_, i) => `<i><x v="${i}"/></i>`).join("")}<i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Sum of งบประมาณ" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>`;

async function pivot(): Promise<JSZip> {
  const zip = await base();
  zip.file("xl/pivotCache/pivotCacheDefinition1.xml", pivotCache);
  zip.file("xl/pivotCache/pivotCacheRecords1.xml", pivotRecords);
  zip.file("xl/pivotTables/pivotTable1.xml", pivotTable);
  await addRelationship(
    zip,
    "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels",
    "rId1",
    "pivotCacheRecords",
    "pivotCacheRecords1.xml",
  );
  await addRelationship(
    zip,
    "xl/pivotTables/_rels/pivotTable1.xml.rels",
    "rId1",
    "pivotCacheDefinition",
    "../pivotCache/pivotCacheDefinition1.xml",
  );
  await addRelationship(
    zip,
    "xl/worksheets/_rels/sheet1.xml.rels",
    "rIdPivot1",
    "pivotTable",
    "../pivotTables/pivotTable1.xml",
  );
  await addRelationship(
    zip,
    "xl/_rels/workbook.xml.rels",
    "rIdCache1",
    "pivotCacheDefinition",
    "pivotCache/pivotCacheDefinition1.xml",
  );
  await edit(zip, "xl/workbook.xml", (xml) =>
    xml.replace(/(<\/workbook>)$/, `<pivotCaches><pivotCache cacheId="1" r:id="rIdCache1"/></pivotCaches>$1`),
  );
  const sml = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  await addOverride(zip, "xl/pivotCache/pivotCacheDefinition1.xml", `${sml}.pivotCacheDefinition+xml`);
  await addOverride(zip, "xl/pivotCache/pivotCacheRecords1.xml", `${sml}.pivotCacheRecords+xml`);
  await addOverride(zip, "xl/pivotTables/pivotTable1.xml", `${sml}.pivotTable+xml`);
  return zip;
}

/**
 * A macro-enabled workbook: the content type of an .xlsm and an xl/vbaProject.bin. The project
 * is a placeholder (an empty OLE2 header), enough for every reader that lists the package's
 * parts, not a macro Excel would run.
 */
async function macro(): Promise<JSZip> {
  const zip = await base();
  const ole2 = new Uint8Array(512);
  ole2.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  zip.file("xl/vbaProject.bin", ole2);
  await addRelationship(zip, "xl/_rels/workbook.xml.rels", "rIdVba", "vbaProject", "vbaProject.bin");
  await edit(zip, "[Content_Types].xml", (xml) =>
    xml
      .replace(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
      )
      .replace(
        "</Types>",
        `<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>`,
      ),
  );
  return zip;
}

/** Zip entries carry a date: fixed, so the fixtures are byte for byte the same on every run. */
async function save(zip: JSZip, name: string): Promise<void> {
  for (const file of Object.values(zip.files)) file.date = FIXED_DATE;
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  writeFileSync(path.join(OUT, name), bytes);
}

async function libreoffice(): Promise<boolean> {
  const work = mkdtempSync(path.join(tmpdir(), "ita-parts-lo-"));
  try {
    const source = path.join(work, "libreoffice.xlsx");
    writeFileSync(source, await (await base()).generateAsync({ type: "uint8array" }));
    const profile = `file://${path.join(work, "profile")}`;
    const converted = path.join(work, "out");
    execFileSync(
      "soffice",
      [
        "--headless",
        "--norestore",
        `-env:UserInstallation=${profile}`,
        "--convert-to",
        "xlsx",
        "--outdir",
        converted,
        source,
      ],
      { stdio: "ignore", timeout: 120_000 },
    );
    copyFileSync(path.join(converted, "libreoffice.xlsx"), path.join(OUT, "libreoffice.xlsx"));
    return true;
  } catch {
    return false;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await save(await chart(), "chart.xlsx");
  await save(await pivot(), "pivot.xlsx");
  await save(await macro(), "macro.xlsm");
  console.log(`wrote chart.xlsx, pivot.xlsx, macro.xlsm to ${OUT}`);
  if (await libreoffice()) console.log("wrote libreoffice.xlsx (saved by LibreOffice)");
  else console.log("libreoffice.xlsx left as it is: soffice is not installed or failed");
}

void main();
