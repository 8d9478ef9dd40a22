import fc from "fast-check";
import { formatThaiPeriod, parseThaiPeriod, type MonthPeriod } from "../../../src/domain/thai";
import { expectFailure, expectValue } from "./expect-parsed";
import { MEASURE_PERIOD_EN_DASH, MEASURE_PERIOD_HYPHEN, PLAN_PERIOD_LINE } from "./seed-text";

const period = (startYear: number, startMonth: number, endYear: number, endMonth: number): MonthPeriod => ({
  start: { year: startYear, month: startMonth },
  end: { year: endYear, month: endMonth },
});

/** Fiscal years 2565, 2566 and 2567 BE. */
const FY2565 = period(2021, 10, 2022, 9);
const FY2566 = period(2022, 10, 2023, 9);
const FY2567 = period(2023, 10, 2024, 9);

describe("parseThaiPeriod", () => {
  test.each<[string, MonthPeriod]>([
    ["ต.ค. 65 – ก.ย. 66", FY2566],
    ["ต.ค. 65 - ก.ย. 66", FY2566],
    ["ต.ค. 65 — ก.ย. 66", FY2566],
    ["ต.ค. 65 \u2212 ก.ย. 66", FY2566],
    ["ต.ค.65-ก.ย.66", FY2566],
    ["ต.ค.65–ก.ย.66", FY2566],
    ["ต.ค. ๖๕ – ก.ย. ๖๖", FY2566],
    ["ตุลาคม ๒๕๖๔ – กันยายน ๒๕๖๕", FY2565],
    [MEASURE_PERIOD_EN_DASH, FY2565],
    [MEASURE_PERIOD_HYPHEN, FY2565],
    ["ตุลาคม 2566 ถึง กันยายน 2567", FY2567],
    ["ตุลาคม 2566 ถึงกันยายน 2567", FY2567],
    ["ตั้งแต่เดือนตุลาคม 2566 ถึงเดือนกันยายน 2567", FY2567],
    ["ตุลาคม พ.ศ. 2566 – กันยายน พ.ศ. 2567", FY2567],
    ["Oct 2023 to Sep 2024", FY2567],
    ["ระยะเวลา ต.ค. 66 – ก.ย. 67", FY2567],
    ["ต.ค. – ธ.ค. 66", period(2023, 10, 2023, 12)],
    ["ต.ค. – ก.ย. 67", FY2567],
    ["ต.ค.ถึงธ.ค. 66", period(2023, 10, 2023, 12)],
    ["ม.ค. – มี.ค. 2567", period(2024, 1, 2024, 3)],
    ["ต.ค. 66 – ต.ค. 66", period(2023, 10, 2023, 10)],
    ["ปีงบประมาณ พ.ศ. ๒๕๖๗", FY2567],
    [PLAN_PERIOD_LINE, FY2567],
    ["ปีงบประมาณ 2567", FY2567],
    ["ประจำปีงบประมาณ พ.ศ.๒๕๖๕", FY2565],
    ["ปีงบ 67", FY2567],
    ["FY2567", FY2567],
    ["ไตรมาส 2/2567", period(2024, 1, 2024, 3)],
    ["ไตรมาส 1/2567", period(2023, 10, 2023, 12)],
    ["ไตรมาส 3/67", period(2024, 4, 2024, 6)],
    ["ไตรมาสที่ 4 ปีงบประมาณ พ.ศ. 2567", period(2024, 7, 2024, 9)],
    ["ไตรมาส ๒ ปี ๒๕๖๗", period(2024, 1, 2024, 3)],
    ["Q2/2567", period(2024, 1, 2024, 3)],
    ["เมษายน 2567", period(2024, 4, 2024, 4)],
    ["เดือน เม.ย. 67", period(2024, 4, 2024, 4)],
  ])("%j → %j", (text, expected) => {
    expectValue(parseThaiPeriod(text), expected);
  });

  test.each<[string, string, string]>([
    ["", "period.invalid", '""'],
    ["ตลอดปี", "period.invalid", "ตลอดปี"],
    ["ภายใน 2567", "period.invalid", "ภายใน 2567"],
    ["ปีงบประมาณ", "period.invalid", "ปีงบประมาณ"],
    ["ต.ค. – ก.ย.", "period.invalid", "ต.ค. – ก.ย."],
    ["1 ต.ค. 65 – 30 ก.ย. 66", "period.invalid", "1 ต.ค. 65 – 30 ก.ย. 66"],
    ["ปีงบประมาณ 2567 (ต.ค. 66 – ก.ย. 67)", "period.invalid", "ปีงบประมาณ 2567"],
    [`ต.ค. 65 – ก.ย. 66 ${"ข".repeat(200)}`, "period.invalid", "ต.ค. 65 – ก.ย. 66"],
    ["foo 65 – ก.ย. 66", "period.month", "foo"],
    ["ต.ค. 65 – bar 66", "period.month", "bar"],
    ["ไตรมาส 5/2567", "period.quarter", "ไตรมาส 5/2567"],
    ["ไตรมาส 0/2567", "period.quarter", "ไตรมาส 0/2567"],
    ["ก.ย. 66 – ต.ค. 65", "period.order", "ก.ย. 66 – ต.ค. 65"],
    ["ต.ค. 66 – ก.ย. 66", "period.order", "ต.ค. 66 – ก.ย. 66"],
    ["ปีงบประมาณ 3000", "period.year", "ปีงบประมาณ 3000"],
    ["ไตรมาส 2/3000", "period.year", "ไตรมาส 2/3000"],
    ["ต.ค. 1800 – ก.ย. 2567", "period.year", "ต.ค. 1800 – ก.ย. 2567"],
    ["ต.ค. 2566 – ก.ย. 3000", "period.year", "ต.ค. 2566 – ก.ย. 3000"],
    ["เมษายน 1800", "period.year", "เมษายน 1800"],
  ])("%j fails with %s", (text, code, shown) => {
    expectFailure(parseThaiPeriod(text), code, shown);
  });
});

describe("formatThaiPeriod", () => {
  test.each<[Parameters<typeof formatThaiPeriod>[2], string]>([
    [undefined, "ต.ค. 65 – ก.ย. 66"],
    [{ style: "long" }, "ตุลาคม 2565 – กันยายน 2566"],
    [{ thaiDigits: true }, "ต.ค. ๖๕ – ก.ย. ๖๖"],
    [{ style: "long", thaiDigits: true }, "ตุลาคม ๒๕๖๕ – กันยายน ๒๕๖๖"],
    [{ era: "CE" }, "ต.ค. 2022 – ก.ย. 2023"],
  ])("%j → %s", (opts, expected) => {
    expect(formatThaiPeriod(FY2566.start, FY2566.end, opts)).toBe(expected);
  });

  test("refuses a month that does not exist", () => {
    expect(() => formatThaiPeriod({ year: 2024, month: 0 }, { year: 2024, month: 3 })).toThrow(RangeError);
  });

  test("parseThaiPeriod reads back whatever formatThaiPeriod writes", () => {
    const yearMonth = fc.record({
      year: fc.integer({ min: 1900, max: 2200 }),
      month: fc.integer({ min: 1, max: 12 }),
    });
    const ordered = fc
      .tuple(yearMonth, yearMonth)
      .map(([a, b]) =>
        a.year * 12 + a.month <= b.year * 12 + b.month ? { start: a, end: b } : { start: b, end: a },
      );
    fc.assert(
      fc.property(
        ordered,
        fc.constantFrom("long" as const, "short" as const),
        fc.boolean(),
        fc.constantFrom("BE" as const, "CE" as const),
        (p, style, thaiDigits, era) => {
          expectValue(parseThaiPeriod(formatThaiPeriod(p.start, p.end, { style, thaiDigits, era })), p);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
