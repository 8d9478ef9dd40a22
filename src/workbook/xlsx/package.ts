import ExcelJS from "exceljs";
import JSZip from "jszip";
import { protectedSheets, tableHeaderFlags, unsupportedParts } from "./inspect";
import { markProtected, setHeaderRowFlags } from "./internals";

/**
 * Opening an .xlsx package: what it is when it is not one, and repairs of what ExcelJS misreads
 * (inspect.ts finds them). JSZip and ExcelJS errors never reach the user raw: they become the
 * reason of a `WorkbookReadError` that names the file.
 */

export class WorkbookReadError extends Error {
  constructor(
    readonly fileName: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${fileName} is not a readable .xlsx workbook: ${reason}`, options);
    this.name = "WorkbookReadError";
  }
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_SIGNATURE = [0x50, 0x4b, 0x05, 0x06];
/** OLE2 compound file: an .xls, or an .xlsx encrypted with a password to open. */
const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

/** Printable ASCII or UTF-8 with tabs and line breaks: a CSV, a text export, an HTML page… */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 512);
  return head.every((b) => b === 0x09 || b === 0x0a || b === 0x0d || b >= 0x20);
}

function whyNotZip(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return "the file is empty (0 bytes)";
  if (startsWith(bytes, ZIP_SIGNATURE)) return undefined;
  if (startsWith(bytes, EMPTY_ZIP_SIGNATURE)) return "it is an empty zip archive";
  if (startsWith(bytes, OLE2_SIGNATURE)) {
    return "it is an old binary .xls workbook or an .xlsx protected with a password to open; open it in Excel and save it as an .xlsx without a password";
  }
  if (looksLikeText(bytes))
    return "it is a text file (CSV or similar), not a zip package; open it in Excel and save it as .xlsx";
  const head = Array.from(bytes.subarray(0, 4), (b) => b.toString(16).padStart(2, "0")).join(" ");
  return `it is not a zip package (it starts with bytes ${head}, an .xlsx starts with 50 4b 03 04)`;
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function toArrayBuffer(bytes: Uint8Array | ArrayBuffer): ArrayBuffer {
  if (bytes instanceof ArrayBuffer) return bytes;
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}

/** Loads an .xlsx from its bytes; `name` is what error messages call the file. */
export async function loadWorkbook(
  input: Uint8Array | ArrayBuffer,
  name: string,
): Promise<{ workbook: ExcelJS.Workbook; unsupportedParts: string[] }> {
  const bytes = input instanceof ArrayBuffer ? new Uint8Array(input) : input;
  const notZip = whyNotZip(bytes);
  if (notZip) throw new WorkbookReadError(name, notZip);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    const reason = `its zip structure is damaged, perhaps cut short by an interrupted copy or download (${messageOf(e)})`;
    throw new WorkbookReadError(name, reason, { cause: e });
  }
  if (!zip.file("xl/workbook.xml")) {
    throw new WorkbookReadError(
      name,
      "the zip package has no xl/workbook.xml (is it a Word, PowerPoint or OpenDocument file?)",
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(toArrayBuffer(bytes));
  } catch (e) {
    throw new WorkbookReadError(name, `ExcelJS could not parse it (${messageOf(e)})`, { cause: e });
  }
  try {
    const flags = await tableHeaderFlags(zip);
    const locked = await protectedSheets(zip);
    for (const ws of workbook.worksheets) {
      setHeaderRowFlags(ws, flags);
      if (locked.has(ws.name)) markProtected(ws);
    }
    return { workbook, unsupportedParts: await unsupportedParts(zip) };
  } catch (e) {
    throw new WorkbookReadError(name, `a part of the package cannot be read (${messageOf(e)})`, { cause: e });
  }
}
