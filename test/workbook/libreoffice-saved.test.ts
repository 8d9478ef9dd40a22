/**
 * A workbook saved by LibreOffice Calc (test/fixtures/parts/libreoffice.xlsx, made by
 * test/support/make-parts-fixtures.ts): no theme part, tables without a style. ExcelJS alone
 * crashes writing it and would leave a relationship to a theme it does not write; the package
 * reader repairs both, so it reads, writes and reads again whole.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { loadWorkbook, readSnapshot, toBytes } from "../../src/workbook/xlsx";

const FIXTURE = readFileSync(path.resolve(__dirname, "../fixtures/parts/libreoffice.xlsx"));

/** Targets of a relationships part that name no part of the package. */
async function danglingTargets(zip: JSZip, rels: string, base: string): Promise<string[]> {
  const xml = (await zip.file(rels)?.async("string")) ?? "";
  return [...xml.matchAll(/Target="([^"]+)"/g)]
    .map((m) => path.posix.normalize(path.posix.join(base, m[1]!)))
    .filter((target) => !zip.file(target));
}

describe("a workbook saved by LibreOffice", () => {
  it("is what the repairs are for: no theme, tables without a style, and ExcelJS alone cannot write it", async () => {
    const zip = await JSZip.loadAsync(FIXTURE);
    expect(zip.file(/^xl\/theme\//)).toEqual([]);
    const table = await zip.file("xl/tables/table1.xml")!.async("string");
    expect(table).not.toContain("tableStyleInfo");
    const raw = new ExcelJS.Workbook();
    await raw.xlsx.load(FIXTURE as unknown as ArrayBuffer);
    await expect(raw.xlsx.writeBuffer()).rejects.toThrow(/reading 'theme'/);
  });

  it("reads with nothing reported lost, writes, and its package has no dangling relationship", async () => {
    const { workbook, lostParts } = await loadWorkbook(FIXTURE, "libreoffice.xlsx");
    expect(lostParts).toEqual([]);
    const before = readSnapshot(workbook);
    const written = await JSZip.loadAsync(await toBytes(workbook));
    expect(written.file("xl/theme/theme1.xml")).not.toBeNull();
    expect(await danglingTargets(written, "xl/_rels/workbook.xml.rels", "xl")).toEqual([]);
    expect(await danglingTargets(written, "_rels/.rels", "")).toEqual([]);
    for (const name of Object.keys(written.files).filter((f) => /^xl\/tables\/[^/]+\.xml$/.test(f))) {
      const xml = await written.file(name)!.async("string");
      // The style it had: none (no name, no stripes).
      expect([name, /<tableStyleInfo (?![^>]*name=)[^>]*showRowStripes="0"/.test(xml)]).toEqual([name, true]);
    }
    const again = await loadWorkbook(await toBytes(workbook), "again.xlsx");
    const after = readSnapshot(again.workbook);
    expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    expect(after.tables.map((t) => t.fingerprint)).toEqual(before.tables.map((t) => t.fingerprint));
    expect(after.tables).toHaveLength(9);
  });
});
