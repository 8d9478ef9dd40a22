/**
 * The single-value custom functions as plain exports (no Excel): FISCALYEAR, FISCALQUARTER, NUMBER.
 * The scoring and plan functions have their own suites (functions-assessment, functions-plan); the
 * metadata their JSDoc produces is checked in functions-metadata.
 */
import { fiscalQuarterOf, fiscalYearOf, thaiNumber } from "../../src/functions/functions";
import { FakeCustomFunctionsError, messageOf, thrown, withFakeRuntime } from "./functions-support";

describe("FISCALYEAR", () => {
  it.each([
    [45383, undefined, 2567], // 2024-04-01
    [45200, undefined, 2567], // 2023-10-01, the first day of fiscal year 2567
    [45199, undefined, 2566], // 2023-09-30, the last day of fiscal year 2566
    [45292, undefined, 2567], // 2024-01-01
    [45383, "CE", 2024],
    [45383, "ce", 2024],
    [45383, " BE ", 2567],
    [45383, "", 2567],
    [45383.75, undefined, 2567], // a date with a time of day
  ])("FISCALYEAR(%p, %p) = %p", (serial, era, expected) => {
    expect(fiscalYearOf(serial, era)).toBe(expected);
  });

  it("treats a missing optional era (Excel passes null) as BE", () => {
    expect(fiscalYearOf(45383, null as unknown as string)).toBe(2567);
  });

  it("returns #VALUE! with a message for a bad era", () => {
    withFakeRuntime(() => {
      const error = thrown(() => fiscalYearOf(45383, "AD"));
      expect(error).toBeInstanceOf(FakeCustomFunctionsError);
      expect(error).toMatchObject({ code: "#VALUE!", message: expect.stringContaining('"AD"') });
    });
  });

  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY, 2958466])("returns #VALUE! for date %p", (serial) => {
    withFakeRuntime(() => {
      expect(thrown(() => fiscalYearOf(serial))).toMatchObject({ code: "#VALUE!" });
    });
  });

  it("throws a RangeError with the same message outside Excel", () => {
    expect(() => fiscalYearOf(45383, "AD")).toThrow(RangeError);
    expect(() => fiscalYearOf(0)).toThrow(/Excel date/);
  });
});

describe("FISCALQUARTER", () => {
  it.each([
    [45200, 1], // 2023-10-01: the first day of fiscal year 2567 is in Q1
    [45291, 1], // 2023-12-31
    [45292, 2], // 2024-01-01
    [45383, 3], // 2024-04-01
    [45474, 4], // 2024-07-01
    [45565, 4], // 2024-09-30, the last day of fiscal year 2567
    [45200.5, 1], // noon
  ])("FISCALQUARTER(%p) = %p", (serial, quarter) => {
    expect(fiscalQuarterOf(serial)).toBe(quarter);
  });

  it.each([0, -1, Number.NaN, 2958466])("refuses date %p, naming the range Excel can hold", (serial) => {
    expect(messageOf(() => fiscalQuarterOf(serial))).toMatch(
      /^date must be an Excel date between 1900-01-01 and 9999-12-31/,
    );
  });

  it("refuses a date passed as text (Excel converts real dates to serials first)", () => {
    expect(messageOf(() => fiscalQuarterOf("2023-10-01" as unknown as number))).toContain("not 2023-10-01");
  });
});

describe("NUMBER", () => {
  it.each([
    ["๑๐,๐๐๐.๐๐", 10000],
    ["๑๐,๐๐๐.๐๐ บาท", 10000],
    ["ดำเนินการโดยไม่ใช้งบประมาณ", 0],
    ["งบประมาณ จำนวน ๕๐๐๐ บาท", 5000],
    ["5,000.-", 5000],
    ["(1,250.50)", -1250.5],
    ["ร้อยละ ๘๕.๕", 85.5],
    [" 84.14 ", 84.14],
    [93.4, 93.4],
  ])("NUMBER(%p) = %p", (text, expected) => {
    expect(thaiNumber(text)).toBe(expected);
  });

  it.each([
    ["abc", 'text: "abc" is not a number'],
    ["1,00,000", 'text: "1,00,000" has misplaced thousands separators (groups of 3 digits, e.g. 10,000.00)'],
    ["1.2.3", 'text: "1.2.3" has more than one decimal point'],
    ["#REF!", 'text: the cell holds the Excel error "#REF!" (check the formula)'],
    [true, 'text: the value "true" is not a number'],
  ])("refuses %p with #VALUE!: %s", (text, message) => {
    withFakeRuntime(() => {
      expect(thrown(() => thaiNumber(text))).toEqual(new FakeCustomFunctionsError("#VALUE!", message));
    });
  });

  it.each(["", "   ", null, undefined])("gives #N/A for a blank (%p): blank is unknown, not 0", (text) => {
    withFakeRuntime(() => {
      expect(thrown(() => thaiNumber(text))).toEqual(
        new FakeCustomFunctionsError("#N/A", "text is blank (unknown)."),
      );
    });
  });
});
