/**
 * The plan custom functions (QUARTERCOUNT, QUARTERS, BUDGET) on seed 001's plan, its cells exactly as
 * the document has them (`<input checked="" type="checkbox"/>`, "5,000.00"), and on bad input.
 */
import { budget, quarterCount, quarterCounts } from "../../src/functions/functions";
import {
  column,
  FakeCustomFunctionsError,
  OMITTED,
  messageOf,
  seed001Budgets,
  seed001Dimensions,
  seed001QuarterFlags,
  thrown,
  withFakeRuntime,
} from "./functions-support";

const TICK = '<input checked="" type="checkbox"/>';

describe("QUARTERS", () => {
  it("counts seed 001's ticked boxes per quarter: 4, 5, 4, 3", () => {
    const flags = seed001QuarterFlags();
    expect(flags).toHaveLength(16);
    expect(flags[0]).toEqual([TICK, "", "", ""]);
    expect(quarterCounts(flags)).toEqual([[4, 5, 4, 3]]);
  });

  it("reads TRUE/FALSE, ✓, 1/0 and blanks the way the core reads ticks", () => {
    const flags = [
      [true, false, "✓", ""],
      [1, 0, "☐", "/"],
      ["", "", "", ""],
    ];
    expect(quarterCounts(flags)).toEqual([[2, 0, 1, 1]]);
  });

  it("refuses a range without four columns", () => {
    withFakeRuntime(() => {
      expect(thrown(() => quarterCounts([[TICK, "", ""]]))).toEqual(
        new FakeCustomFunctionsError(
          "#VALUE!",
          "quarterFlags must have 4 columns, one per quarter (Q1–Q4), and one row per project; this range is 1×3.",
        ),
      );
    });
  });

  it("names a cell that is neither ticked nor empty, or holds an Excel error", () => {
    const flags = seed001QuarterFlags();
    flags[2] = ["", "maybe", "", ""];
    expect(messageOf(() => quarterCounts(flags))).toBe(
      'quarterFlags, cell 10 (row 3, column 2): "maybe" is neither a ticked nor an empty check box (use ✓ or leave it blank)',
    );
    flags[2] = ["", "", "", "#REF!"];
    expect(messageOf(() => quarterCounts(flags))).toBe(
      'quarterFlags, cell 12 (row 3, column 4): the cell holds the Excel error "#REF!" (check the formula)',
    );
    flags[2] = ['<input checked="false" type="checkbox"/>', "", "", ""];
    expect(messageOf(() => quarterCounts(flags))).toContain("cell 9 (row 3, column 1)");
  });
});

describe("QUARTERCOUNT", () => {
  it.each([
    [1, 4],
    [2, 5],
    [3, 4],
    [4, 3],
    ["๒", 5],
  ])("counts seed 001's projects in quarter %p: %p", (quarter, count) => {
    expect(quarterCount(seed001QuarterFlags(), quarter)).toBe(count);
  });

  it.each([5, 0, 2.5, -1])("refuses quarter %p", (quarter) => {
    withFakeRuntime(() => {
      expect(thrown(() => quarterCount(seed001QuarterFlags(), quarter))).toEqual(
        new FakeCustomFunctionsError(
          "#VALUE!",
          `quarter must be 1, 2, 3 or 4 (Q1 Oct–Dec, Q2 Jan–Mar, Q3 Apr–Jun, Q4 Jul–Sep), not ${quarter}.`,
        ),
      );
    });
  });

  it("gives #N/A for a blank quarter and #VALUE! for text", () => {
    expect(thrown(() => quarterCount(seed001QuarterFlags(), ""))).toBeInstanceOf(RangeError);
    expect(messageOf(() => quarterCount(seed001QuarterFlags(), null))).toBe(
      "quarter is blank (unknown); give its value.",
    );
    expect(messageOf(() => quarterCount(seed001QuarterFlags(), "Q1"))).toBe('quarter: "Q1" is not a number');
  });

  it("reads only the quarter it counts, and needs four columns", () => {
    const flags = seed001QuarterFlags();
    flags[0] = [TICK, "", "", "??"];
    expect(quarterCount(flags, 1)).toBe(4);
    expect(messageOf(() => quarterCount(flags, 4))).toContain("quarterFlags, cell 4 (row 1, column 4)");
    expect(messageOf(() => quarterCount(column([TICK, ""]), 1))).toContain("this range is 2×1");
  });
});

describe("BUDGET", () => {
  it("totals seed 001's budgets: 10,000.00 baht", () => {
    expect(budget(seed001Budgets())).toBe(10000);
  });

  it("totals one dimension of seed 001: 0, 0, 5,000 and 5,000", () => {
    const totals = [1, 2, 3, 4].map((d) => budget(seed001Budgets(), seed001Dimensions(), d));
    expect(totals).toEqual([0, 0, 5000, 5000]);
    expect(budget(seed001Budgets(), seed001Dimensions(), "๓")).toBe(5000);
    expect(budget(seed001Budgets(), seed001Dimensions())).toBe(10000);
  });

  it("reads budgets as plans write them; blank and 'no budget' phrases are 0", () => {
    const cells = column([
      "๕,๐๐๐.๐๐ บาท",
      "ดำเนินการโดยไม่ใช้งบประมาณ",
      "",
      "-",
      "งบประมาณ จำนวน 2,500.-",
      1250.5,
    ]);
    expect(budget(cells)).toBe(8750.5);
    const dimensions = column(["มิติที่ 3", 1, 1, "", "มิติ ๓", 4]);
    expect(budget(cells, dimensions, 3)).toBe(7500);
  });

  it("takes one dimension per row of a multi-year budgets range", () => {
    const budgets = [
      [1000, 2000, 3000],
      [500, "", 500],
    ];
    expect(budget(budgets)).toBe(7000);
    expect(budget(budgets, column([2, 4]), 4)).toBe(1000);
  });

  it("names a cell that is not an amount, or negative", () => {
    const cells = seed001Budgets();
    cells[12] = ["ห้าพันบาท"];
    expect(messageOf(() => budget(cells))).toBe(
      'budgets, cell 13 (row 13, column 1): "ห้าพันบาท" is not a number',
    );
    cells[12] = ["(5,000.00)"];
    expect(messageOf(() => budget(cells))).toBe(
      "budgets, cell 13 (row 13, column 1): -5000 is negative; a budget is 0 or more.",
    );
    cells[12] = ["#N/A"];
    expect(messageOf(() => budget(cells))).toContain('the Excel error "#N/A"');
  });

  it("refuses a dimension outside 1–4, in the argument or in a cell", () => {
    expect(messageOf(() => budget(seed001Budgets(), seed001Dimensions(), 5))).toBe(
      "dimension must be 1, 2, 3, 4 (มิติ), not 5.",
    );
    const dimensions = seed001Dimensions();
    dimensions[3] = ["7"];
    expect(messageOf(() => budget(seed001Budgets(), dimensions, 1))).toBe(
      "dimensions, cell 4 (row 4, column 1): 7 is not a dimension (1, 2, 3, 4).",
    );
  });

  it("refuses a dimension without the dimensions range, and ranges that do not match", () => {
    expect(messageOf(() => budget(seed001Budgets(), OMITTED, 3))).toBe(
      "dimension needs the dimensions range (the มิติ column beside the budgets).",
    );
    withFakeRuntime(() => {
      expect(thrown(() => budget(seed001Budgets(), column([1, 2, 3]), 3))).toEqual(
        new FakeCustomFunctionsError(
          "#VALUE!",
          "dimensions (3×1) must match budgets (16×1) cell by cell, or give one dimension per row.",
        ),
      );
    });
  });

  it("refuses a budget whose dimension is blank when totalling a dimension", () => {
    const dimensions = seed001Dimensions();
    dimensions[12] = [""];
    expect(messageOf(() => budget(seed001Budgets(), dimensions, 3))).toBe(
      "budgets, cell 13 (row 13, column 1) holds 5000 but its dimension is blank, so no dimension total would include it.",
    );
    dimensions[12] = ["3"];
    dimensions[0] = [""]; // a 0.00 budget without a dimension changes no total
    expect(budget(seed001Budgets(), dimensions, 3)).toBe(5000);
  });
});
