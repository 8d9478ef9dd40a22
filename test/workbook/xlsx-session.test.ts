import ExcelJS from "exceljs";
import { PatchRefusedError } from "../../src/workbook/errors";
import { initOp } from "../../src/workbook/ops/init";
import { writeRowsOp } from "../../src/workbook/ops/rows";
import { readWorkbook, XlsxSession } from "../../src/workbook/xlsx";
import { NOW, YEAR } from "./support/build";

describe("the browser preview's session over an .xlsx", () => {
  it("reads, applies an op, remembers a selection and downloads a workbook that reads back", async () => {
    const session = new XlsxSession(new ExcelJS.Workbook());
    const before = await session.read();
    await session.apply(initOp(before, { fiscalYear: YEAR, now: NOW }).patch, before);
    const after = await session.read();
    expect(after.tables.map((t) => t.name)).toContain("ITA_Plan");
    await session.select("ITA_Plan", "D5");
    expect(session.selected).toEqual({ sheet: "ITA_Plan", cell: "D5" });
    const reread = await readWorkbook(await session.bytes(), "download.xlsx");
    expect(reread.snapshot.tables.map((t) => t.name).sort()).toEqual(after.tables.map((t) => t.name).sort());
  });

  it("refuses a patch made from a stale snapshot, with the shared error type", async () => {
    const session = new XlsxSession(new ExcelJS.Workbook());
    const s0 = await session.read();
    await session.apply(initOp(s0, { fiscalYear: YEAR, now: NOW }).patch, s0);
    const stale = await session.read();
    const first = writeRowsOp(stale, "ITA_Plan", [{ name: "ก", dimension: 1, budget: 1 }], {
      mode: "replace",
      now: NOW,
      fallbackYear: YEAR,
    });
    await session.apply(first.patch, stale);
    const second = writeRowsOp(stale, "ITA_Plan", [{ name: "ข", dimension: 1, budget: 2 }], {
      mode: "replace",
      now: NOW,
      fallbackYear: YEAR,
    });
    await expect(session.apply(second.patch, stale)).rejects.toBeInstanceOf(PatchRefusedError);
  });
});
