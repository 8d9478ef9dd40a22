import { roundHalfUp } from "../round";
import { cleanText, toArabicDigits, toThaiDigits } from "./digits";
import {
  PARSE_CODES,
  cellError,
  displayValue,
  excelErrorOf,
  fail,
  ok,
  type ParseFailure,
  type Parsed,
} from "./parsed";

/** Units written beside amounts and scores, at either end. Percent values stay in points (85% → 85): ITA scores are 0–100. */
const UNITS: readonly string[] = ["ร้อยละ", "คะแนน", "บาท", "บ.", "฿", "%"];

/** Labels that budget cells carry in front of the amount ("งบประมาณ จำนวน ๕๐๐๐ บาท" in the plan seed). */
const BUDGET_LABELS: readonly string[] = ["งบประมาณ", "จำนวนเงิน", "จำนวน", "เป็นเงิน"];

/** Spellings that mean "this project has no budget"; compared with all spaces and line breaks removed. */
const NO_BUDGET: ReadonlySet<string> = new Set([
  "-",
  "–",
  "—",
  "ดำเนินการโดยไม่ใช้งบประมาณ",
  "ไม่ใช้งบประมาณ",
  "ไม่ใช้งบ",
  "ไม่มีงบประมาณ",
]);

const NUMBER_CHARS = /^[\d,.]+$/;
/** Thai documents group digits by threes; "1,00,000" is a typo, not Indian grouping. */
const GROUPED_WHOLE = /^\d{1,3}(?:,\d{3})*$/;
/** "5,000.-" is the Thai way to say "no satang"; the ".-" carries no value. */
const NO_SATANG = /\.-$/;
const PARENTHESISED = /^\((.*)\)$/;
const SIGNED = /^([+\-\u2212])\s*(.*)$/;

const notANumber = (text: string): ParseFailure =>
  fail(
    PARSE_CODES.numberInvalid,
    text,
    (q) => `${q} ไม่ใช่ตัวเลข`,
    (q) => `${q} is not a number`,
  );

function stripAffixes(s: string, words: readonly string[], trailingToo: boolean): string {
  let out = s;
  for (const word of words) {
    if (out.startsWith(word)) out = out.slice(word.length).trimStart();
    if (trailingToo && out.endsWith(word)) out = out.slice(0, -word.length).trimEnd();
  }
  return out;
}

const stripUnits = (s: string): string => stripAffixes(s, UNITS, true);

/** Accounting writes negatives in parentheses; a sign inside them as well would be a contradiction. */
function splitSign(s: string): { negative: boolean; body: string } {
  const paren = PARENTHESISED.exec(s);
  if (paren) return { negative: true, body: stripUnits((paren[1] ?? "").trim()) };
  const signed = SIGNED.exec(s);
  if (signed) return { negative: signed[1] !== "+", body: signed[2] ?? "" };
  return { negative: false, body: s };
}

function readDigits(original: string, body: string, negative: boolean): Parsed<number> {
  const plain = body.replace(NO_SATANG, "");
  if (!NUMBER_CHARS.test(plain) || !/\d/.test(plain)) return notANumber(original);
  const [whole = "", fraction = "", ...extra] = plain.split(".");
  if (extra.length > 0) {
    return fail(
      PARSE_CODES.numberDecimals,
      original,
      (q) => `${q} มีจุดทศนิยมมากกว่าหนึ่งจุด`,
      (q) => `${q} has more than one decimal point`,
    );
  }
  if (fraction.includes(",") || (whole.includes(",") && !GROUPED_WHOLE.test(whole))) {
    return fail(
      PARSE_CODES.numberGrouping,
      original,
      (q) => `${q} วางจุลภาคคั่นหลักผิดตำแหน่ง (ต้องคั่นทุก 3 หลัก เช่น 10,000.00)`,
      (q) => `${q} has misplaced thousands separators (groups of 3 digits, e.g. 10,000.00)`,
    );
  }
  return fromNumber(Number(`${whole.replace(/,/g, "")}.${fraction}`), original, negative);
}

function fromNumber(value: number, original: string, negative = false): Parsed<number> {
  if (!Number.isFinite(value)) {
    return fail(
      PARSE_CODES.numberNonFinite,
      original,
      (q) => `${q} ไม่ใช่ตัวเลขที่ใช้คำนวณได้`,
      (q) => `${q} is not a finite number`,
    );
  }
  // Adding 0 turns -0 into 0, so "-0" and "(0.00)" compare equal to 0 everywhere.
  return ok((negative ? -value : value) + 0);
}

function parseNumberText(original: string, labels: readonly string[]): Parsed<number | null> {
  const text = cleanText(original);
  if (text === "") return ok(null);
  const unlabelled = stripAffixes(toArabicDigits(text), labels, false);
  const { negative, body } = splitSign(stripUnits(unlabelled));
  return readDigits(original, body, negative);
}

const PLAIN_NUMBER = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

function parseAmount(input: unknown, labels: readonly string[]): Parsed<number | null> {
  if (input === null || input === undefined) return ok(null);
  const errorText = excelErrorOf(input);
  if (errorText !== undefined) return cellError(errorText);
  if (typeof input === "number") {
    // A finite number needs no text: String() is only for the message of a failure.
    return Number.isFinite(input) ? ok(input + 0) : fromNumber(input, String(input));
  }
  if (typeof input === "string") {
    // The common case, a plain "10,000.00", needs none of the Thai-aware cleaning.
    if (PLAIN_NUMBER.test(input)) return fromNumber(Number(input.replace(/,/g, "")), input);
    return parseNumberText(input, labels);
  }
  return fail(
    PARSE_CODES.numberType,
    displayValue(input),
    (q) => `ค่า ${q} ไม่ใช่ตัวเลข`,
    (q) => `the value ${q} is not a number`,
  );
}

/**
 * A number from a cell or from text. Blank gives null: whether blank means 0, "not yet known"
 * or an error depends on the column, so the caller decides.
 */
export function parseNumber(input: unknown): Parsed<number | null> {
  return parseAmount(input, []);
}

/** A budget in baht: a number, or one of the ways plans write "no budget" (0). Blank stays null. */
export function parseBudget(input: unknown): Parsed<number | null> {
  if (typeof input === "string" && NO_BUDGET.has(cleanText(input).replace(/ /g, ""))) return ok(0);
  return parseAmount(input, BUDGET_LABELS);
}

export interface NumberFormat {
  /** Digits after the point, 0–20; default 2. */
  decimals?: number;
  /** Print ๐–๙ instead of 0–9; default false. */
  thaiDigits?: boolean;
  /** Thousands separators; default true. */
  grouping?: boolean;
}

const MAX_DECIMALS = 20;
/** Doubles from 2^53 on are whole already; rounding them would only add the error of scaling. */
const ALL_WHOLE_FROM = 2 ** 53;
/** From 1e21 on, toFixed switches to exponent notation; such doubles are whole, so BigInt prints them exactly. */
const EXPONENT_FROM = 1e21;

function plainFixed(abs: number, decimals: number): string {
  if (abs < EXPONENT_FROM) return abs.toFixed(decimals);
  return decimals > 0 ? `${BigInt(abs)}.${"0".repeat(decimals)}` : `${BigInt(abs)}`;
}

const groupThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+$)/g, ",");

/** "10,000.00" or "๑๐,๐๐๐.๐๐", rounded half up. NaN and ±Infinity print as themselves, never as a number. */
export function formatNumber(n: number, opts: NumberFormat = {}): string {
  const { decimals = 2, thaiDigits = false, grouping = true } = opts;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new RangeError(`decimals must be a whole number from 0 to ${MAX_DECIMALS}, got ${decimals}`);
  }
  if (!Number.isFinite(n)) return String(n);
  const rounded = Math.abs(n) >= ALL_WHOLE_FROM ? n : roundHalfUp(n, decimals);
  const [whole = "", fraction] = plainFixed(Math.abs(rounded), decimals).split(".");
  const sign = rounded < 0 ? "-" : "";
  const text = `${sign}${grouping ? groupThousands(whole) : whole}${fraction === undefined ? "" : `.${fraction}`}`;
  return thaiDigits ? toThaiDigits(text) : text;
}
