import { cleanText, toArabicDigits, toThaiDigits } from "./digits";
import { PARSE_CODES, fail, ok, type ParseCode, type ParseFailure, type Parsed } from "./parsed";

/** A calendar day in the Common Era; no time and no time zone, so it never shifts by a day. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}
export interface YearMonth {
  year: number;
  month: number;
}
export interface DateRange {
  start: CivilDate;
  end: CivilDate;
}
export interface MonthPeriod {
  start: YearMonth;
  end: YearMonth;
}
/** A JS Date is read through its UTC fields, the way Office.js and ExcelJS build dates from serials. */
export type DateInput = CivilDate | Date;
export type Era = "BE" | "CE";
export type FiscalQuarter = 1 | 2 | 3 | 4;

// ---------------------------------------------------------------- years and days

export const BE_OFFSET = 543;
export const toBuddhistYear = (ce: number): number => ce + BE_OFFSET;
export const toCommonEraYear = (be: number): number => be - BE_OFFSET;

/** No CE year a Thai plan mentions comes near 2400, and no BE year falls below it. */
const BE_THRESHOLD = 2400;
/** Two-digit years in Thai documents are the tail of a BE year: "ต.ค. 65" is October 2565. */
const TWO_DIGIT_BE_CENTURY = 2500;

/** A year as written (CE, BE or two-digit BE) as a CE year: 2567 → 2024, 65 → 2022 (BE 2565), 2024 → 2024. */
export function normaliseYear(y: number): number {
  if (y >= 0 && y < 100) return toCommonEraYear(TWO_DIGIT_BE_CENTURY + y);
  return y > BE_THRESHOLD ? toCommonEraYear(y) : y;
}

export const isLeapYear = (ce: number): boolean => (ce % 4 === 0 && ce % 100 !== 0) || ce % 400 === 0;

const DAYS_IN_MONTH: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of a CE year; 0 for a month that does not exist. */
export function daysInMonth(ce: number, month: number): number {
  return month === 2 && isLeapYear(ce) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

export function isValidCivilDate(d: CivilDate): boolean {
  return (
    Number.isInteger(d.year) &&
    Number.isInteger(d.month) &&
    Number.isInteger(d.day) &&
    d.day >= 1 &&
    d.day <= daysInMonth(d.year, d.month)
  );
}

function civilFromUtc(ms: number): CivilDate {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function toCivilDate(d: DateInput): CivilDate {
  return d instanceof Date ? civilFromUtc(d.getTime()) : { year: d.year, month: d.month, day: d.day };
}

// ---------------------------------------------------------------- Excel serials

const MS_PER_DAY = 86_400_000;
/**
 * Excel's 1900 system counts 1900-01-01 as 1 and, copying a Lotus 1-2-3 bug, invents 1900-02-29
 * as 60. From 61 (1900-03-01) on, a serial is the number of days since 1899-12-30.
 */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const FAKE_LEAP_SERIAL = 60;
const FAKE_LEAP_DAY: CivilDate = { year: 1900, month: 2, day: 29 };
/** 9999-12-31, the last day Excel can hold. */
export const MAX_EXCEL_SERIAL = 2_958_465;

const isFakeLeapDay = (d: CivilDate): boolean =>
  d.year === FAKE_LEAP_DAY.year && d.month === FAKE_LEAP_DAY.month && d.day === FAKE_LEAP_DAY.day;

/** The day of an Excel serial; a time of day (the fraction) is dropped. Throws outside 1…MAX_EXCEL_SERIAL. */
export function excelSerialToDate(serial: number): CivilDate {
  if (!(serial >= 1 && serial < MAX_EXCEL_SERIAL + 1)) {
    throw new RangeError(`Excel date serial out of range (1–${MAX_EXCEL_SERIAL}): ${serial}`);
  }
  const whole = Math.floor(serial);
  if (whole === FAKE_LEAP_SERIAL) return { ...FAKE_LEAP_DAY };
  const days = whole < FAKE_LEAP_SERIAL ? whole + 1 : whole;
  return civilFromUtc(EXCEL_EPOCH_MS + days * MS_PER_DAY);
}

/** The Excel serial of a day from 1900-01-01 to 9999-12-31 (1900-02-29 gives Excel's 60). Throws otherwise. */
export function dateToExcelSerial(d: DateInput): number {
  const c = toCivilDate(d);
  if (isFakeLeapDay(c)) return FAKE_LEAP_SERIAL;
  if (!isValidCivilDate(c) || c.year < 1900 || c.year > 9999) {
    throw new RangeError(`Not a date Excel can hold: ${c.year}-${c.month}-${c.day}`);
  }
  const days = Math.round((Date.UTC(c.year, c.month - 1, c.day) - EXCEL_EPOCH_MS) / MS_PER_DAY);
  return days <= FAKE_LEAP_SERIAL ? days - 1 : days;
}

// ---------------------------------------------------------------- fiscal year

const FISCAL_START_MONTH = 10;
/** Fiscal quarter of each calendar month, January first. */
const QUARTER_OF_MONTH: readonly FiscalQuarter[] = [2, 2, 2, 3, 3, 3, 4, 4, 4, 1, 1, 1];
/** First calendar month of each fiscal quarter, Q1 first. */
const QUARTER_START_MONTH: readonly number[] = [10, 1, 4, 7];

/** The fiscal year a day falls in, named by the year it ends in: 2023-10-01 → 2567 (BE) / 2024 (CE). */
export function fiscalYear(d: DateInput, era: Era = "BE"): number {
  const { year, month } = toCivilDate(d);
  const endCe = month >= FISCAL_START_MONTH ? year + 1 : year;
  return era === "BE" ? toBuddhistYear(endCe) : endCe;
}

export function fiscalQuarter(d: DateInput): FiscalQuarter {
  const { month } = toCivilDate(d);
  const quarter = QUARTER_OF_MONTH[month - 1];
  if (quarter === undefined) throw new RangeError(`No such month: ${month}`);
  return quarter;
}

/** First and last day of a fiscal year. The year goes through normaliseYear, so 2567, 67 and 2024 agree. */
export function fiscalYearRange(beYear: number): DateRange {
  const endCe = normaliseYear(beYear);
  return {
    start: { year: endCe - 1, month: FISCAL_START_MONTH, day: 1 },
    end: { year: endCe, month: FISCAL_START_MONTH - 1, day: 30 },
  };
}

export function quarterRange(beYear: number, q: FiscalQuarter): DateRange {
  const startMonth = QUARTER_START_MONTH[q - 1];
  if (startMonth === undefined) throw new RangeError(`A fiscal quarter is 1–4, got ${q}`);
  const endCe = normaliseYear(beYear);
  const year = startMonth >= FISCAL_START_MONTH ? endCe - 1 : endCe;
  const endMonth = startMonth + 2;
  return {
    start: { year, month: startMonth, day: 1 },
    end: { year, month: endMonth, day: daysInMonth(year, endMonth) },
  };
}

// ---------------------------------------------------------------- month names

export interface MonthNames {
  month: number;
  th: string;
  thShort: string;
  en: string;
  enShort: string;
}

export const THAI_MONTHS: readonly MonthNames[] = [
  { month: 1, th: "มกราคม", thShort: "ม.ค.", en: "January", enShort: "Jan" },
  { month: 2, th: "กุมภาพันธ์", thShort: "ก.พ.", en: "February", enShort: "Feb" },
  { month: 3, th: "มีนาคม", thShort: "มี.ค.", en: "March", enShort: "Mar" },
  { month: 4, th: "เมษายน", thShort: "เม.ย.", en: "April", enShort: "Apr" },
  { month: 5, th: "พฤษภาคม", thShort: "พ.ค.", en: "May", enShort: "May" },
  { month: 6, th: "มิถุนายน", thShort: "มิ.ย.", en: "June", enShort: "Jun" },
  { month: 7, th: "กรกฎาคม", thShort: "ก.ค.", en: "July", enShort: "Jul" },
  { month: 8, th: "สิงหาคม", thShort: "ส.ค.", en: "August", enShort: "Aug" },
  { month: 9, th: "กันยายน", thShort: "ก.ย.", en: "September", enShort: "Sep" },
  { month: 10, th: "ตุลาคม", thShort: "ต.ค.", en: "October", enShort: "Oct" },
  { month: 11, th: "พฤศจิกายน", thShort: "พ.ย.", en: "November", enShort: "Nov" },
  { month: 12, th: "ธันวาคม", thShort: "ธ.ค.", en: "December", enShort: "Dec" },
];

/** Spoken short forms ("เมษา") and the misspellings met in real documents (กรกฏาคม with ฏ). */
const MONTH_ALIASES: readonly (readonly [string, number])[] = [
  ["มกรา", 1],
  ["กุมภา", 2],
  ["มีนา", 3],
  ["เมษา", 4],
  ["พฤษภา", 5],
  ["มิถุนา", 6],
  ["กรกฎา", 7],
  ["กรกฏาคม", 7],
  ["กรกฏา", 7],
  ["สิงหา", 8],
  ["กันยา", 9],
  ["ตุลา", 10],
  ["พฤศจิกา", 11],
  ["พฤษจิกายน", 11],
  ["ธันวา", 12],
  ["sept", 9],
];

/**
 * Dots and spaces vary ("ต.ค.", "ต. ค.", "ตค"), and "เดือน" ("month") or "ตั้งแต่เดือน" ("from the
 * month of") is often glued to the name.
 */
const monthKey = (token: string): string =>
  token
    .replace(/[\s.]/g, "")
    .replace(/^(?:ตั้งแต่)?(?:เดือน)?/, "")
    .toLowerCase();

const MONTH_BY_KEY: ReadonlyMap<string, number> = new Map([
  ...THAI_MONTHS.flatMap((m) =>
    [m.th, m.thShort, m.en, m.enShort].map((n) => [monthKey(n), m.month] as const),
  ),
  ...MONTH_ALIASES.map(([name, month]) => [monthKey(name), month] as const),
]);

/** 1–12 for a month name, abbreviation or number ("เม.ย.", "เมษายน", "April", "04"); undefined otherwise. */
export function monthFromName(token: string): number | undefined {
  const key = monthKey(toArabicDigits(token));
  if (!/^\d{1,2}$/.test(key)) return MONTH_BY_KEY.get(key);
  const month = Number(key);
  return month >= 1 && month <= 12 ? month : undefined;
}

// ---------------------------------------------------------------- parsing

type Groups = Partial<Record<string, string>>;

/** Years outside this range are typos ("256" for 2566), not dates anyone plans for. */
const MIN_CE_YEAR = 1900;
const MAX_CE_YEAR = 2200;
/** Longer text is a paragraph, not a date; the cap also bounds the regex work. */
const MAX_TEXT = 200;

const ERA_BY_MARK: ReadonlyMap<string, Era> = new Map([
  ["พศ", "BE"],
  ["คศ", "CE"],
]);

/** A written era wins over the guess: "ค.ศ. 24" is 2024, "พ.ศ. 67" is 2567. */
function resolveYear(digits: string, eraMark: string | undefined): number {
  const era = eraMark === undefined ? undefined : ERA_BY_MARK.get(eraMark.replace(/[\s.]/g, ""));
  const y = Number(digits);
  const twoDigits = digits.length <= 2;
  if (era === "CE") return twoDigits ? 2000 + y : y;
  if (era === "BE") return toCommonEraYear(twoDigits ? TWO_DIGIT_BE_CENTURY + y : y);
  return normaliseYear(y);
}

/** Leading and trailing words are fine ("ณ วันที่ …"); other numbers are not, as they would make the reading a guess. */
const LEAD = String.raw`^\D*?`;
const TAIL = String.raw`\D*$`;
/** Thai letters and marks (not digits), Latin letters and dots; lazy, so a glued year ("เม.ย.2567") is left over. */
const MONTH_WORD = String.raw`[\u0E01-\u0E4Fa-z.]+?`;
const era = (name: string): string => String.raw`(?:(?<${name}>พ\.\s?ศ\.|ค\.\s?ศ\.)\s*)?`;
const year = (name: string): string => String.raw`(?<${name}>\d{4}|\d{2})`;
const pattern = (body: string): RegExp => new RegExp(`${LEAD}${body}${TAIL}`, "i");

const DATE_PATTERNS: readonly RegExp[] = [
  pattern(String.raw`(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})`),
  pattern(String.raw`(?<day>\d{1,2})[/.-](?<month>\d{1,2})[/.-]${year("year")}`),
  pattern(String.raw`(?<day>\d{1,2})\s*(?:เดือน\s*)?(?<month>${MONTH_WORD})\s*${era("era")}${year("year")}`),
];

const prepare = (text: string): string => toArabicDigits(cleanText(text));

function firstGroups(patterns: readonly RegExp[], text: string): Groups | undefined {
  if (text.length > MAX_TEXT) return undefined;
  for (const p of patterns) {
    const groups = p.exec(text)?.groups;
    if (groups) return groups;
  }
  return undefined;
}

const unknownMonth = (code: ParseCode, original: string, token: string): ParseFailure =>
  fail(
    code,
    original,
    (q) => `${q}: ไม่รู้จักเดือน "${token}"`,
    (q) => `${q}: unknown month "${token}"`,
  );

function yearProblem(code: ParseCode, original: string, ce: number): ParseFailure | undefined {
  if (ce >= MIN_CE_YEAR && ce <= MAX_CE_YEAR) return undefined;
  const [minBe, maxBe] = [toBuddhistYear(MIN_CE_YEAR), toBuddhistYear(MAX_CE_YEAR)];
  return fail(
    code,
    original,
    (q) => `${q}: ปี พ.ศ. ${toBuddhistYear(ce)} อยู่นอกช่วง ${minBe}–${maxBe}`,
    (q) => `${q}: the year ${ce} CE (BE ${toBuddhistYear(ce)}) is outside ${MIN_CE_YEAR}–${MAX_CE_YEAR}`,
  );
}

function missingDay(original: string, date: CivilDate): ParseFailure {
  const names = THAI_MONTHS[date.month - 1];
  return fail(
    PARSE_CODES.dateDay,
    original,
    (q) => `${q}: เดือน${names?.th ?? ""} ${toBuddhistYear(date.year)} ไม่มีวันที่ ${date.day}`,
    (q) => `${q}: ${names?.en ?? ""} ${date.year} has no day ${date.day}`,
  );
}

function buildDate(original: string, groups: Groups): Parsed<CivilDate> {
  const token = groups.month ?? "";
  const month = monthFromName(token);
  if (month === undefined) return unknownMonth(PARSE_CODES.dateMonth, original, token);
  const ce = resolveYear(groups.year ?? "", groups.era);
  const date = { year: ce, month, day: Number(groups.day) };
  return (
    yearProblem(PARSE_CODES.dateYear, original, ce) ??
    (isValidCivilDate(date) ? ok(date) : missingDay(original, date))
  );
}

/**
 * A date as Thai documents write it: "3 เมษายน 2567", "๙ กุมภาพันธ์ ๒๕๖๖", "3 เม.ย. 67", "3 เม.ย.2567",
 * "ณ วันที่ 03 เมษายน 2567", "2024-04-03", "3/4/2567" (day first). Years follow normaliseYear.
 */
export function parseThaiDate(text: string): Parsed<CivilDate> {
  const groups = firstGroups(DATE_PATTERNS, prepare(text));
  if (groups) return buildDate(text, groups);
  return fail(
    PARSE_CODES.dateInvalid,
    text,
    (q) => `${q} ไม่ใช่วันที่ (ตัวอย่าง: 3 เมษายน 2567)`,
    (q) => `${q} is not a date (e.g. 3 เมษายน 2567 or 2024-04-03)`,
  );
}

const SEPARATOR = String.raw`\s*(?:-|–|—|−|ถึง|to)\s*(?:เดือน\s*)?`;

type PeriodReader = (groups: Groups, original: string) => Parsed<MonthPeriod> | undefined;

const yearMonth = (d: CivilDate): YearMonth => ({ year: d.year, month: d.month });
const monthsOf = (range: DateRange): MonthPeriod => ({
  start: yearMonth(range.start),
  end: yearMonth(range.end),
});

function readFiscalYear(groups: Groups, original: string): Parsed<MonthPeriod> {
  const endCe = resolveYear(groups.year ?? "", groups.era);
  return yearProblem(PARSE_CODES.periodYear, original, endCe) ?? ok(monthsOf(fiscalYearRange(endCe)));
}

function readQuarter(groups: Groups, original: string): Parsed<MonthPeriod> {
  const q = Number(groups.quarter);
  if (q !== 1 && q !== 2 && q !== 3 && q !== 4) {
    return fail(
      PARSE_CODES.periodQuarter,
      original,
      (t) => `${t}: ไตรมาสต้องเป็น 1–4`,
      (t) => `${t}: a fiscal quarter is 1–4`,
    );
  }
  const endCe = resolveYear(groups.year ?? "", groups.era);
  return yearProblem(PARSE_CODES.periodYear, original, endCe) ?? ok(monthsOf(quarterRange(endCe, q)));
}

const monthIndex = (ym: YearMonth): number => ym.year * 12 + ym.month;

function checkedPeriod(original: string, period: MonthPeriod): Parsed<MonthPeriod> {
  const badYear =
    yearProblem(PARSE_CODES.periodYear, original, period.start.year) ??
    yearProblem(PARSE_CODES.periodYear, original, period.end.year);
  if (badYear) return badYear;
  if (monthIndex(period.start) <= monthIndex(period.end)) return ok(period);
  return fail(
    PARSE_CODES.periodOrder,
    original,
    (q) => `${q}: เดือนเริ่มต้นอยู่หลังเดือนสิ้นสุด`,
    (q) => `${q}: the start month comes after the end month`,
  );
}

/** Without a start year, the period ends within twelve months of its start ("ต.ค. – ธ.ค. 66"). */
function readRange(groups: Groups, original: string): Parsed<MonthPeriod> {
  const [startToken, endToken] = [groups.startMonth ?? "", groups.endMonth ?? ""];
  const startMonth = monthFromName(startToken);
  if (startMonth === undefined) return unknownMonth(PARSE_CODES.periodMonth, original, startToken);
  const endMonth = monthFromName(endToken);
  if (endMonth === undefined) return unknownMonth(PARSE_CODES.periodMonth, original, endToken);
  const endYear = resolveYear(groups.endYear ?? "", groups.endEra);
  const startYear =
    groups.startYear === undefined
      ? endYear - (startMonth > endMonth ? 1 : 0)
      : resolveYear(groups.startYear, groups.startEra);
  return checkedPeriod(original, {
    start: { year: startYear, month: startMonth },
    end: { year: endYear, month: endMonth },
  });
}

/** One month ("เมษายน 2567"); a non-month word here means the text is no period at all. */
function readSingleMonth(groups: Groups, original: string): Parsed<MonthPeriod> | undefined {
  const month = monthFromName(groups.month ?? "");
  if (month === undefined) return undefined;
  const ym = { year: resolveYear(groups.year ?? "", groups.era), month };
  return checkedPeriod(original, { start: ym, end: { ...ym } });
}

/** Tried in order: a quarter or fiscal-year label names its year in words a month range would misread. */
const PERIOD_SHAPES: readonly { pattern: RegExp; read: PeriodReader }[] = [
  {
    pattern: pattern(
      String.raw`(?:ไตรมาส(?:ที่)?|q)\s*(?<quarter>\d)\s*(?:/|ปีงบประมาณ|ปีงบ|ปี|\s)\s*${era("era")}${year("year")}`,
    ),
    read: readQuarter,
  },
  { pattern: pattern(String.raw`(?:ปีงบประมาณ|ปีงบ|fy)\s*${era("era")}${year("year")}`), read: readFiscalYear },
  {
    pattern: pattern(
      String.raw`(?<startMonth>${MONTH_WORD})\s*${era("startEra")}(?<startYear>\d{4}|\d{2})?${SEPARATOR}(?<endMonth>${MONTH_WORD})\s*${era("endEra")}${year("endYear")}`,
    ),
    read: readRange,
  },
  {
    pattern: pattern(String.raw`(?<month>${MONTH_WORD})\s*${era("era")}${year("year")}`),
    read: readSingleMonth,
  },
];

/**
 * A span of months, years in CE: "ต.ค. 65 – ก.ย. 66", "ตุลาคม ๒๕๖๔ – กันยายน ๒๕๖๕", "ต.ค.65-ก.ย.66",
 * "ตุลาคม 2566 ถึง กันยายน 2567", "ปีงบประมาณ พ.ศ. ๒๕๖๗", "ไตรมาส 2/2567", "เมษายน 2567".
 */
export function parseThaiPeriod(text: string): Parsed<MonthPeriod> {
  const prepared = prepare(text);
  for (const shape of prepared.length <= MAX_TEXT ? PERIOD_SHAPES : []) {
    const groups = shape.pattern.exec(prepared)?.groups;
    const result = groups && shape.read(groups, text);
    if (result) return result;
  }
  return fail(
    PARSE_CODES.periodInvalid,
    text,
    (q) => `${q} ไม่ใช่ช่วงเวลา (ตัวอย่าง: ต.ค. 66 – ก.ย. 67, ปีงบประมาณ 2567, ไตรมาส 2/2567)`,
    (q) => `${q} is not a period (e.g. ต.ค. 66 – ก.ย. 67, ปีงบประมาณ 2567, ไตรมาส 2/2567)`,
  );
}

// ---------------------------------------------------------------- formatting

export interface ThaiDateFormat {
  /** "long": เมษายน 2567; "short": เม.ย. 67. */
  style?: "long" | "short";
  thaiDigits?: boolean;
  /** Default "BE". */
  era?: Era;
}

function monthLabel(month: number, style: "long" | "short"): string {
  const names = THAI_MONTHS[month - 1];
  if (names === undefined) throw new RangeError(`No such month: ${month}`);
  return style === "long" ? names.th : names.thShort;
}

/**
 * Two digits only for BE 2500–2599, the years normaliseYear reads back from two digits; CE years
 * keep four, so a short CE year is never mistaken for a BE one.
 */
function yearLabel(ce: number, style: "long" | "short", era: Era): string {
  const shown = era === "BE" ? toBuddhistYear(ce) : ce;
  const century = shown - TWO_DIGIT_BE_CENTURY;
  const twoDigits = style === "short" && era === "BE" && century >= 0 && century < 100;
  return twoDigits ? String(century).padStart(2, "0") : String(shown);
}

const withDigits = (text: string, thaiDigits: boolean): string => (thaiDigits ? toThaiDigits(text) : text);

/** "3 เมษายน 2567" (long, the default) or "3 เม.ย. 67" (short). */
export function formatThaiDate(d: DateInput, opts: ThaiDateFormat = {}): string {
  const { style = "long", thaiDigits = false, era = "BE" } = opts;
  const c = toCivilDate(d);
  return withDigits(`${c.day} ${monthLabel(c.month, style)} ${yearLabel(c.year, style, era)}`, thaiDigits);
}

/** "ต.ค. 65 – ก.ย. 66" (short, the default, as plans print it) or "ตุลาคม 2565 – กันยายน 2566" (long). */
export function formatThaiPeriod(start: YearMonth, end: YearMonth, opts: ThaiDateFormat = {}): string {
  const { style = "short", thaiDigits = false, era = "BE" } = opts;
  const label = (ym: YearMonth): string => `${monthLabel(ym.month, style)} ${yearLabel(ym.year, style, era)}`;
  return withDigits(`${label(start)} – ${label(end)}`, thaiDigits);
}
