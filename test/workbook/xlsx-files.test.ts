import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readWorkbook, toBuffer, WorkbookReadError, writeWorkbook } from "../../src/workbook/xlsx";
import { bytesOf, tableOf } from "./support/xlsx";

let dir: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "ita-xlsx-files-"));
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function fileWith(name: string, bytes: Uint8Array | string): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, bytes);
  return file;
}

/** The error readWorkbook rejects with; fails if it resolves. */
async function readError(input: string | Uint8Array, name?: string): Promise<WorkbookReadError> {
  try {
    await readWorkbook(input, name);
  } catch (e) {
    expect(e).toBeInstanceOf(WorkbookReadError);
    return e as WorkbookReadError;
  }
  throw new Error("readWorkbook accepted the input");
}

const validBytes = () =>
  bytesOf((wb) => {
    const ws = wb.addWorksheet("ITA_Plan");
    ws.addTable({ name: "ITA_Plan", ref: "A1", columns: [{ name: "a" }], rows: [["x"]] });
  });

describe("readWorkbook refuses what is not an .xlsx, naming the file and the reason", () => {
  it("a text file", async () => {
    const file = await fileWith("plan.csv", "ลำดับ,โครงการ,งบประมาณ\n1,ก,100\n");
    const error = await readError(file);
    expect(error.message).toBe(`${file} is not a readable .xlsx workbook: ${error.reason}`);
    expect(error.reason).toMatch(/text file/);
  });

  it("an old .xls (OLE2) workbook", async () => {
    const ole2 = Uint8Array.from([
      0xd0,
      0xcf,
      0x11,
      0xe0,
      0xa1,
      0xb1,
      0x1a,
      0xe1,
      ...new Array<number>(504).fill(0),
    ]);
    const error = await readError(await fileWith("old.xls", ole2));
    expect(error.message).toContain("old.xls is not a readable .xlsx workbook");
    expect(error.reason).toMatch(/\.xls/);
  });

  it("a truncated .xlsx", async () => {
    const bytes = await validBytes();
    const error = await readError(
      await fileWith("cut.xlsx", bytes.subarray(0, Math.floor(bytes.length / 2))),
    );
    expect(error.message).toContain("cut.xlsx is not a readable .xlsx workbook");
    expect(error.reason).toMatch(/damaged/);
    expect(error.message).not.toMatch(/\n\s+at /);
  });

  it("an empty file", async () => {
    const error = await readError(await fileWith("empty.xlsx", new Uint8Array()));
    expect(error.message).toContain("empty.xlsx is not a readable .xlsx workbook: the file is empty");
  });

  it("a zip that is not a workbook", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    const error = await readError(
      await fileWith("letter.docx", await zip.generateAsync({ type: "uint8array" })),
    );
    expect(error.message).toContain("letter.docx is not a readable .xlsx workbook");
    expect(error.reason).toMatch(/xl\/workbook\.xml/);
  });

  it("a path with no file", async () => {
    const error = await readError(path.join(dir, "missing.xlsx"));
    expect(error.message).toContain("missing.xlsx is not a readable .xlsx workbook: there is no such file");
  });

  it("bytes, under the name given or a generic one", async () => {
    expect((await readError(new TextEncoder().encode("hello"), "upload.xlsx")).message).toMatch(
      /^upload\.xlsx is not/,
    );
    expect((await readError(new Uint8Array())).message).toMatch(
      /^The workbook is not a readable \.xlsx workbook/,
    );
  });

  it("reads a valid file from a path, a Buffer or an ArrayBuffer alike", async () => {
    const bytes = await validBytes();
    const file = await fileWith("ok.xlsx", bytes);
    const copy = new Uint8Array(bytes).buffer;
    for (const input of [file, bytes, copy]) {
      const { snapshot } = await readWorkbook(input);
      expect(tableOf(snapshot, "ITA_Plan").rows).toEqual([["x"]]);
    }
  });
});

describe("writeWorkbook", () => {
  const workbookWith = (text: string) => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("A").getCell("A1").value = text;
    return wb;
  };

  it("writes a file that reads back, leaving no temporary file", async () => {
    const file = path.join(dir, "out.xlsx");
    await writeWorkbook(workbookWith("first"), file);
    await writeWorkbook(workbookWith("second"), file);
    const { workbook } = await readWorkbook(file);
    expect(workbook.getWorksheet("A")!.getCell("A1").value).toBe("second");
    expect(await fs.readdir(dir)).toEqual(["out.xlsx"]);
  });

  it("fails with the path in the message and leaves no temporary file behind", async () => {
    const target = path.join(dir, "taken");
    await fs.mkdir(target);
    await fs.writeFile(path.join(target, "inside.txt"), "keep");
    await expect(writeWorkbook(workbookWith("x"), target)).rejects.toThrow(`Could not write ${target}`);
    expect((await fs.readdir(dir)).sort()).toEqual(["taken"]);
    expect(await fs.readFile(path.join(target, "inside.txt"), "utf8")).toBe("keep");
  });

  it("fails in a folder that does not exist", async () => {
    const file = path.join(dir, "no", "such", "out.xlsx");
    await expect(writeWorkbook(workbookWith("x"), file)).rejects.toThrow(/no such file/);
  });

  it("gives the same bytes to toBuffer and to the file", async () => {
    const wb = workbookWith("same");
    const file = path.join(dir, "same.xlsx");
    await writeWorkbook(wb, file);
    const fromFile = await readWorkbook(file);
    const fromBuffer = await readWorkbook(await toBuffer(wb));
    expect(fromFile.snapshot).toEqual(fromBuffer.snapshot);
    expect(fromFile.workbook.getWorksheet("A")!.getCell("A1").value).toBe("same");
  });
});
