import type { CellWrite, Patch } from "../../src/workbook/model";
import { applyPatch, readSnapshot } from "../../src/workbook/office";
import { newWorkbook, type FakeExcel } from "./fake-excel";

/**
 * Office.js parses strings written through `values`/`formulas` as if typed. Every text the adapter
 * writes must land as that exact text: no formula, no number, no visible apostrophe.
 */

const TEXTS = [
  "=1+1",
  "+66 81",
  "@home",
  "-5 items",
  "\tTAB",
  '=HYPERLINK("http://x")',
  "'already quoted",
  "00123",
  "TRUE",
  "#N/A",
  "12/10",
  "50%",
  "ลำดับ",
];

const patch = (steps: Patch["steps"]): Patch => ({ op: "test", steps, mustBeEmpty: [], log: [] });

async function apply(excel: FakeExcel, p: Patch): Promise<void> {
  const snapshot = await excel.run((c) => readSnapshot(c));
  await excel.run((c) => applyPatch(c, p, snapshot));
}

function expectText(excel: FakeExcel, sheet: string, address: string, text: string): void {
  const cell = excel.cell(sheet, address);
  expect({ address, value: cell.value, formula: cell.formula, error: cell.error }).toEqual({
    address,
    value: text,
    formula: undefined,
    error: undefined,
  });
}

describe("text safety", () => {
  it("single cells (setCells) keep every text exactly", async () => {
    const excel = newWorkbook();
    await apply(
      excel,
      patch([
        { kind: "ensureSheet", sheet: "สรุป" },
        { kind: "setCells", sheet: "สรุป", cells: TEXTS.map((value, i) => ({ address: `A${i + 1}`, value })) },
      ]),
    );
    TEXTS.forEach((text, i) => expectText(excel, "สรุป", `A${i + 1}`, text));
    // Stored as text after a quote prefix, which Excel shows in the formula bar only.
    expect(excel.cell("สรุป", "A1").quotePrefix).toBe(true);
    const snapshot = await excel.run((c) => readSnapshot(c));
    expect(Object.values(snapshot.looseCells["สรุป"]!)).toEqual(TEXTS);
  });

  it("table headers and body cells keep every text exactly, in a text-formatted column too", async () => {
    const excel = newWorkbook();
    const rows: CellWrite[][] = TEXTS.map((text) => [text, text]);
    await apply(
      excel,
      patch([
        { kind: "ensureSheet", sheet: "ITA_Texts" },
        {
          kind: "writeTable",
          sheet: "ITA_Texts",
          table: "ITA_Texts",
          topLeft: "A1",
          columns: [{ header: "=header", numFmt: "@" }, { header: "+header" }],
          rows,
        },
      ]),
    );
    expectText(excel, "ITA_Texts", "A1", "=header");
    expectText(excel, "ITA_Texts", "B1", "+header");
    TEXTS.forEach((text, i) => {
      expectText(excel, "ITA_Texts", `A${i + 2}`, text);
      expectText(excel, "ITA_Texts", `B${i + 2}`, text);
    });
    expect(excel.cell("ITA_Texts", "A2").numberFormat).toBe("@");

    // Rewritten: the "@" format now in column A must not turn the apostrophe into a character.
    await apply(
      excel,
      patch([
        {
          kind: "writeTable",
          sheet: "ITA_Texts",
          table: "ITA_Texts",
          topLeft: "A1",
          columns: [{ header: "=header", numFmt: "@" }, { header: "+header" }],
          rows: [...rows].reverse(),
        },
      ]),
    );
    [...TEXTS].reverse().forEach((text, i) => expectText(excel, "ITA_Texts", `A${i + 2}`, text));
    const table = (await excel.run((c) => readSnapshot(c))).tables.find((t) => t.name === "ITA_Texts")!;
    expect(table.headers).toEqual(["=header", "+header"]);
    expect(table.rows.map((r) => r[0])).toEqual([...TEXTS].reverse());
    expect(table.formulas).toBeUndefined();
  });

  it("writes formula cells as formulas, with their leading =", async () => {
    const excel = newWorkbook();
    await apply(
      excel,
      patch([
        {
          kind: "setCells",
          sheet: "Sheet1",
          cells: [
            { address: "A1", value: { formula: "1+1" } },
            { address: "A2", value: { formula: "=SUM(A1,3)" } },
            { address: "A3", value: 42 },
            { address: "A4", value: true },
            { address: "A5", value: "" },
          ],
        },
      ]),
    );
    expect(excel.cell("Sheet1", "A1")).toMatchObject({ formula: "=1+1", value: 2 });
    expect(excel.cell("Sheet1", "A2").formula).toBe("=SUM(A1,3)");
    expect(excel.cell("Sheet1", "A3").value).toBe(42);
    expect(excel.cell("Sheet1", "A4").value).toBe(true);
    expect(excel.cell("Sheet1", "A5").value).toBe("");
  });

  it("would have gone wrong without the apostrophe (the fake parses typed input like Excel)", async () => {
    const excel = newWorkbook();
    await excel.run(async (c) => {
      c.workbook.worksheets.getItem("Sheet1").getRange("A1:A5").values = [
        ["=1+1"],
        ["+66 81"],
        ["@home"],
        ["00123"],
        ["TRUE"],
      ];
      await c.sync();
    });
    expect(excel.cell("Sheet1", "A1").formula).toBe("=1+1");
    expect(excel.cell("Sheet1", "A2").formula).toBe("=+66 81");
    expect(excel.cell("Sheet1", "A3").error).toBe("#NAME?");
    expect(excel.cell("Sheet1", "A4").value).toBe(123);
    expect(excel.cell("Sheet1", "A5").value).toBe(true);
  });
});
