import JSZip from "jszip";
import { inflateRawSync } from "node:zlib";
import { deflateStoredZip } from "../../src/workbook/xlsx/deflate-zip";

async function storedZip(files: Record<string, string>, compression: "STORE" | "DEFLATE" = "STORE") {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text, { date: new Date(2026, 0, 2) });
  return zip.generateAsync({ type: "uint8array", compression });
}

describe("deflateStoredZip", () => {
  const files = {
    "[Content_Types].xml": "<Types/>",
    "xl/worksheets/sheet1.xml": `<sheetData>${"<row><c><v>1</v></c></row>".repeat(2000)}</sheetData>`,
    "xl/sharedStrings.xml": "<sst><si><t>ชื่อโครงการ _x000D_</t></si></sst>",
    "ว่าง.txt": "",
  };

  it("deflates every part, smaller, and every part reads back the same with its CRC checked", async () => {
    const stored = await storedZip(files);
    const deflated = deflateStoredZip(stored)!;
    expect(deflated.length).toBeLessThan(stored.length / 10);
    const zip = await JSZip.loadAsync(deflated, { checkCRC32: true });
    const before = await JSZip.loadAsync(stored);
    expect(Object.keys(zip.files)).toEqual(Object.keys(before.files)); // with JSZip's folder entries
    for (const [name, text] of Object.entries(files)) {
      expect(await zip.file(name)!.async("string")).toBe(text);
      expect(zip.file(name)!.date).toEqual(before.file(name)!.date);
    }
    // The local header of the first part says deflate (8) and its data inflates to the part.
    const view = new DataView(deflated.buffer, deflated.byteOffset);
    expect(view.getUint16(8, true)).toBe(8);
    const nameLength = view.getUint16(26, true);
    const size = view.getUint32(18, true);
    const data = deflated.subarray(30 + nameLength, 30 + nameLength + size);
    expect(inflateRawSync(data).toString()).toBe(files["[Content_Types].xml"]);
  });

  it("leaves what it does not expect to JSZip", async () => {
    expect(deflateStoredZip(await storedZip(files, "DEFLATE"))).toBeUndefined();
    expect(deflateStoredZip(new Uint8Array(10))).toBeUndefined();
  });
});
