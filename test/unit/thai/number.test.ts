import fc from "fast-check";
import { roundHalfUp } from "../../../src/domain/round";
import { formatNumber, parseBudget, parseNumber } from "../../../src/domain/thai";
import { expectFailure, expectValue } from "./expect-parsed";
import { PLAN_BUDGET_SENTENCE, PLAN_NO_BUDGET_LINE, PLAN_ROWS } from "./seed-text";

describe("parseNumber accepts", () => {
  test.each<[unknown, number]>([
    [10000, 10000],
    [-2.5, -2.5],
    [-0, 0],
    ["0.00", 0],
    ["5,000.00", 5000],
    ["10,000.00", 10000],
    ["๑๐,๐๐๐", 10000],
    ["๑๐,๐๐๐.๕๐", 10000.5],
    ["1๐,0๐๐.00", 10000],
    ["１２,３４５", 12345],
    ["1,234,567.891", 1234567.891],
    ["  42  ", 42],
    ["\u00A010,000.00\u00A0", 10000],
    ["\u200B๑๐๐\u200B", 100],
    ["5,000.00 บาท", 5000],
    ["5,000บาท", 5000],
    ["500 บ.", 500],
    ["฿1,500", 1500],
    ["85 คะแนน", 85],
    ["85%", 85],
    ["85.5 %", 85.5],
    ["ร้อยละ 85", 85],
    ["ร้อยละ ๘๕.๕๐", 85.5],
    ["+12", 12],
    ["-12", -12],
    ["- 12", -12],
    ["\u22121,000", -1000],
    ["(1,000.00)", -1000],
    ["( 1,000.00 )", -1000],
    ["(1,000.00 บาท)", -1000],
    ["(1,000.00) บาท", -1000],
    ["-5,000 บาท", -5000],
    ["(0.00)", 0],
    ["-0", 0],
    ["5,000.-", 5000],
    ["5,000.- บาท", 5000],
    [".5", 0.5],
    ["5.", 5],
    ["007", 7],
    ["1000000", 1000000],
  ])("%j → %p", (input, expected) => {
    expectValue(parseNumber(input), expected);
  });
});

describe("parseNumber gives null for blank", () => {
  test.each<unknown>([null, undefined, "", "   ", "\u00A0", "\u200B", "\n\t", "&nbsp;"])("%j", (input) => {
    expectValue(parseNumber(input), null);
  });
});

describe("parseNumber rejects", () => {
  test.each<[string, string]>([
    ["๕,๐๐x", "number.invalid"],
    ["abc", "number.invalid"],
    ["-", "number.invalid"],
    ["บาท", "number.invalid"],
    [".", "number.invalid"],
    [",", "number.invalid"],
    ["1e5", "number.invalid"],
    ["NaN", "number.invalid"],
    ["Infinity", "number.invalid"],
    ["10 000", "number.invalid"],
    ["(-5)", "number.invalid"],
    ["--5", "number.invalid"],
    ["5-", "number.invalid"],
    ["ห้าพันบาทถ้วน", "number.invalid"],
    ["5,000.00 บาท บาท", "number.invalid"],
    ["1,00,0", "number.grouping"],
    ["1,00,000", "number.grouping"],
    ["10,00", "number.grouping"],
    ["1000,000", "number.grouping"],
    [",100", "number.grouping"],
    ["100,", "number.grouping"],
    ["1.000,00", "number.grouping"],
    ["1.2.3", "number.decimals"],
    ["10,000.00.00", "number.decimals"],
    ["1..5", "number.decimals"],
    ["9".repeat(400), "number.nonFinite"],
    ["#REF!", "cell.error"],
    ["#VALUE!", "cell.error"],
    ["#N/A", "cell.error"],
    ["#DIV/0!", "cell.error"],
    ["#NAME?", "cell.error"],
    ["#NULL!", "cell.error"],
    ["#NUM!", "cell.error"],
  ])("%j with %s", (input, code) => {
    expectFailure(parseNumber(input), code, input.slice(0, 60));
  });

  test.each<[unknown, string, string]>([
    [NaN, "number.nonFinite", "NaN"],
    [Infinity, "number.nonFinite", "Infinity"],
    [-Infinity, "number.nonFinite", "-Infinity"],
    [true, "number.type", "true"],
    [false, "number.type", "false"],
    [{}, "number.type", "[object Object]"],
    [10n, "number.type", "10"],
    [{ error: "#REF!" }, "cell.error", "#REF!"],
  ])("%p with %s", (input, code, shown) => {
    expectFailure(parseNumber(input), code, shown);
  });

  test("keeps the original text, Thai digits and all, in the failure", () => {
    expect(parseNumber(" ๕,๐๐x ")).toMatchObject({ ok: false, text: " ๕,๐๐x " });
  });

  test("matches the example message of the brief", () => {
    expect(parseNumber("๕,๐๐x")).toMatchObject({ th: '"๕,๐๐x" ไม่ใช่ตัวเลข', en: '"๕,๐๐x" is not a number' });
  });
});

describe("parseBudget", () => {
  test.each<[unknown, number | null]>([
    ["-", 0],
    ["–", 0],
    ["—", 0],
    [" - ", 0],
    ["0", 0],
    [0, 0],
    ["0.00", 0],
    ["๐.๐๐", 0],
    [PLAN_NO_BUDGET_LINE, 0],
    ["ดำเนินการโดย\nไม่ใช้งบประมาณ", 0],
    ["ดำเนินการโดย ไม่ใช้ งบประมาณ", 0],
    ["ไม่ใช้งบประมาณ", 0],
    ["ไม่ใช้งบ", 0],
    ["ไม่มีงบประมาณ", 0],
    ["\u200Bไม่มี\u00A0งบประมาณ\r\n", 0],
    ["5,000.00", 5000],
    ["10,000.00", 10000],
    [PLAN_BUDGET_SENTENCE, 5000],
    ["เป็นเงิน 1,200 บาท", 1200],
    ["จำนวนเงิน ๓๐,๐๐๐.- บาท", 30000],
    [7500, 7500],
    ["", null],
    [null, null],
    [undefined, null],
    ["  ", null],
  ])("%j → %p", (input, expected) => {
    expectValue(parseBudget(input), expected);
  });

  test.each<[unknown, string, string]>([
    ["ไม่ทราบ", "number.invalid", "ไม่ทราบ"],
    ["ใช้งบประมาณ", "number.invalid", "ใช้งบประมาณ"],
    ["--", "number.invalid", "--"],
    ["5,00", "number.grouping", "5,00"],
    ["#REF!", "cell.error", "#REF!"],
    [false, "number.type", "false"],
  ])("rejects %j with %s", (input, code, shown) => {
    expectFailure(parseBudget(input), code, shown);
  });

  test("labels are budget-only: parseNumber still refuses them", () => {
    expectFailure(parseNumber(PLAN_BUDGET_SENTENCE), "number.invalid", PLAN_BUDGET_SENTENCE);
  });

  test("the plan of seed 001 totals 10,000.00 baht over its 16 rows, as its total row says", () => {
    const cells = PLAN_ROWS.map((row) => row.split("\t"));
    const budgets = cells.slice(0, -1).map((row) => parseBudget(row[3]));
    expect(budgets).toHaveLength(16);
    const values = budgets.map((b): number => (b.ok ? (b.value ?? NaN) : NaN));
    expect(values.filter((v) => v === 5000)).toHaveLength(2);
    expect(values.filter((v) => v === 0)).toHaveLength(14);
    const total = values.reduce((sum, v) => sum + v, 0);
    expectValue(parseBudget(cells.at(-1)?.[3]), total);
    expect(formatNumber(total)).toBe("10,000.00");
  });
});

describe("formatNumber", () => {
  test.each<[number, Parameters<typeof formatNumber>[1], string]>([
    [10000, undefined, "10,000.00"],
    [10000, { thaiDigits: true }, "๑๐,๐๐๐.๐๐"],
    [5000, { decimals: 0 }, "5,000"],
    [1234567.891, { decimals: 3 }, "1,234,567.891"],
    [1234567.891, { grouping: false }, "1234567.89"],
    [-1234567.895, undefined, "-1,234,567.90"],
    [86.495, undefined, "86.50"],
    [518.97 / 6, undefined, "86.50"],
    [0.125, { decimals: 2 }, "0.13"],
    [-0.125, { decimals: 2 }, "-0.13"],
    [-0.001, undefined, "0.00"],
    [0, undefined, "0.00"],
    [999.995, undefined, "1,000.00"],
    [100, { decimals: 0, grouping: false, thaiDigits: true }, "๑๐๐"],
    [1e21, undefined, "1,000,000,000,000,000,000,000.00"],
    [-1e21, { decimals: 0 }, "-1,000,000,000,000,000,000,000"],
    [NaN, undefined, "NaN"],
    [Infinity, undefined, "Infinity"],
  ])("%p with %j → %s", (n, opts, expected) => {
    expect(formatNumber(n, opts)).toBe(expected);
  });

  test.each([-1, 1.5, 21, NaN])("refuses %p decimals", (decimals) => {
    expect(() => formatNumber(1, { decimals })).toThrow(RangeError);
  });

  test("format then parse gives back the half-up rounded value (±1e12, 2 decimals, either digits)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.boolean(),
        fc.boolean(),
        (n, thaiDigits, grouping) => {
          const parsed = parseNumber(formatNumber(n, { decimals: 2, thaiDigits, grouping }));
          expect(parsed).toEqual({ ok: true, value: roundHalfUp(n, 2) + 0 });
        },
      ),
      { numRuns: 2000 },
    );
  });

  test("Thai digits change nothing but the digits", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.integer({ min: 0, max: 6 }),
        (n, decimals) => {
          const arabic = formatNumber(n, { decimals });
          const thai = formatNumber(n, { decimals, thaiDigits: true });
          expect(thai.replace(/[\u0E50-\u0E59]/g, (d) => String(d.charCodeAt(0) - 0x0e50))).toBe(arabic);
        },
      ),
    );
  });
});
