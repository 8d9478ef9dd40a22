import ExcelJS from "exceljs";
import type { Patch } from "../../src/workbook/model";
import { applyPatch, readSnapshot, readWorkbook, toBuffer } from "../../src/workbook/xlsx";
import { cellMap, headers, patch, refusedWith, tableOf, tableStep } from "./support/xlsx";

const COLUMNS = headers("ลำดับ", "โครงการ", "งบประมาณ (บาท)");

/** A file with ITA_Plan (A1:C4) and an owned summary sheet, read as an op would read it. */
async function planWorkbook() {
  const wb = new ExcelJS.Workbook();
  const rows = [
    ["1", "ก", 100],
    ["2", "ข", 200],
    ["3", "ค", 300],
  ];
  applyPatch(
    wb,
    patch([
      { kind: "ensureSheet", sheet: "ITA_Plan" },
      tableStep("ITA_Plan", "ITA_Plan", "A1", COLUMNS, rows),
      { kind: "ensureSheet", sheet: "สรุป" },
      { kind: "setCells", sheet: "สรุป", cells: [{ address: "A1", value: "สรุป" }] },
    ]),
    readSnapshot(wb),
  );
  return readWorkbook(await toBuffer(wb), "plan.xlsx");
}

/** Applies a patch that must be refused; checks that not one cell or sheet changed. */
function refuse(wb: ExcelJS.Workbook, p: Patch, snapshot = readSnapshot(wb)) {
  const cells = cellMap(wb);
  const sheets = wb.worksheets.map((ws) => `${ws.name}:${ws.state}`);
  const problems = refusedWith(() => applyPatch(wb, p, snapshot));
  expect(cellMap(wb)).toEqual(cells);
  expect(wb.worksheets.map((ws) => `${ws.name}:${ws.state}`)).toEqual(sheets);
  expect(problems.length).toBeGreaterThan(0);
  for (const problem of problems) {
    expect(problem.severity).toBe("error");
    expect(problem.th).not.toBe("");
    expect(problem.en).not.toBe("");
  }
  return problems;
}

describe("preconditions", () => {
  it("refuses to overwrite a table a co-author changed since it was read", async () => {
    const { workbook, snapshot } = await planWorkbook();
    const read = tableOf(snapshot, "ITA_Plan");
    workbook.getWorksheet("ITA_Plan")!.getCell("C3").value = 250; // the co-author's edit
    const problems = refuse(
      workbook,
      patch([
        { kind: "ensureSheet", sheet: "ITA_New", visibility: "hidden" },
        tableStep("ITA_Plan", "ITA_Plan", "A1", COLUMNS, [["9", "ง", 900]], read.fingerprint),
      ]),
      snapshot,
    );
    expect(problems).toEqual([
      expect.objectContaining({
        code: "patch.tableChanged",
        sheet: "ITA_Plan",
        cell: "A1:C4",
        en: "ITA_Plan changed since it was read (a co-author may have edited it): read again and retry",
      }),
    ]);
    expect(problems[0]!.th).toContain("ITA_Plan");
  });

  it("applies the same patch when the table is as it was read", async () => {
    const { workbook, snapshot } = await planWorkbook();
    const read = tableOf(snapshot, "ITA_Plan");
    applyPatch(
      workbook,
      patch([tableStep("ITA_Plan", "ITA_Plan", "A1", COLUMNS, [["9", "ง", 900]], read.fingerprint)]),
      snapshot,
    );
    expect(tableOf(readSnapshot(workbook), "ITA_Plan").rows).toEqual([["9", "ง", 900]]);
  });

  it("refuses to create a table someone else created since the read", async () => {
    const { workbook } = await planWorkbook();
    const before = readSnapshot(workbook);
    applyPatch(
      workbook,
      patch([tableStep("ITA_Plan", "ITA_Notes", "F1", headers("x"), [["theirs"]])]),
      before,
    );
    const problems = refuse(
      workbook,
      patch([tableStep("ITA_Plan", "ITA_Notes", "F1", headers("x"), [["mine"]])]),
      before,
    );
    expect(problems.map((p) => p.code)).toEqual(["patch.tableCreated"]);
  });

  it("refuses when a must-be-empty range holds values, naming up to ten cells", async () => {
    const { workbook } = await planWorkbook();
    const ws = workbook.getWorksheet("สรุป")!;
    for (let r = 3; r <= 8; r++) {
      ws.getCell(`B${r}`).value = r;
      ws.getCell(`C${r}`).value = `c${r}`;
    }
    const problems = refuse(workbook, patch([], { mustBeEmpty: [{ sheet: "สรุป", range: "A2:D9" }] }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: "patch.notEmpty", sheet: "สรุป", cell: "B3" });
    const listed = "สรุป!B3, สรุป!C3, สรุป!B4, สรุป!C4, สรุป!B5, สรุป!C5, สรุป!B6, สรุป!C6, สรุป!B7, สรุป!C7";
    expect(problems[0]!.en).toContain(`${listed} and 2 more`);
    expect(problems[0]!.th).toContain(`${listed} และอีก 2 เซลล์`);
  });

  it("accepts a must-be-empty range that is empty, or on a sheet still to be created", async () => {
    const { workbook, snapshot } = await planWorkbook();
    const p = patch([{ kind: "ensureSheet", sheet: "ITA_Next" }], {
      mustBeEmpty: [
        { sheet: "สรุป", range: "A2:Z100" },
        { sheet: "ITA_Next", range: "A1:C3" },
      ],
    });
    expect(() => applyPatch(workbook, p, snapshot)).not.toThrow();
  });

  it("refuses to clear a sheet that holds a table", async () => {
    const { workbook } = await planWorkbook();
    const problems = refuse(workbook, patch([{ kind: "clearSheet", sheet: "ITA_Plan" }]));
    expect(problems).toEqual([expect.objectContaining({ code: "patch.clearWithTable", sheet: "ITA_Plan" })]);
    expect(problems[0]!.en).toContain("ITA_Plan");
  });

  it("checks every step before running any, and reports every problem", async () => {
    const { workbook } = await planWorkbook();
    const problems = refuse(
      workbook,
      patch([
        { kind: "ensureSheet", sheet: "ITA_Okay" },
        { kind: "ensureSheet", sheet: "bad:name", tabColor: "green" },
        {
          kind: "setCells",
          sheet: "ITA_Okay",
          cells: [{ address: "A0", value: Number.NaN, style: { fill: "#12345" } }],
        },
        { kind: "setCells", sheet: "ITA_Missing", cells: [{ address: "A1", value: 1 }] },
        tableStep("ITA_Okay", "ITA_Plan", "A1", COLUMNS, []),
        tableStep("ITA_Okay", "1 bad name", "A1", headers("a", "A", ""), [[1, 2, 3, 4]]),
        { kind: "setColumnWidths", sheet: "ITA_Okay", widths: { "1A": 10, B: -1 } },
        { kind: "sheetSetup", sheet: "ITA_Okay", freezeRows: 1.5 },
        {
          kind: "conditionalFormats",
          sheet: "ITA_Okay",
          formats: [{ ref: "A1:", rules: [{ type: "dataBar", min: 0, max: Infinity, color: "red" }] }],
        },
      ]),
    );
    expect(problems.map((p) => p.code)).toEqual([
      "patch.badSheetName",
      "patch.badColour",
      "patch.badAddress",
      "patch.badNumber",
      "patch.badColour",
      "patch.noSheet",
      "patch.tableOnOtherSheet",
      "patch.badTableName",
      "patch.badHeaders",
      "patch.rowTooWide",
      "patch.badAddress",
      "patch.badWidth",
      "patch.badFreeze",
      "patch.badAddress",
      "patch.badColour",
      "patch.badNumber",
    ]);
    expect(workbook.getWorksheet("ITA_Okay")).toBeUndefined();
  });

  it("refuses a patch that would hide every sheet", async () => {
    const { workbook } = await planWorkbook();
    const problems = refuse(
      workbook,
      patch([
        { kind: "ensureSheet", sheet: "ITA_Plan", visibility: "hidden" },
        { kind: "ensureSheet", sheet: "สรุป", visibility: "veryHidden" },
      ]),
    );
    expect(problems.map((p) => p.code)).toEqual(["patch.noVisibleSheet"]);
  });

  it("refuses a drop-down list Excel cannot hold", async () => {
    const { workbook } = await planWorkbook();
    const columns = [{ header: "x", validation: { type: "list" as const, values: ["a,b", "c"] } }];
    const problems = refuse(
      workbook,
      patch([{ kind: "ensureSheet", sheet: "ITA_L" }, tableStep("ITA_L", "ITA_L", "A1", columns, [])]),
    );
    expect(problems.map((p) => p.code)).toEqual(["patch.badList"]);
  });

  it("refuses log growth over a user's cell on _ita_log", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("_ita_log").getCell("C1").value = "mine";
    const log = [{ time: "t", op: "o", sheet: "s", rows: 0, detail: "d" }];
    const problems = refuse(wb, patch([], { log }));
    expect(problems).toEqual([
      expect.objectContaining({ code: "patch.growsOver", sheet: "_ita_log", cell: "C1" }),
    ]);
  });
});
