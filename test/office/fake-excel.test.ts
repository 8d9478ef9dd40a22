import { FakeOfficeError, newWorkbook } from "./fake-excel";

/** The fake behaves like Office.js where the adapter's tests depend on it. */

describe("the recording fake", () => {
  it("throws Office's PropertyNotLoaded for values, address and items read before a sync", async () => {
    const excel = newWorkbook();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      const sheets = context.workbook.worksheets;
      expect(() => range.values).toThrow(/The property 'values' is not available/);
      range.load("values");
      sheets.load("items/name");
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([
        ["", ""],
        ["", ""],
      ]);
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1"]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("applies writes only at sync, in order, and counts each sync with its sizes", async () => {
    const excel = newWorkbook();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [["x"]];
      expect(excel.cell("Sheet1", "A1").value).toBe("");
      await context.sync();
    });
    expect(excel.cell("Sheet1", "A1").value).toBe("x");
    expect(excel.syncs).toEqual([{ requestBytes: expect.any(Number), responseBytes: 2, actions: 1 }]);
  });

  it("stops a batch at the failing action and keeps what ran before it", async () => {
    const excel = newWorkbook();
    const failed = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      context.workbook.worksheets.getItem("Gone").getRange("A1").values = [[2]];
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [[3]];
      await context.sync();
    });
    await expect(failed).rejects.toEqual(expect.objectContaining({ code: "ItemNotFound" }));
    expect(excel.cell("Sheet1", "A1").value).toBe(1);
    expect(excel.cell("Sheet1", "A2").value).toBe("");
  });

  it("parses typed input: formulas, numbers, booleans, errors; an apostrophe keeps text", async () => {
    const excel = newWorkbook();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:F1").formulas = [["=1+2", "-5", "007", "false", "#REF!", "'=1+2"]];
      sheet.getRange("A2").numberFormat = "@";
      sheet.getRange("A2").values = [["'kept"]];
      await context.sync();
    });
    expect(excel.cell("Sheet1", "A1")).toMatchObject({ formula: "=1+2", value: 3 });
    expect(excel.cell("Sheet1", "B1").value).toBe(-5);
    expect(excel.cell("Sheet1", "C1").value).toBe(7);
    expect(excel.cell("Sheet1", "D1").value).toBe(false);
    expect(excel.cell("Sheet1", "E1").error).toBe("#REF!");
    expect(excel.cell("Sheet1", "F1")).toMatchObject({ value: "=1+2", quotePrefix: true });
    // A text-formatted cell takes the apostrophe literally: why the adapter clears formats first.
    expect(excel.cell("Sheet1", "A2").value).toBe("'kept");
  });

  it("refuses a request over the limit of Excel on the web", async () => {
    const excel = newWorkbook({ limitBytes: 1_000 });
    const big = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x".repeat(2_000)]];
      await context.sync();
    });
    await expect(big).rejects.toBeInstanceOf(FakeOfficeError);
    await expect(big).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(excel.cell("Sheet1", "A1").value).toBe("");
  });

  it("answers *OrNullObject with a null object after the sync", async () => {
    const excel = newWorkbook();
    await excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Sheet1").getUsedRangeOrNullObject(true);
      used.load("address");
      expect(() => used.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(used.isNullObject).toBe(true);
    });
  });

  it("rejects an API the host's requirement sets lack", async () => {
    const excel = newWorkbook({ version: "1.5" });
    const run = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").conditionalFormats.clearAll();
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
