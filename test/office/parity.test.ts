import type ExcelJS from "exceljs";
import type { Problem } from "../../src/domain/problem";
import type { Patch, PatchStep, Snapshot } from "../../src/workbook/model";
import type { KeyedRow } from "../../src/workbook/ops/rows";
import { columnSpecs, tableDef } from "../../src/workbook/schema";
import { PatchRefusedError } from "../../src/workbook/office";
import { PatchRefusedError as XlsxPatchRefusedError } from "../../src/workbook/xlsx";
import { newWorkbook, type FakeExcel } from "./fake-excel";
import {
  command,
  flagWeak,
  importRows,
  init,
  officeRunner,
  planRows,
  questionRows,
  summary,
  xlsxRunner,
  type Runner,
} from "./support";

/**
 * The same ops through the Office adapter (on the fake) and through the xlsx adapter give the same
 * snapshots, and the same patches are refused with the same problems.
 */

/** Texts Excel would turn into formulas, numbers, booleans or errors if typed. */
const TRICKY = [
  "=1+1",
  "+66 81",
  "@home",
  "-5 items",
  "\tTAB",
  '=HYPERLINK("http://x")',
  "'quoted",
  "00123",
  "TRUE",
  "#N/A",
];

function trickyPlan(): KeyedRow[] {
  return planRows(30).map((row, i) => ({
    ...row,
    name: TRICKY[i % TRICKY.length]!,
    remarks: i % 3 === 0 ? TRICKY[(i + 4) % TRICKY.length]! : row.remarks,
  }));
}

describe("snapshots are equal through both adapters", () => {
  const excel = newWorkbook();
  const office = officeRunner(excel);
  const xlsx = xlsxRunner();
  const sequence: [string, Parameters<typeof command>[1]][] = [
    ["init", init],
    ["import the question rows", importRows("ITA_QuestionScores", questionRows())],
    ["import a plan full of formula-like texts", importRows("ITA_Plan", trickyPlan())],
    ["summary", summary],
    ["flag weak", flagWeak],
    ["replace the plan (backup, log)", importRows("ITA_Plan", planRows(12))],
    ["summary again (clears its own sheet)", summary],
  ];

  it.each(sequence)("after %s", async (_, op) => {
    await command(office, op);
    await command(xlsx, op);
    const [a, b] = [await office.read(), await xlsx.read()];
    expect(a).toEqual(b);
    expect(a.tables.length).toBeGreaterThan(0);
  });

  it("kept every formula-like text as text", async () => {
    const plan = (await office.read()).tables.find((t) => t.name === "ITA_Plan")!;
    expect(plan.formulas).toBeUndefined();
    // Snapshots leave backup sheets out, so look at the fake's cells of the backup directly.
    // (each op backs up to its own sheet: "_2" when two ops share a second).
    const backups = excel.sheets.filter((s) => s.name.startsWith("_ita_backup_"));
    expect(backups.length).toBeGreaterThan(1);
    const cells = backups.flatMap((backup) => backup.within().map(([, , cell]) => cell));
    expect(cells.some((c) => c.formula !== undefined)).toBe(false);
    const texts = cells.map((c) => c.value).filter((v) => typeof v === "string");
    for (const text of TRICKY) expect(texts).toContain(text);
  });
});

// ------------------------------------------------------------------------------------------------

interface Pair {
  excel: FakeExcel;
  office: Runner;
  xlsx: Runner & { wb: ExcelJS.Workbook };
}

/** Both adapters after init and a 5-row plan (ITA_Plan!A1:L6), with a user's note at ITA_Plan!B9. */
async function pair(): Promise<Pair> {
  const excel = newWorkbook();
  const p: Pair = { excel, office: officeRunner(excel), xlsx: xlsxRunner() };
  for (const op of [init, importRows("ITA_Plan", planRows(5))]) {
    await command(p.office, op);
    await command(p.xlsx, op);
  }
  excel.type("ITA_Plan", "B9", "บันทึกของผู้ใช้");
  p.xlsx.wb.getWorksheet("ITA_Plan")!.getCell("B9").value = "บันทึกของผู้ใช้";
  return p;
}

async function refusal(runner: Runner, make: (s: Snapshot) => Patch, edit?: () => void): Promise<Problem[]> {
  const snapshot = await runner.read();
  edit?.();
  try {
    await runner.apply(make(snapshot), snapshot);
  } catch (e) {
    if (e instanceof PatchRefusedError || e instanceof XlsxPatchRefusedError) return e.problems;
    throw e;
  }
  throw new Error("the patch was applied");
}

const patch = (steps: PatchStep[], extra: Partial<Patch> = {}): Patch => ({
  op: "test",
  steps,
  mustBeEmpty: [],
  log: [{ time: "2026-11-22T03:00:00.000Z", op: "test", sheet: "ITA_Plan", rows: 1, detail: "test" }],
  ...extra,
});

const plan = tableDef("ITA_Plan");
const planColumns = columnSpecs(plan, "th");
const planTable = (s: Snapshot) => s.tables.find((t) => t.name === "ITA_Plan")!;
const rowsOf = (n: number) => planRows(n).map((r) => plan.columns.map((c) => r[c.key] ?? null));

const CASES: [string, (s: Snapshot) => Patch][] = [
  [
    "a table growing over the user's note",
    (s) =>
      patch([
        {
          kind: "writeTable",
          sheet: "ITA_Plan",
          table: "ITA_Plan",
          topLeft: "A1",
          columns: planColumns,
          rows: rowsOf(10),
          expect: planTable(s).fingerprint,
        },
      ]),
  ],
  ["cells that must be empty", () => patch([], { mustBeEmpty: [{ sheet: "ITA_Plan", range: "A8:C10" }] })],
  ["clearing a sheet with a table", () => patch([{ kind: "clearSheet", sheet: "ITA_Plan" }])],
  [
    "a missing sheet",
    () => patch([{ kind: "setCells", sheet: "Nowhere", cells: [{ address: "A1", value: 1 }] }]),
  ],
  [
    "bad names, colours and values",
    () =>
      patch([
        { kind: "ensureSheet", sheet: "a/b", tabColor: "green" },
        {
          kind: "writeTable",
          sheet: "Sheet1",
          table: "1abc",
          topLeft: "ZZZZ1",
          columns: [{ header: "x" }, { header: "X " }],
          rows: [[Number.NaN, { formula: "=" }, 3]],
        },
        {
          kind: "setCells",
          sheet: "Sheet1",
          cells: [{ address: "A1:B2", value: 1, style: { fill: "nope" } }],
        },
        { kind: "setColumnWidths", sheet: "Sheet1", widths: { "1": 300 }, hidden: ["A1"] },
        { kind: "conditionalFormats", sheet: "Sheet1", formats: [{ ref: "A1:??", rules: [] }] },
        { kind: "sheetSetup", sheet: "Sheet1", freezeRows: -1 },
      ]),
  ],
  [
    "a new table over another table and its cells",
    () =>
      patch([
        {
          kind: "writeTable",
          sheet: "ITA_Plan",
          table: "Other",
          topLeft: "C2",
          columns: [{ header: "a" }, { header: "b" }],
          rows: [[1, 2]],
        },
      ]),
  ],
  [
    "a table named on the wrong sheet",
    () =>
      patch([
        {
          kind: "writeTable",
          sheet: "Sheet1",
          table: "ITA_Plan",
          topLeft: "A1",
          columns: planColumns,
          rows: [],
        },
      ]),
  ],
  [
    "hiding every sheet",
    (s) =>
      patch(
        s.sheets.map((sheet) => ({ kind: "ensureSheet", sheet: sheet.name, visibility: "hidden" as const })),
      ),
  ],
];

describe("the same patches are refused with the same problems", () => {
  let p: Pair;
  beforeAll(async () => {
    p = await pair();
  });

  it.each(CASES)("%s", async (_, make) => {
    const officeProblems = await refusal(p.office, make);
    const xlsxProblems = await refusal(p.xlsx, make);
    expect(officeProblems.length).toBeGreaterThan(0);
    expect(officeProblems).toEqual(xlsxProblems);
  });

  it("a table a co-author edited since the read", async () => {
    const make = (s: Snapshot) =>
      patch([
        {
          kind: "writeTable",
          sheet: "ITA_Plan",
          table: "ITA_Plan",
          topLeft: "A1",
          columns: planColumns,
          rows: rowsOf(2),
          expect: planTable(s).fingerprint,
        },
      ]);
    const officeProblems = await refusal(p.office, make, () => p.excel.type("ITA_Plan", "D3", 999));
    const xlsxProblems = await refusal(p.xlsx, make, () => {
      p.xlsx.wb.getWorksheet("ITA_Plan")!.getCell("D3").value = 999;
    });
    expect(officeProblems).toEqual(xlsxProblems);
    expect(officeProblems).toEqual([
      expect.objectContaining({ code: "patch.tableChanged", sheet: "ITA_Plan", cell: "A1:L6" }),
    ]);
  });

  it("a table snapshot that lacks the table to create", async () => {
    const make = () =>
      patch([
        {
          kind: "writeTable",
          sheet: "ITA_Plan",
          table: "ITA_Plan",
          topLeft: "A1",
          columns: planColumns,
          rows: [],
        },
      ]);
    const emptied = async (runner: Runner) => {
      const snapshot = { ...(await runner.read()), tables: [] };
      try {
        await runner.apply(make(), snapshot);
      } catch (e) {
        if (e instanceof PatchRefusedError) return e.problems;
      }
      throw new Error("applied");
    };
    expect(await emptied(p.office)).toEqual(await emptied(p.xlsx));
  });
});
