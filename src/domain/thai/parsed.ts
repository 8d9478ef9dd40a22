import { problem, type Location, type Problem, type Severity } from "../problem";

/**
 * The outcome of reading one value. Parsers return this instead of throwing or falling back to 0,
 * so a bad cell can never quietly change a total: the caller decides how to report it.
 */
export type Parsed<T> = { ok: true; value: T } | ParseFailure;

export interface ParseFailure {
  ok: false;
  /** Stable machine code, one of PARSE_CODES. */
  code: string;
  /** The offending input, as received. */
  text: string;
  th: string;
  en: string;
}

/** Every code the Thai-value parsers can return; other modules switch on these. */
export const PARSE_CODES = {
  cellError: "cell.error",
  numberInvalid: "number.invalid",
  numberGrouping: "number.grouping",
  numberDecimals: "number.decimals",
  numberNonFinite: "number.nonFinite",
  numberType: "number.type",
  tickInvalid: "tick.invalid",
  dateInvalid: "date.invalid",
  dateMonth: "date.month",
  dateDay: "date.day",
  dateYear: "date.year",
  periodInvalid: "period.invalid",
  periodMonth: "period.month",
  periodYear: "period.year",
  periodQuarter: "period.quarter",
  periodOrder: "period.order",
} as const;

export type ParseCode = (typeof PARSE_CODES)[keyof typeof PARSE_CODES];

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });

/** Long cells (a whole paragraph pasted by mistake) would drown the message; `text` keeps it all. */
const MAX_QUOTED = 60;

export function quote(text: string): string {
  const shown = text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
  return `"${shown}"`;
}

/** Builds a failure whose messages are written around the quoted offending text. */
export function fail(
  code: ParseCode,
  text: string,
  th: (quoted: string) => string,
  en: (quoted: string) => string,
): ParseFailure {
  const quoted = quote(text);
  return { ok: false, code, text, th: th(quoted), en: en(quoted) };
}

/** Text for a value of any type, safe for objects without a usable toString. */
export function displayValue(input: unknown): string {
  if (typeof input === "string") return input;
  if ((typeof input === "object" && input !== null) || typeof input === "function") {
    return Object.prototype.toString.call(input);
  }
  return String(input);
}

/**
 * Office.js hands error cells over as their text ("#REF!"); ExcelJS as `{ error: "#REF!" }`.
 * Both must surface as an error, not as "not a number", so the user fixes the formula.
 */
const EXCEL_ERROR =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA|BLOCKED!|CONNECT!|FIELD!|UNKNOWN!|BUSY!)$/i;

export const isExcelErrorText = (text: string): boolean => EXCEL_ERROR.test(text.trim());

export function excelErrorOf(input: unknown): string | undefined {
  if (typeof input === "string") return isExcelErrorText(input) ? input.trim() : undefined;
  if (typeof input !== "object" || input === null || !("error" in input)) return undefined;
  const { error } = input;
  return typeof error === "string" && isExcelErrorText(error) ? error.trim() : undefined;
}

export const cellError = (errorText: string): ParseFailure =>
  fail(
    PARSE_CODES.cellError,
    errorText,
    (q) => `เซลล์มีค่าผิดพลาดของ Excel ${q} (ตรวจสอบสูตร)`,
    (q) => `the cell holds the Excel error ${q} (check the formula)`,
  );

/** Turns a failure into the Problem every surface shows, placed where the value came from. */
export function toProblem(
  failure: ParseFailure,
  where: Location = {},
  severity: Severity = "error",
): Problem {
  return problem(severity, failure.code, failure.th, failure.en, where);
}
