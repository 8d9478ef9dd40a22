import {
  PARSE_CODES,
  cellError,
  displayValue,
  excelErrorOf,
  fail,
  isExcelErrorText,
  ok,
  quote,
  toProblem,
} from "../../../src/domain/thai";

describe("ok and fail", () => {
  test("ok wraps the value", () => {
    expect(ok(5)).toEqual({ ok: true, value: 5 });
  });

  test("fail quotes the offending text in both languages and keeps it whole", () => {
    const failure = fail(
      PARSE_CODES.numberInvalid,
      "๕,๐๐x",
      (q) => `${q} ไม่ใช่ตัวเลข`,
      (q) => `${q} is not a number`,
    );
    expect(failure).toEqual({
      ok: false,
      code: "number.invalid",
      text: "๕,๐๐x",
      th: '"๕,๐๐x" ไม่ใช่ตัวเลข',
      en: '"๕,๐๐x" is not a number',
    });
  });
});

describe("quote", () => {
  test("shortens long text in messages", () => {
    const long = "ก".repeat(100);
    expect(quote(long)).toBe(`"${"ก".repeat(60)}…"`);
  });

  test("keeps short text as is", () => {
    expect(quote("abc")).toBe('"abc"');
  });
});

describe("displayValue", () => {
  test.each([
    ["text", "text"],
    [true, "true"],
    [12, "12"],
    [undefined, "undefined"],
    [10n, "10"],
    [{ a: 1 }, "[object Object]"],
    [Object.create(null) as object, "[object Object]"],
    [[1, 2], "[object Array]"],
    [() => 1, "[object Function]"],
  ])("%p → %s", (input, expected) => {
    expect(displayValue(input)).toBe(expected);
  });
});

describe("Excel errors", () => {
  test.each([
    "#REF!",
    "#VALUE!",
    "#N/A",
    "#DIV/0!",
    "#NAME?",
    "#NULL!",
    "#NUM!",
    "#SPILL!",
    "#CALC!",
    " #ref! ",
  ])("%s is an Excel error", (text) => {
    expect(isExcelErrorText(text)).toBe(true);
  });

  test.each(["#", "#REF", "REF!", "# REF!", "#HELLO!", "10"])("%s is not", (text) => {
    expect(isExcelErrorText(text)).toBe(false);
  });

  test("excelErrorOf reads the text of Office.js and the object of ExcelJS", () => {
    expect(excelErrorOf(" #N/A ")).toBe("#N/A");
    expect(excelErrorOf({ error: "#DIV/0!" })).toBe("#DIV/0!");
    expect(excelErrorOf({ error: "oops" })).toBeUndefined();
    expect(excelErrorOf({ error: 7 })).toBeUndefined();
    expect(excelErrorOf({ result: 7 })).toBeUndefined();
    expect(excelErrorOf("10")).toBeUndefined();
    expect(excelErrorOf(null)).toBeUndefined();
    expect(excelErrorOf(7)).toBeUndefined();
  });

  test("cellError names the error", () => {
    const failure = cellError("#REF!");
    expect(failure.code).toBe("cell.error");
    expect(failure.th).toContain('"#REF!"');
    expect(failure.en).toContain('"#REF!"');
  });
});

describe("toProblem", () => {
  const failure = cellError("#VALUE!");

  test("carries code, messages and location", () => {
    expect(toProblem(failure, { sheet: "ITA_Plan", cell: "D5" })).toEqual({
      severity: "error",
      code: "cell.error",
      th: failure.th,
      en: failure.en,
      sheet: "ITA_Plan",
      cell: "D5",
    });
  });

  test("can be a warning and needs no location", () => {
    expect(toProblem(failure, undefined, "warning")).toMatchObject({
      severity: "warning",
      code: "cell.error",
    });
  });
});
