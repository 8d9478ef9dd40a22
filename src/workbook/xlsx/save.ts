import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { deflateStoredZip } from "./deflate-zip";
import { writeBytesAtomically } from "./file";
import { withValidationRanges } from "./validation-ranges";

/**
 * Saving. ExcelJS writes a carriage return inside text as a raw character, which every XML
 * parser reads back as a line feed, and writes text such as "_x0041_" verbatim, which Excel (and
 * ExcelJS) then read as the escape of "A". The shared strings are escaped the way Excel writes
 * them ("_x000D_", "_x005F_…") so text comes back exactly as it was written.
 *
 * Control characters XML cannot hold (U+0000–U+001F but tab, line feed and carriage return, U+007F–U+009F and
 * U+FFFE/U+FFFF) ExcelJS drops, or writes raw into a file no reader opens: while saving they stand
 * as markers no text holds (a private-use character and a random nonce), which become "_xHHHH_"
 * in the shared strings — Excel's escape, decoded by every reader.
 */

const SHARED_STRINGS = "xl/sharedStrings.xml";
const DEFLATE_LEVEL = 6;

const escapeText = (text: string): string =>
  text.replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_").replace(/\r/g, "_x000D_");

// eslint-disable-next-line no-control-regex
const UNWRITABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
const UNWRITABLE_ALL = new RegExp(UNWRITABLE.source, "g");

const marker = (nonce: string) => (c: string) =>
  `\uE000${nonce}${c.charCodeAt(0).toString(16).padStart(4, "0")}\uE001`;

export function escapeSharedStrings(xml: string, nonce?: string): string {
  const markers = nonce ? new RegExp(`\uE000${nonce}([0-9a-f]{4})\uE001`, "g") : undefined;
  return xml.replace(/(<t(?:\s[^>]*)?>)([^<]*)(<\/t>)/g, (_, open: string, text: string, close: string) => {
    const escaped = escapeText(text);
    const unmarked = markers
      ? escaped.replace(markers, (_m, hex: string) => `_x${hex.toUpperCase()}_`)
      : escaped;
    return `${open}${unmarked}${close}`;
  });
}

/** Replaces unwritable characters in the workbook's texts by markers; returns how to undo it. */
function markUnwritable(wb: ExcelJS.Workbook, nonce: string): () => void {
  const changed: [ExcelJS.Cell, string][] = [];
  const mark = marker(nonce);
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const value: unknown = cell.value;
        if (typeof value === "string" && UNWRITABLE.test(value)) {
          changed.push([cell, value]);
          cell.value = value.replace(UNWRITABLE_ALL, mark);
        }
      }),
    ),
  );
  return () => {
    for (const [cell, value] of changed) cell.value = value;
  };
}

/**
 * The package with its parts stored, not yet compressed (compressing is most of the cost of a large
 * save): ExcelJS writes the parts, then the shared strings are escaped.
 */
async function storedPackage(wb: ExcelJS.Workbook): Promise<JSZip> {
  const nonce = Math.random().toString(36).slice(2, 10);
  const unmark = markUnwritable(wb, nonce);
  let written: ExcelJS.Buffer;
  try {
    written = await withValidationRanges(wb, () =>
      wb.xlsx.writeBuffer({ useSharedStrings: true, zip: { compression: "STORE" } }),
    );
  } finally {
    unmark();
  }
  const zip = await JSZip.loadAsync(written);
  const strings = zip.file(SHARED_STRINGS);
  if (strings) zip.file(SHARED_STRINGS, escapeSharedStrings(await strings.async("string"), nonce));
  return zip;
}

const deflateWithJsZip = (zip: JSZip): Promise<Uint8Array> =>
  zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: DEFLATE_LEVEL },
  });

/** The .xlsx bytes of a workbook, compressed once; runs in a browser too. */
export async function toBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return deflateWithJsZip(await storedPackage(wb));
}

/** The .xlsx bytes, compressed by Node's zlib (the same parts, several times faster), else by JSZip. */
async function nodeBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const zip = await storedPackage(wb);
  const stored = await zip.generateAsync({ type: "uint8array", compression: "STORE" });
  return deflateStoredZip(stored, DEFLATE_LEVEL) ?? deflateWithJsZip(zip);
}

/** The .xlsx bytes as a Node Buffer (a view, no copy); Node only, `toBytes` in a browser. */
export async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  const bytes = await nodeBytes(wb);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Saves to a path through a temporary file and a rename: a failed write leaves the old file whole. */
export async function writeWorkbook(wb: ExcelJS.Workbook, path: string): Promise<void> {
  await writeBytesAtomically(path, await nodeBytes(wb));
}
