import { cleanText, toArabicDigits } from "./digits";
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

/**
 * Marks people put in quarter and status columns, compared after cleaning and lower-casing.
 * ☒ counts as ticked: it is what Word's check-box content control shows when checked (and ☐ when
 * not), and the seeds are Word/PDF exports. ✗ is refused: it reads as "no" as often as "done".
 * √ is listed because Thai Word users type the square-root sign as a tick.
 */
const TICK_MARKS: ReadonlyMap<string, boolean> = new Map([
  ["✓", true],
  ["✔", true],
  ["☑", true],
  ["☒", true],
  ["✅", true],
  ["√", true],
  ["/", true],
  ["x", true],
  ["true", true],
  ["1", true],
  ["ใช่", true],
  ["", false],
  ["☐", false],
  ["□", false],
  ["false", false],
  ["0", false],
  ["-", false],
  ["–", false],
  ["—", false],
  ["ไม่ใช่", false],
]);

/** An HTML check box as the PDF/Word exports write it, with or without self-closing or a closing tag. */
const INPUT_TAG = /^<input\b([^>]*?)\/?\s*>(?:\s*<\/input\s*>)?$/i;
const ATTRIBUTE = /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
/**
 * In HTML any value of `checked` means checked, but a hand-edited checked="false" says the opposite;
 * rather than guess, only the values HTML writers produce are accepted.
 */
const CHECKED_VALUES: ReadonlySet<string> = new Set(["", "checked", "true"]);

const invalidTick = (text: string): ParseFailure =>
  fail(
    PARSE_CODES.tickInvalid,
    text,
    (q) => `${q} ไม่ใช่เครื่องหมายในช่องทำเครื่องหมาย (ใช้ ✓ หรือเว้นว่าง)`,
    (q) => `${q} is neither a ticked nor an empty check box (use ✓ or leave it blank)`,
  );

function readAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) {
    attributes.set((m[1] ?? "").toLowerCase(), m[2] ?? m[3] ?? m[4] ?? "");
  }
  return attributes;
}

function parseInputTag(original: string, attributeSource: string): Parsed<boolean> {
  const attributes = readAttributes(attributeSource);
  if (attributes.get("type")?.toLowerCase() !== "checkbox") return invalidTick(original);
  const checked = attributes.get("checked");
  if (checked === undefined) return ok(false);
  return CHECKED_VALUES.has(checked.toLowerCase()) ? ok(true) : invalidTick(original);
}

function parseTickText(original: string): Parsed<boolean> {
  const text = cleanText(original);
  const tag = INPUT_TAG.exec(text);
  if (tag) return parseInputTag(original, tag[1] ?? "");
  const mark = TICK_MARKS.get(toArabicDigits(text).toLowerCase());
  return mark === undefined ? invalidTick(original) : ok(mark);
}

/** Shared answers for the common cells (results are never mutated): a 100,000-row plan has 400,000 ticks. */
const TICKED: Parsed<boolean> = ok(true);
const UNTICKED: Parsed<boolean> = ok(false);

/** Whether a check box cell is ticked. Blank is unticked; anything unrecognised is an error, never a guess. */
export function parseTick(input: unknown): Parsed<boolean> {
  if (input === null || input === undefined) return UNTICKED;
  if (typeof input === "boolean") return input ? TICKED : UNTICKED;
  const errorText = excelErrorOf(input);
  if (errorText !== undefined) return cellError(errorText);
  if (typeof input === "string") return parseTickText(input);
  if (input === 1 || input === 0) return ok(input === 1);
  return invalidTick(displayValue(input));
}
