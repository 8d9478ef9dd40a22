import fc from "fast-check";
import {
  BE_OFFSET,
  MAX_EXCEL_SERIAL,
  THAI_MONTHS,
  dateToExcelSerial,
  daysInMonth,
  excelSerialToDate,
  fiscalQuarter,
  fiscalYear,
  fiscalYearRange,
  formatThaiDate,
  isLeapYear,
  isValidCivilDate,
  monthFromName,
  normaliseYear,
  parseThaiDate,
  quarterRange,
  toBuddhistYear,
  toCivilDate,
  toCommonEraYear,
  type CivilDate,
  type FiscalQuarter,
} from "../../../src/domain/thai";
import { expectFailure, expectValue } from "./expect-parsed";
import { MEMO_DATE_LINE, PLAN_DATE_LINE } from "./seed-text";

const day = (year: number, month: number, d: number): CivilDate => ({ year, month, day: d });

/** Any real day from 1900 to 2200 CE. */
const civilDate = fc
  .record({
    year: fc.integer({ min: 1900, max: 2200 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map((d) => ({ ...d, day: Math.min(d.day, daysInMonth(d.year, d.month)) }));

const compare = (a: CivilDate, b: CivilDate): number => a.year - b.year || a.month - b.month || a.day - b.day;

/** The next calendar day, worked out without Date, to check the serial mapping independently. */
function nextDay(d: CivilDate): CivilDate {
  if (d.day < daysInMonth(d.year, d.month)) return day(d.year, d.month, d.day + 1);
  return d.month < 12 ? day(d.year, d.month + 1, 1) : day(d.year + 1, 1, 1);
}

describe("eras", () => {
  test("BE is CE + 543", () => {
    expect(BE_OFFSET).toBe(543);
    expect(toBuddhistYear(2024)).toBe(2567);
    expect(toCommonEraYear(2567)).toBe(2024);
  });

  test.each([
    [2567, 2024],
    [2401, 1858],
    [2400, 2400],
    [2024, 2024],
    [1900, 1900],
    [65, 2022],
    [67, 2024],
    [0, 1957],
    [99, 2056],
  ])("normaliseYear(%p) = %p CE", (written, ce) => {
    expect(normaliseYear(written)).toBe(ce);
  });
});

describe("calendar", () => {
  test.each([
    [2024, true],
    [2023, false],
    [2000, true],
    [1900, false],
    [2100, false],
  ])("isLeapYear(%p) = %p", (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  test.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [2024, 4, 30],
    [2024, 12, 31],
    [2024, 13, 0],
    [2024, 0, 0],
  ])("daysInMonth(%p, %p) = %p", (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  test.each([
    [day(2024, 2, 29), true],
    [day(2023, 2, 29), false],
    [day(2024, 4, 31), false],
    [day(2024, 4, 0), false],
    [day(2024, 13, 1), false],
    [day(2024, 4, 3.5), false],
    [day(2024.5, 4, 3), false],
  ])("isValidCivilDate(%j) = %p", (d, valid) => {
    expect(isValidCivilDate(d)).toBe(valid);
  });

  test("toCivilDate reads a JS Date through UTC, so late evening stays on its day", () => {
    expect(toCivilDate(new Date(Date.UTC(2024, 3, 3, 23, 59, 59)))).toEqual(day(2024, 4, 3));
  });

  test("toCivilDate copies a civil date", () => {
    const d = day(2024, 4, 3);
    const copy = toCivilDate(d);
    expect(copy).toEqual(d);
    expect(copy).not.toBe(d);
  });
});

describe("Excel serials", () => {
  test.each<[number, CivilDate]>([
    [1, day(1900, 1, 1)],
    [59, day(1900, 2, 28)],
    [60, day(1900, 2, 29)],
    [61, day(1900, 3, 1)],
    [25569, day(1970, 1, 1)],
    [45292, day(2024, 1, 1)],
    [45383, day(2024, 4, 1)],
    [45385, day(2024, 4, 3)],
    [45565, day(2024, 9, 30)],
    [MAX_EXCEL_SERIAL, day(9999, 12, 31)],
  ])("%p ↔ %j", (serial, date) => {
    expect(excelSerialToDate(serial)).toEqual(date);
    expect(dateToExcelSerial(date)).toBe(serial);
  });

  test("a time of day is dropped", () => {
    expect(excelSerialToDate(45385.999)).toEqual(day(2024, 4, 3));
  });

  test("accepts a JS Date", () => {
    expect(dateToExcelSerial(new Date(Date.UTC(2024, 3, 3, 18)))).toBe(45385);
  });

  test.each([0, 0.5, -1, NaN, Infinity, MAX_EXCEL_SERIAL + 1])("serial %p is out of range", (serial) => {
    expect(() => excelSerialToDate(serial)).toThrow(RangeError);
  });

  test.each([day(2023, 2, 29), day(1899, 12, 31), day(10000, 1, 1), day(2024, 13, 1), day(2024, 4, 3.5)])(
    "%j has no serial",
    (d) => {
      expect(() => dateToExcelSerial(d)).toThrow(RangeError);
    },
  );

  test("serial → date → serial for 61…MAX", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: MAX_EXCEL_SERIAL }), (serial) => {
        expect(dateToExcelSerial(excelSerialToDate(serial))).toBe(serial);
      }),
      { numRuns: 5000 },
    );
  });

  test("every serial from 1 to 61 round-trips", () => {
    for (let serial = 1; serial <= 61; serial += 1) {
      expect(dateToExcelSerial(excelSerialToDate(serial))).toBe(serial);
    }
  });

  test("consecutive serials from 61 on are consecutive days", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: MAX_EXCEL_SERIAL - 1 }), (serial) => {
        expect(excelSerialToDate(serial + 1)).toEqual(nextDay(excelSerialToDate(serial)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("fiscal year", () => {
  test.each<[CivilDate, number, number]>([
    [day(2023, 10, 1), 2567, 2024],
    [day(2024, 9, 30), 2567, 2024],
    [day(2023, 9, 30), 2566, 2023],
    [day(2024, 4, 3), 2567, 2024],
    [day(2024, 12, 31), 2568, 2025],
  ])("%j is in fiscal year %p BE / %p CE", (d, be, ce) => {
    expect(fiscalYear(d)).toBe(be);
    expect(fiscalYear(d, "BE")).toBe(be);
    expect(fiscalYear(d, "CE")).toBe(ce);
  });

  test("reads a JS Date through UTC", () => {
    expect(fiscalYear(new Date(Date.UTC(2023, 9, 1)))).toBe(2567);
    expect(fiscalQuarter(new Date(Date.UTC(2023, 9, 1)))).toBe(1);
  });

  test("is the BE year of the day before October, one more from October on", () => {
    fc.assert(
      fc.property(civilDate, (d) => {
        expect(fiscalYear(d)).toBe(toBuddhistYear(d.year) + (d.month < 10 ? 0 : 1));
      }),
    );
  });

  test.each<[number, FiscalQuarter]>([
    [10, 1],
    [11, 1],
    [12, 1],
    [1, 2],
    [2, 2],
    [3, 2],
    [4, 3],
    [5, 3],
    [6, 3],
    [7, 4],
    [8, 4],
    [9, 4],
  ])("month %p is in fiscal quarter %p", (month, quarter) => {
    expect(fiscalQuarter(day(2024, month, 1))).toBe(quarter);
  });

  test("a month that does not exist has no quarter", () => {
    expect(() => fiscalQuarter(day(2024, 13, 1))).toThrow(RangeError);
  });

  test.each([2567, 67, 2024])("fiscalYearRange(%p) is 1 Oct 2023 – 30 Sep 2024", (year) => {
    expect(fiscalYearRange(year)).toEqual({ start: day(2023, 10, 1), end: day(2024, 9, 30) });
  });

  test.each<[FiscalQuarter, CivilDate, CivilDate]>([
    [1, day(2023, 10, 1), day(2023, 12, 31)],
    [2, day(2024, 1, 1), day(2024, 3, 31)],
    [3, day(2024, 4, 1), day(2024, 6, 30)],
    [4, day(2024, 7, 1), day(2024, 9, 30)],
  ])("quarterRange(2567, %p) is %j – %j", (q, start, end) => {
    expect(quarterRange(2567, q)).toEqual({ start, end });
  });

  test("a quarter outside 1–4 is refused", () => {
    expect(() => quarterRange(2567, 5 as FiscalQuarter)).toThrow(RangeError);
  });

  test("every day lies in its quarter and its fiscal year", () => {
    fc.assert(
      fc.property(civilDate, (d) => {
        const quarter = quarterRange(fiscalYear(d), fiscalQuarter(d));
        const year = fiscalYearRange(fiscalYear(d));
        expect(compare(quarter.start, d)).toBeLessThanOrEqual(0);
        expect(compare(d, quarter.end)).toBeLessThanOrEqual(0);
        expect(compare(year.start, d)).toBeLessThanOrEqual(0);
        expect(compare(d, year.end)).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe("THAI_MONTHS", () => {
  test("has the twelve months in order", () => {
    expect(THAI_MONTHS.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(THAI_MONTHS.map((m) => m.thShort)).toEqual([
      "ม.ค.",
      "ก.พ.",
      "มี.ค.",
      "เม.ย.",
      "พ.ค.",
      "มิ.ย.",
      "ก.ค.",
      "ส.ค.",
      "ก.ย.",
      "ต.ค.",
      "พ.ย.",
      "ธ.ค.",
    ]);
    expect(THAI_MONTHS[0]).toEqual({
      month: 1,
      th: "มกราคม",
      thShort: "ม.ค.",
      en: "January",
      enShort: "Jan",
    });
    expect(THAI_MONTHS[11]).toEqual({
      month: 12,
      th: "ธันวาคม",
      thShort: "ธ.ค.",
      en: "December",
      enShort: "Dec",
    });
  });

  test("every name and abbreviation maps back to its month", () => {
    for (const m of THAI_MONTHS) {
      for (const name of [m.th, m.thShort, m.en, m.enShort, m.en.toUpperCase()]) {
        expect(monthFromName(name)).toBe(m.month);
      }
    }
  });

  test.each([
    ["ต. ค.", 10],
    ["ตค", 10],
    ["เดือนตุลาคม", 10],
    ["เมษา", 4],
    ["กรกฏาคม", 7],
    ["พฤษจิกายน", 11],
    ["Sept", 9],
    ["04", 4],
    ["๑๒", 12],
  ])("monthFromName(%j) = %p", (token, month) => {
    expect(monthFromName(token)).toBe(month);
  });

  test.each(["", "foo", "13", "0", "พ.ศ.", "เดือน"])("monthFromName(%j) is undefined", (token) => {
    expect(monthFromName(token)).toBeUndefined();
  });
});

describe("parseThaiDate", () => {
  test.each<[string, CivilDate]>([
    ["3 เมษายน 2567", day(2024, 4, 3)],
    ["03 เมษายน 2567", day(2024, 4, 3)],
    ["๙ กุมภาพันธ์ ๒๕๖๖", day(2023, 2, 9)],
    ["3 เม.ย. 67", day(2024, 4, 3)],
    ["3 เม.ย.2567", day(2024, 4, 3)],
    ["3เม.ย.67", day(2024, 4, 3)],
    ["ณ วันที่ 03 เมษายน 2567", day(2024, 4, 3)],
    [PLAN_DATE_LINE, day(2024, 4, 3)],
    [MEMO_DATE_LINE, day(2023, 2, 9)],
    ["2024-04-03", day(2024, 4, 3)],
    ["2567-04-03", day(2024, 4, 3)],
    ["3/4/2567", day(2024, 4, 3)],
    ["3/4/2024", day(2024, 4, 3)],
    ["03/04/67", day(2024, 4, 3)],
    ["3.4.2567", day(2024, 4, 3)],
    ["3-4-2567", day(2024, 4, 3)],
    ["๓/๔/๒๕๖๗", day(2024, 4, 3)],
    ["3 เมษายน พ.ศ. 2567", day(2024, 4, 3)],
    ["วันที่ ๓ เดือน เมษายน พ.ศ. ๒๕๖๗", day(2024, 4, 3)],
    ["3 เมษายนพ.ศ.2567", day(2024, 4, 3)],
    ["3 เม.ย. พ.ศ. 67", day(2024, 4, 3)],
    ["3 เม.ย. ค.ศ. 24", day(2024, 4, 3)],
    ["3 April ค.ศ. 2024", day(2024, 4, 3)],
    ["3 Apr 2024", day(2024, 4, 3)],
    ["3 เมษา 67", day(2024, 4, 3)],
    ["3 กรกฏาคม 2567", day(2024, 7, 3)],
    ["  3\u00A0เมษายน\u200B 2567 ", day(2024, 4, 3)],
    ["3 เมษายน 2567 (ข้อมูลล่าสุด)", day(2024, 4, 3)],
    ["29 ก.พ. 2567", day(2024, 2, 29)],
    ["29 ก.พ. 2543", day(2000, 2, 29)],
    ["31 ธันวาคม 2743", day(2200, 12, 31)],
    ["1 มกราคม 2443", day(1900, 1, 1)],
  ])("%j → %j", (text, expected) => {
    expectValue(parseThaiDate(text), expected);
  });

  test.each<[string, string, string]>([
    ["", "date.invalid", '""'],
    ["hello", "date.invalid", "hello"],
    ["3 เมษายน", "date.invalid", "3 เมษายน"],
    ["เมษายน 2567", "date.invalid", "เมษายน 2567"],
    ["3 - 5 เมษายน 2567", "date.invalid", "3 - 5 เมษายน 2567"],
    ["3 เมษายน 2567 10.00 น.", "date.invalid", "3 เมษายน 2567 10.00 น."],
    ["3 เมษายน 256", "date.invalid", "3 เมษายน 256"],
    ["3 เมษายน 25670", "date.invalid", "3 เมษายน 25670"],
    ["123 เมษายน 2567", "date.invalid", "123 เมษายน 2567"],
    [`ณ วันที่ 3 เมษายน 2567 ${"ข".repeat(200)}`, "date.invalid", "ณ วันที่ 3 เมษายน 2567"],
    ["3 foo 2567", "date.month", "3 foo 2567"],
    ["3/13/2567", "date.month", "3/13/2567"],
    ["3/0/2567", "date.month", "3/0/2567"],
    ["29 ก.พ. 2566", "date.day", "29 ก.พ. 2566"],
    ["29/2/2566", "date.day", "29/2/2566"],
    ["29 ก.พ. 2443", "date.day", "29 ก.พ. 2443"],
    ["30 ก.พ. 2567", "date.day", "30 ก.พ. 2567"],
    ["31 เมษายน 2567", "date.day", "31 เมษายน 2567"],
    ["0 เมษายน 2567", "date.day", "0 เมษายน 2567"],
    ["2024-04-31", "date.day", "2024-04-31"],
    ["3 เมษายน 3000", "date.year", "3 เมษายน 3000"],
    ["1/1/1800", "date.year", "1/1/1800"],
  ])("%j fails with %s", (text, code, shown) => {
    expectFailure(parseThaiDate(text), code, shown);
  });

  test("a missing day names the month and the day in both languages", () => {
    expect(parseThaiDate("29 ก.พ. 2566")).toMatchObject({
      th: '"29 ก.พ. 2566": เดือนกุมภาพันธ์ 2566 ไม่มีวันที่ 29',
      en: '"29 ก.พ. 2566": February 2023 has no day 29',
    });
  });

  test("an unknown month is quoted on its own", () => {
    expect(parseThaiDate("3 foo 2567")).toMatchObject({ en: '"3 foo 2567": unknown month "foo"' });
  });
});

describe("formatThaiDate", () => {
  const april3 = day(2024, 4, 3);

  test.each<[Parameters<typeof formatThaiDate>[1], string]>([
    [undefined, "3 เมษายน 2567"],
    [{ style: "long" }, "3 เมษายน 2567"],
    [{ style: "short" }, "3 เม.ย. 67"],
    [{ thaiDigits: true }, "๓ เมษายน ๒๕๖๗"],
    [{ style: "short", thaiDigits: true }, "๓ เม.ย. ๖๗"],
    [{ era: "CE" }, "3 เมษายน 2024"],
    [{ style: "short", era: "CE" }, "3 เม.ย. 2024"],
  ])("%j → %s", (opts, expected) => {
    expect(formatThaiDate(april3, opts)).toBe(expected);
  });

  test("short BE years outside 2500–2599 keep four digits", () => {
    expect(formatThaiDate(day(1950, 1, 9), { style: "short" })).toBe("9 ม.ค. 2493");
    expect(formatThaiDate(day(2057, 1, 9), { style: "short" })).toBe("9 ม.ค. 2600");
    expect(formatThaiDate(day(1957, 1, 9), { style: "short" })).toBe("9 ม.ค. 00");
  });

  test("accepts a JS Date", () => {
    expect(formatThaiDate(new Date(Date.UTC(2023, 1, 9)))).toBe("9 กุมภาพันธ์ 2566");
  });

  test("refuses a month that does not exist", () => {
    expect(() => formatThaiDate(day(2024, 13, 1))).toThrow(RangeError);
  });

  test("parseThaiDate reads back whatever formatThaiDate writes", () => {
    fc.assert(
      fc.property(
        civilDate,
        fc.constantFrom("long" as const, "short" as const),
        fc.boolean(),
        fc.constantFrom("BE" as const, "CE" as const),
        (d, style, thaiDigits, era) => {
          expectValue(parseThaiDate(formatThaiDate(d, { style, thaiDigits, era })), d);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
