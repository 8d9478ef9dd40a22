import ExcelJS from "exceljs";
import type { CellWrite } from "../../src/workbook/model";
import { columnSpecs, tableDef } from "../../src/workbook/schema";
import { applyPatch, readSnapshot, readWorkbook, toBuffer } from "../../src/workbook/xlsx";
import { formulaElements, headers, packageParts, patch, tableOf, tableStep } from "./support/xlsx";

const FORMULA_LIKE = ["=1+1", "+66 81", "@home", "-5 items", "\tTAB", "=SUM(A1:A9)", "-", "+", "="];
/** Text that a careless writer would mangle: a carriage return, and Excel's own escape syntax. */
const FRAGILE = ["\rstarts with CR", "line\r\nbreak", "_x0041_ is not A", "tail_x000D_", "ไทย\nสองบรรทัด"];

const PLAN_COLUMNS = columnSpecs(tableDef("ITA_Plan"), "th");

/** Twelve plan columns: ลำดับ, โครงการ, มิติ, งบประมาณ, Q1–Q4, ผู้รับผิดชอบ, เบิกจ่าย, สถานะ, หมายเหตุ. */
const planRow = (
  seq: string,
  name: string,
  budget: number,
  ticks: boolean[],
  remark: CellWrite,
): CellWrite[] => [seq, name, 1, budget, ...ticks, "กองคลัง", budget / 2, "อยู่ระหว่างดำเนินการ", remark];

const PLAN_ROWS: CellWrite[][] = [
  planRow("1", "โครงการส่งเสริมคุณธรรม", 150000, [true, false, true, false], null),
  planRow("1.1", "=1+1", 1234.56, [false, false, false, true], "+66 81"),
  ...FORMULA_LIKE.slice(2).map((text, i) =>
    planRow(String(i + 2), text, i * 1000.5, [i % 2 === 0, true, false, false], text),
  ),
  ...FRAGILE.map((text, i) => planRow(`F${i}`, text, 0, [false, false, false, false], text)),
];

const SETTINGS_ROWS: CellWrite[][] = [
  ["ชื่อหน่วยงาน", "องค์การบริหารส่วนตำบลตัวอย่าง", "organisation"],
  ["ปีงบประมาณที่ประเมิน (พ.ศ.)", 2567, "fiscalYear"],
  ["แสดงเลขไทย", false, "thaiDigits"],
];

const SUMMARY_FORMULAS = ["SUM(ITA_Plan!D2:D30)", "COUNTIF(ITA_Plan!E2:E30,TRUE)", 'IF(B1>0,"มี","ไม่มี")'];

function buildPatch() {
  return patch(
    [
      { kind: "ensureSheet", sheet: "ITA_Plan" },
      tableStep("ITA_Plan", "ITA_Plan", "A1", PLAN_COLUMNS, PLAN_ROWS),
      { kind: "ensureSheet", sheet: "ITA_Settings" },
      tableStep(
        "ITA_Settings",
        "ITA_Settings",
        "A1",
        columnSpecs(tableDef("ITA_Settings"), "th"),
        SETTINGS_ROWS,
      ),
      { kind: "ensureSheet", sheet: "ITA_Money" },
      tableStep("ITA_Money", "ITA_Money", "C4", headers("รายการ", "บาท", "สูตร"), [
        ["ค่าวัสดุ", 0.1, { formula: "=D5*2" }],
        ["ค่าจ้าง", 1e9 + 0.25, { formula: "D6*2" }],
        ["ติดลบ", -42, null],
      ]),
      { kind: "ensureSheet", sheet: "สรุป", tabColor: "70AD47" },
      {
        kind: "setCells",
        sheet: "สรุป",
        cells: [
          { address: "A1", value: "งบประมาณรวม", style: { bold: true } },
          { address: "B1", value: { formula: `=${SUMMARY_FORMULAS[0]}` }, style: { numFmt: "#,##0.00" } },
          { address: "B2", value: { formula: SUMMARY_FORMULAS[1]! } },
          { address: "B3", value: { formula: SUMMARY_FORMULAS[2]! } },
          { address: "A4", value: "=not a formula" },
          { address: "A5", value: true },
          { address: "A6", value: 3.5 },
        ],
      },
    ],
    {
      log: [
        {
          time: "2026-01-01T00:00:00.000Z",
          op: "init",
          sheet: "ITA_Plan",
          rows: PLAN_ROWS.length,
          detail: "=created",
        },
      ],
    },
  );
}

/** What a written row reads back as: formulas give no cached value (Excel computes them on open). */
const asRead = (rows: CellWrite[][]) =>
  rows.map((row) => row.map((v) => (typeof v === "object" && v !== null ? null : v)));

describe("round trip through an .xlsx file", () => {
  let bytes: Buffer;
  let inMemory: ReturnType<typeof readSnapshot>;
  let read: Awaited<ReturnType<typeof readWorkbook>>;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    applyPatch(wb, buildPatch(), readSnapshot(wb));
    inMemory = readSnapshot(wb);
    bytes = await toBuffer(wb);
    read = await readWorkbook(bytes, "roundtrip.xlsx");
  });

  it("reads back every table row as written, types and formula-like text included", () => {
    const plan = tableOf(read.snapshot, "ITA_Plan");
    expect(plan.headers).toEqual(PLAN_COLUMNS.map((c) => c.header));
    expect(plan.rows).toEqual(asRead(PLAN_ROWS));
    expect(plan.address).toBe(`A1:L${PLAN_ROWS.length + 1}`);
    expect(tableOf(read.snapshot, "ITA_Settings").rows).toEqual(SETTINGS_ROWS);
  });

  it("keeps numbers numbers, booleans booleans and formula-like text text", () => {
    const row = tableOf(read.snapshot, "ITA_Plan").rows[1]!;
    expect(row[1]).toBe("=1+1");
    expect(typeof row[3]).toBe("number");
    expect(row[4]).toBe(false);
    expect(row[7]).toBe(true);
    expect(row[11]).toBe("+66 81");
  });

  it("keeps carriage returns and literal _xHHHH_ text exactly", () => {
    const names = tableOf(read.snapshot, "ITA_Plan").rows.map((r) => r[1]);
    for (const text of FRAGILE) expect(names).toContain(text);
  });

  it("gives formula cells their formula text and no invented value", () => {
    const money = tableOf(read.snapshot, "ITA_Money");
    expect(money.address).toBe("C4:E7");
    expect(money.rows).toEqual([
      ["ค่าวัสดุ", 0.1, null],
      ["ค่าจ้าง", 1e9 + 0.25, null],
      ["ติดลบ", -42, null],
    ]);
    expect(money.formulas).toEqual([
      [null, null, "=D5*2"],
      [null, null, "=D6*2"],
      [null, null, null],
    ]);
  });

  it("reads the summary's loose cells, formulas and text alike", () => {
    const loose = read.snapshot.looseCells["สรุป"]!;
    expect(loose).toEqual({
      A1: "งบประมาณรวม",
      B1: null,
      B2: null,
      B3: null,
      A4: "=not a formula",
      A5: true,
      A6: 3.5,
    });
  });

  it("stores exactly the formulas written, and no text as an <f> element", async () => {
    const formulas = await formulaElements(bytes);
    expect(formulas.sort()).toEqual(["D5*2", "D6*2", ...SUMMARY_FORMULAS].sort());
    for (const text of [...FORMULA_LIKE, ...FRAGILE, "=not a formula", "=created"]) {
      expect(formulas).not.toContain(text);
      expect(formulas).not.toContain(text.replace(/^=/, ""));
    }
  });

  it("asks Excel to compute the formulas when it opens the file", async () => {
    const workbookXml = (await packageParts(bytes)).get("xl/workbook.xml")!;
    expect(workbookXml).toMatch(/<calcPr\b[^>]*\bfullCalcOnLoad="1"/);
  });

  it("computes the same fingerprint in memory and after the round trip", () => {
    for (const table of inMemory.tables) {
      expect(tableOf(read.snapshot, table.name).fingerprint).toBe(table.fingerprint);
    }
    expect(inMemory.tables.map((t) => t.name).sort()).toEqual([
      "ITA_Log",
      "ITA_Money",
      "ITA_Plan",
      "ITA_Settings",
    ]);
  });

  it("lists the sheets in order, visible, with their used ranges", () => {
    expect(read.snapshot.sheets.map((s) => [s.name, s.visibility, s.usedRange])).toEqual([
      ["ITA_Plan", "visible", `A1:L${PLAN_ROWS.length + 1}`],
      ["ITA_Settings", "visible", "A1:C4"],
      ["ITA_Money", "visible", "C4:E7"],
      ["สรุป", "visible", "A1:B6"],
      ["_ita_log", "visible", "A1:E2"],
    ]);
  });
});

describe("a table with no data rows", () => {
  const columns = headers("ก", "ข", "ค");

  it("is written with one empty body row and read back as rows = []", async () => {
    const wb = new ExcelJS.Workbook();
    applyPatch(
      wb,
      patch([
        { kind: "ensureSheet", sheet: "ITA_Empty" },
        tableStep("ITA_Empty", "ITA_Empty", "B2", columns, []),
      ]),
      readSnapshot(wb),
    );
    const { snapshot } = await readWorkbook(await toBuffer(wb), "empty.xlsx");
    const table = tableOf(snapshot, "ITA_Empty");
    expect(table.address).toBe("B2:D3");
    expect(table.rows).toEqual([]);
    expect(table.formulas).toBeUndefined();
    expect(table.headers).toEqual(["ก", "ข", "ค"]);
  });

  it("grows from empty, then empties again, clearing the old rows", async () => {
    const wb = new ExcelJS.Workbook();
    applyPatch(
      wb,
      patch([
        { kind: "ensureSheet", sheet: "ITA_Empty" },
        tableStep("ITA_Empty", "ITA_Empty", "A1", columns, []),
      ]),
      readSnapshot(wb),
    );
    let read = await readWorkbook(await toBuffer(wb), "a.xlsx");
    const empty = tableOf(read.snapshot, "ITA_Empty");
    const rows = [
      ["x", 1, true],
      ["y", 2, false],
    ];
    applyPatch(
      read.workbook,
      patch([tableStep("ITA_Empty", "ITA_Empty", "A1", columns, rows, empty.fingerprint)]),
      read.snapshot,
    );
    read = await readWorkbook(await toBuffer(read.workbook), "b.xlsx");
    const full = tableOf(read.snapshot, "ITA_Empty");
    expect(full.rows).toEqual(rows);
    applyPatch(
      read.workbook,
      patch([tableStep("ITA_Empty", "ITA_Empty", "A1", columns, [], full.fingerprint)]),
      read.snapshot,
    );
    read = await readWorkbook(await toBuffer(read.workbook), "c.xlsx");
    expect(tableOf(read.snapshot, "ITA_Empty")).toMatchObject({ address: "A1:C2", rows: [] });
    expect(read.snapshot.looseCells["ITA_Empty"]).toEqual({});
    expect(read.workbook.getWorksheet("ITA_Empty")!.getCell("A3").value).toBeNull();
  });

  it("keeps a one-row table whose row holds a value", async () => {
    const wb = new ExcelJS.Workbook();
    applyPatch(
      wb,
      patch([
        { kind: "ensureSheet", sheet: "ITA_One" },
        tableStep("ITA_One", "ITA_One", "A1", columns, [[null, 0, null]]),
      ]),
      readSnapshot(wb),
    );
    const { snapshot } = await readWorkbook(await toBuffer(wb), "one.xlsx");
    expect(tableOf(snapshot, "ITA_One").rows).toEqual([[null, 0, null]]);
  });
});

describe("the log", () => {
  it("appends each patch's entries to ITA_Log on the visible sheet _ita_log, in order", async () => {
    const entry = (op: string, rows: number) => ({
      time: `2026-01-0${rows}T00:00:00.000Z`,
      op,
      sheet: "ITA_Plan",
      rows,
      detail: `${op} ${rows}`,
    });
    const wb = new ExcelJS.Workbook();
    const first = patch(
      [
        { kind: "ensureSheet", sheet: "ITA_Plan" },
        tableStep("ITA_Plan", "ITA_Plan", "A1", headers("a"), [["1"]]),
      ],
      {
        log: [entry("init", 1)],
      },
    );
    applyPatch(wb, first, readSnapshot(wb));
    let read = await readWorkbook(await toBuffer(wb), "log1.xlsx");
    applyPatch(read.workbook, patch([], { log: [entry("import", 2), entry("summary", 3)] }), read.snapshot);
    read = await readWorkbook(await toBuffer(read.workbook), "log2.xlsx");
    const log = tableOf(read.snapshot, "ITA_Log");
    expect(log.sheet).toBe("_ita_log");
    expect(log.headers).toEqual(["เวลา", "การทำงาน", "ชีต", "จำนวนแถว", "รายละเอียด"]);
    expect(log.rows).toEqual([
      ["2026-01-01T00:00:00.000Z", "init", "ITA_Plan", 1, "init 1"],
      ["2026-01-02T00:00:00.000Z", "import", "ITA_Plan", 2, "import 2"],
      ["2026-01-03T00:00:00.000Z", "summary", "ITA_Plan", 3, "summary 3"],
    ]);
    expect(read.snapshot.sheets.find((s) => s.name === "_ita_log")?.visibility).toBe("visible");
  });

  it("is not created by a patch with nothing to log", () => {
    const wb = new ExcelJS.Workbook();
    applyPatch(wb, patch([{ kind: "ensureSheet", sheet: "ITA_X" }]), readSnapshot(wb));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["ITA_X"]);
  });

  it("counts the cells each sheet received", () => {
    const wb = new ExcelJS.Workbook();
    const report = applyPatch(
      wb,
      patch(
        [
          { kind: "ensureSheet", sheet: "ITA_X" },
          tableStep("ITA_X", "ITA_X", "A1", headers("a", "b"), [
            ["1", 2],
            ["3", 4],
          ]),
        ],
        {
          log: [{ time: "t", op: "o", sheet: "ITA_X", rows: 2, detail: "d" }],
        },
      ),
      readSnapshot(wb),
    );
    expect(report.written).toEqual([
      { sheet: "ITA_X", cells: 6 },
      { sheet: "_ita_log", cells: 10 },
    ]);
  });
});
