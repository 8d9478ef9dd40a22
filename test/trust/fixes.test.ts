import ExcelJS from "exceljs";
import { readPlanRows } from "../../src/domain/validate";
import type { CellPut } from "../../src/workbook/model";
import { readWorkbookModel } from "../../src/workbook/ops/read-model";
import { literalCriterion, summaryOp } from "../../src/workbook/ops/summary";
import { readSnapshot } from "../../src/workbook/xlsx";
import { NOW, seedWorkbook } from "./seed";

/** The source bugs the bad-input corpus found, each pinned where the corpus only sees the CLI. */

const codes = (wb: ExcelJS.Workbook) =>
  readWorkbookModel(readSnapshot(wb), 2566).problems.map(
    (p) => `${p.severity} ${p.code} ${p.sheet}!${p.cell}`,
  );

describe("fixes found by the corpus", () => {
  it("budgets: 99,999,999.99 is fine, 100 million warns, 10 trillion is an error and not counted", () => {
    const row = (budget: number) => ({
      row: 1,
      sheet: "ITA_Plan",
      cells: { budget: "D2" },
      values: { seq: "1", name: "ก", dimension: 1, budget, q1: true },
    });
    const read = (budget: number) => readPlanRows([row(budget)]);
    expect(read(99_999_999.99).problems).toEqual([]);
    expect(read(1e8).problems.map((p) => [p.severity, p.code, p.cell])).toEqual([
      ["warning", "plan.budget.huge", "D2"],
    ]);
    const absurd = read(1e13);
    expect(absurd.problems.map((p) => [p.severity, p.code, p.cell])).toEqual([
      ["error", "plan.budget.absurd", "D2"],
    ]);
    expect(absurd.projects.map((p) => p.budget)).toEqual([0]);
  });

  it("settings: a C.E. year is read as B.E. with a warning at its cell; a B.E. year is left alone", () => {
    const withYear = (year: number) => {
      const wb = seedWorkbook();
      wb.getWorksheet("ITA_Settings")!.getCell("B3").value = year;
      return readWorkbookModel(readSnapshot(wb), 2566);
    };
    expect(withYear(2566).problems.filter((p) => p.sheet === "ITA_Settings")).toEqual([]);
    const ce = withYear(2023);
    expect([ce.settings.fiscalYear, ce.problems.find((p) => p.code === "settings.yearCE")?.cell]).toEqual([
      2566,
      "B3",
    ]);
    expect(withYear(2157).settings.fiscalYear).toBe(2700);
    expect(withYear(2500).settings.fiscalYear).toBe(2500);
  });

  it("the header of a text column lost is a warning; one that feeds a figure is an error", () => {
    const wb = seedWorkbook();
    wb.getWorksheet("ITA_Plan")!.getCell("L1").value = "ข้อสังเกต";
    expect(codes(wb)).toContain("warning table.columnMissing ITA_Plan!L1");
    wb.getWorksheet("ITA_Plan")!.getCell("D1").value = "เงิน";
    expect(codes(wb)).toContain("error table.columnMissing ITA_Plan!D1");
  });

  it("an empty row inside a table is a warning at its first cell; trailing blank rows are not", () => {
    const wb = seedWorkbook();
    const ws = wb.getWorksheet("ITA_Plan")!;
    for (let c = 1; c <= 12; c++) ws.getCell(9, c).value = null;
    expect(codes(wb).filter((c) => c.includes("emptyRow"))).toEqual(["warning table.emptyRow ITA_Plan!A9"]);
    for (let c = 1; c <= 12; c++) ws.getCell(17, c).value = null;
    for (let c = 1; c <= 12; c++) ws.getCell(9, c).value = c === 2 ? "กลับมา" : null;
    expect(codes(wb).filter((c) => c.includes("emptyRow"))).toEqual([]);
  });

  it("the summary is refused while the inputs have errors, naming the first one", () => {
    const wb = seedWorkbook();
    wb.getWorksheet("ITA_Plan")!.getCell("D14").value = -5000;
    const result = summaryOp(readSnapshot(wb), NOW, 2566);
    expect(result.patch.steps).toEqual([]);
    expect(result.problems.map((p) => p.code)).toEqual(["plan.budget.negative", "summary.inputErrors"]);
    expect(result.problems[1]!.th).toContain("ITA_Plan!D14");
    expect(summaryOp(readSnapshot(seedWorkbook()), NOW, 2566).patch.steps.length).toBeGreaterThan(0);
  });

  it("owners are matched literally in the summary's COUNTIFS/SUMIFS: wildcards and operators escaped", () => {
    expect(literalCriterion("กองคลัง")).toBe('"=กองคลัง"');
    expect(literalCriterion("กอง*")).toBe('"=กอง~*"');
    expect(literalCriterion("กอง?คลัง ~x")).toBe('"=กอง~?คลัง ~~x"');
    expect(literalCriterion('<>"ก"')).toBe('"=<>""ก"""');
    const wb = seedWorkbook();
    const ws = wb.getWorksheet("ITA_Plan")!;
    ws.getCell("I2").value = "กอง*";
    ws.getCell("I3").value = "กองคลัง";
    const result = summaryOp(readSnapshot(wb), NOW, 2566);
    const formulas = result.patch.steps
      .flatMap((s) => (s.kind === "setCells" ? s.cells : []))
      .map((c: CellPut) => (typeof c.value === "object" && c.value !== null ? c.value.formula : ""))
      .filter((f) => f.includes("SUMIFS") && f.includes("กอง"));
    expect(formulas.some((f) => f.includes('"=กอง~*"'))).toBe(true);
    expect(formulas.some((f) => f.includes('"กอง*"'))).toBe(false);
  });

  it("the partial indicator warning is placed at the missing question's score cell", () => {
    const wb = seedWorkbook();
    wb.getWorksheet("ITA_IndicatorScores")!.getCell("D10").value = null;
    const problem = readWorkbookModel(readSnapshot(wb), 2566).problems.find(
      (p) => p.code === "indicator.incomplete",
    );
    expect([problem?.sheet, problem?.cell]).toEqual(["ITA_QuestionScores", "F65"]);
  });
});
