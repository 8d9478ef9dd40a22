import { cleanText } from "../thai/digits";
import { parseTick } from "../thai/checkbox";
import { displayValue, excelErrorOf } from "../thai/parsed";
import { cellAddress, parseCell } from "../../workbook/address";
import type { Cell, Line, Source } from "./types";

/**
 * Cell text as a person reads it. Exports of Word and PDF leave HTML fragments (<p>, <ul><li>,
 * <br>, style attributes, &nbsp;) and Markdown marks (**bold**, ### headings) in cells: block tags
 * become line breaks, every other tag goes, entities are decoded, and a ticked box becomes ☑
 * (an empty one ☐) so that parseTick reads it. Nothing that looks like a tag survives.
 */
export function plainText(raw: string): string {
  if (!NEEDS_WORK.test(raw)) return cleanText(raw);
  if (raw.length > MAX_REMEMBERED) return markupToText(raw);
  const known = REMEMBERED.get(raw);
  if (known !== undefined) return known;
  const text = markupToText(raw);
  if (REMEMBERED.size < MAX_REMEMBERED_CELLS) REMEMBERED.set(raw, text);
  return text;
}

/** Short marked-up cells (check boxes above all) repeat on every row of an export. */
const REMEMBERED = new Map<string, string>();
const MAX_REMEMBERED = 80;
const MAX_REMEMBERED_CELLS = 256;

function markupToText(raw: string): string {
  const noTags = stripTags(decodeEntities(stripTags(raw.replace(CONTROL, ""))));
  return noTags
    .replace(BOLD, "")
    .split("\n")
    .map((line) => cleanText(line.replace(HEADING_MARK, "")))
    .filter((line) => line !== "")
    .join("\n");
}

/** C0 controls other than tab and line breaks, and DEL: invisible, and they break cells downstream. */
const CONTROL_CLASS = [
  [0x00, 0x08],
  [0x0b, 0x0c],
  [0x0e, 0x1f],
  [0x7f, 0x7f],
]
  .map(([a, b]) => `${String.fromCharCode(a!)}-${String.fromCharCode(b!)}`)
  .join("");
const NEEDS_WORK = new RegExp(`[<&*#\n\r${CONTROL_CLASS}]`);
const CONTROL = new RegExp(`[${CONTROL_CLASS}]`, "g");
const BOLD = /\*\*/g;
const HEADING_MARK = /^\s*#{1,6}\s+/;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const INPUT = /<input\b[^<>]*>/gi;
const BLOCK = /^(?:p|div|br|li|ul|ol|tr|table|h[1-6]|blockquote|section|article|hr)$/i;
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)(?=[\s/>])[^<>]*>/g;
/** Markdown writes links as <https://…>: the address is text, not a tag. */
const AUTOLINK = /<((?:https?|ftp|mailto):[^<>\s]*)>/gi;
/** A tag cut off at the end of a cell ("<span style=") is markup too. */
const OPEN_TAG_AT_END = /<\/?[a-zA-Z][^<>]*$/;

function stripTags(s: string): string {
  if (!s.includes("<")) return s;
  return s
    .replace(AUTOLINK, "$1")
    .replace(COMMENT, "")
    .replace(INPUT, checkboxMark)
    .replace(TAG, (_tag, name: string) => (BLOCK.test(name) ? "\n" : ""))
    .replace(OPEN_TAG_AT_END, "");
}

/** ☑ / ☐ for an HTML check box; other inputs carry no text. An unreadable box stays visible as "?". */
function checkboxMark(tag: string): string {
  if (!/type\s*=\s*["']?checkbox/i.test(tag)) return "";
  const tick = parseTick(tag);
  if (!tick.ok) return "?";
  return tick.value ? "☑" : "☐";
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  bull: "•",
};
const ENTITY = /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi;
const MAX_CODE_POINT = 0x10ffff;

function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(ENTITY, (whole, body: string) => {
    if (body[0] !== "#") return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
    const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : Number(body.slice(1));
    return code > 0 && code <= MAX_CODE_POINT ? String.fromCodePoint(code) : whole;
  });
}

/** Tags that Word and PDF exports write; any other tag in a cell is worth a warning. */
const FORMATTING_TAGS: ReadonlySet<string> = new Set(
  "p br div span ul ol li b strong i em u s strike del ins small mark font sup sub h1 h2 h3 h4 h5 h6 table thead tbody tr td th hr blockquote section article a".split(
    " ",
  ),
);

/** Tags other than formatting (script, iframe, img…) and inputs other than check boxes: removed, but reported. */
export function unexpectedTags(raw: string): string[] | undefined {
  if (!raw.includes("<")) return undefined;
  const found = new Set<string>();
  for (const m of raw.matchAll(TAG)) {
    const name = m[1]!.toLowerCase();
    const checkbox = name === "input" && /type\s*=\s*["']?checkbox/i.test(m[0]);
    if (!FORMATTING_TAGS.has(name) && !checkbox) found.add(name);
  }
  return found.size > 0 ? [...found] : undefined;
}

const cellOf = (raw: string, col: number): Cell => {
  const text = plainText(raw);
  const markup = unexpectedTags(raw);
  return markup ? { text, value: text, col, markup } : { text, value: text, col };
};

// ---------------------------------------------------------------- line sources

/** Lines are built on demand, one at a time, so that a 100,000-line paste never holds all its cells. */
export interface LineSource {
  count: number;
  get: (no: number) => Line;
}

/** A line of text; `locate` lives on the prototype so that 100,000 lines make no closures. */
class TextLine implements Line {
  readonly tabbed: boolean;
  readonly cells: Cell[];
  constructor(
    readonly no: number,
    fields: readonly string[],
    private readonly name: string | undefined,
  ) {
    this.tabbed = fields.length > 1;
    this.cells = [];
    for (let col = 0; col < fields.length; col++) this.cells.push(cellOf(fields[col]!, col));
  }
  locate(col: number): Source {
    const at = { line: this.no + 1, column: col + 1 };
    return this.name === undefined ? at : { sheet: this.name, ...at };
  }
}

class GridLine implements Line {
  readonly tabbed = true;
  readonly cells: Cell[];
  constructor(
    readonly no: number,
    values: readonly unknown[],
    private readonly sheet: string,
    private readonly origin: { row: number; column: number },
  ) {
    this.cells = values.map((v, col) => gridCell(v, col));
  }
  locate(col: number): Source {
    return { sheet: this.sheet, cell: cellAddress(this.origin.row + this.no, this.origin.column + col) };
  }
}

export function textLines(text: string, name?: string): LineSource {
  const raw = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  return { count: raw.length, get: (no) => new TextLine(no, (raw[no] ?? "").split("\t"), name) };
}

export function gridLines(grid: readonly (readonly unknown[])[], sheet: string, topLeft = "A1"): LineSource {
  const origin = safeOrigin(topLeft);
  const rows = Array.isArray(grid) ? grid : [];
  return {
    count: rows.length,
    get: (no) => new GridLine(no, Array.isArray(rows[no]) ? rows[no]! : [], sheet, origin),
  };
}

function safeOrigin(topLeft: string): { row: number; column: number } {
  try {
    return parseCell(topLeft);
  } catch {
    return { row: 1, column: 1 };
  }
}

function gridCell(value: unknown, col: number): Cell {
  const plain = gridValue(value);
  if (typeof plain === "string") return cellOf(plain, col);
  if (plain === null) return { text: "", value: null, col };
  return { text: excelErrorOf(plain) ?? plainText(displayValue(plain)), value: plain, col };
}

/** Rich text, hyperlinks and formulas of ExcelJS as their visible value; numbers and booleans stay as they are. */
function gridValue(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value !== "object") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText))
    return v.richText.map((r) => gridValue((r as { text?: unknown }).text)).join("");
  if ("result" in v) return gridValue(v.result);
  if ("text" in v) return gridValue(v.text);
  return value;
}
