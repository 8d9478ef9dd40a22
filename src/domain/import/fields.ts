import type { Problem } from "../problem";
import { parseStatus, statusInfo, type StatusKey } from "../status";
import { parseTick } from "../thai/checkbox";
import { hasThaiDigits, toArabicDigits } from "../thai/digits";
import { parseBudget, parseNumber } from "../thai/number";
import type { ParseFailure, Parsed } from "../thai/parsed";
import type { ColumnKind } from "../../workbook/schema";
import type { Slot } from "./headers";
import { DIMENSION_NOS, KNOWN_INDICATORS, STATUS_SPELLINGS } from "./known";
import { importProblem } from "./messages";
import { NUMBER_LABELS } from "./vocabulary";
import type { Cell, ImportedValue, Line, Source } from "./types";

/** A value read from one or more cells, with the cell it came from. */
export interface Read {
  value: ImportedValue;
  source?: Source;
}

/** A cell under a header column. */
export interface Placed {
  slot: Slot;
  cell: Cell;
}

export interface FieldContext {
  line: Line;
  problems: Problem[];
}

export const NONE: Read = { value: null };

const at = (ctx: FieldContext, p: Placed): Source => ctx.line.locate(p.cell.col);

function parseProblem(ctx: FieldContext, p: Placed, code: string, failure: ParseFailure): void {
  const params = { column: p.slot.header || p.slot.key, detailTh: failure.th, detailEn: failure.en };
  ctx.problems.push(importProblem("error", code, params, at(ctx, p), p.slot.key));
}

function rangeProblem(ctx: FieldContext, p: Placed, value: number | string, range: string): void {
  const params = { column: p.slot.header || p.slot.key, value, range };
  ctx.problems.push(importProblem("error", "import.value.range", params, at(ctx, p), p.slot.key));
}

/** "๑0,000" reads as 10,000, but a number typed half in Thai digits is worth a second look. */
function mixedDigits(ctx: FieldContext, p: Placed): void {
  const text = p.cell.text;
  if (hasThaiDigits(text) && /[0-9]/.test(text)) {
    const params = { column: p.slot.header || p.slot.key, value: text };
    ctx.problems.push(importProblem("warning", "import.value.mixedDigits", params, at(ctx, p), p.slot.key));
  }
}

/** Text of the cells (several columns feeding one key are joined line by line); blank is null. */
export function readText(ctx: FieldContext, placed: readonly Placed[]): Read {
  const filled =
    placed.length === 1
      ? placed[0]!.cell.text === ""
        ? []
        : placed
      : placed.filter((p) => p.cell.text !== "");
  if (filled.length === 0) return NONE;
  filled.forEach((p) => formulaLike(ctx, p));
  return {
    value: filled.length === 1 ? filled[0]!.cell.text : filled.map((p) => p.cell.text).join("\n"),
    source: at(ctx, filled[0]!),
  };
}

/** "=SUM(A1)", "+66", "@x", "-2": kept as the text they are (nothing is ever evaluated), but a spreadsheet would read them as formulas. */
const FORMULA_LIKE = /^(?:[=+@]|-[\d=+@(])/;

function formulaLike(ctx: FieldContext, p: Placed): void {
  if (!FORMULA_LIKE.test(p.cell.text)) return;
  const params = { column: p.slot.header || p.slot.key, value: p.cell.text.slice(0, 40) };
  ctx.problems.push(importProblem("warning", "import.value.formulaLike", params, at(ctx, p), p.slot.key));
}

function readParsed(
  ctx: FieldContext,
  p: Placed,
  parse: (v: unknown) => Parsed<number | null>,
  min: number,
  max: number,
): Read {
  const parsed = parse(arabicNumber(p.cell.value));
  if (!parsed.ok) {
    parseProblem(ctx, p, "import.value.number", parsed);
    return { value: null, source: at(ctx, p) };
  }
  if (parsed.value === null) return NONE;
  mixedDigits(ctx, p);
  if (parsed.value < min || parsed.value > max) {
    rangeProblem(ctx, p, p.cell.text, max === Infinity ? `≥ ${min}` : `${min}–${max}`);
    return { value: null, source: at(ctx, p) };
  }
  return { value: parsed.value, source: at(ctx, p) };
}

/** "๕,๐๐๐.๐๐" in Arabic digits takes the parsers' fast path; anything else goes as written, for their messages. */
function arabicNumber(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const arabic = toArabicDigits(value);
  return arabic !== value && /^-?[\d,]+(?:\.\d+)?$/.test(arabic) ? arabic : value;
}

export const readMoney = (ctx: FieldContext, p: Placed): Read => readParsed(ctx, p, parseBudget, 0, Infinity);
export const readScore = (ctx: FieldContext, p: Placed): Read => readParsed(ctx, p, parseNumber, 0, 100);

/** A quarter's box: blank is unticked; a mark that is neither is an error and the value stays null. */
export function readTick(ctx: FieldContext, p: Placed): Read {
  const parsed = parseTick(p.cell.value);
  if (parsed.ok) return { value: parsed.value, source: at(ctx, p) };
  parseProblem(ctx, p, "import.value.tick", parsed);
  return { value: null, source: at(ctx, p) };
}

const LABEL_PREFIX = new RegExp(`^(?:${NUMBER_LABELS.join("|")})\\s*`);
const LEADING_INTEGER = /^(\d{1,3})(?:\.\d+)?(?=$|[\s.):-])/;

/** The number a cell starts with: "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่" → 1, "มิติที่ ๒" → 2, "9.1" → 9. */
export function numberInText(text: string): number | undefined {
  const unlabelled = toArabicDigits(text).replace(LABEL_PREFIX, "");
  const m = LEADING_INTEGER.exec(unlabelled);
  return m ? Number(m[1]) : undefined;
}

const RANGES: Readonly<Record<string, readonly number[]>> = {
  dimension: DIMENSION_NOS,
  indicator: KNOWN_INDICATORS,
  no: KNOWN_INDICATORS,
};

/** Dimension and indicator numbers, checked against the plan's dimensions and the frameworks' indicators. */
export function readInteger(ctx: FieldContext, p: Placed): Read {
  const whole = parseNumber(p.cell.value);
  const n = whole.ok ? whole.value : numberInText(p.cell.text);
  if (n === undefined) {
    parseProblem(ctx, p, "import.value.number", whole as ParseFailure);
    return { value: null, source: at(ctx, p) };
  }
  if (n === null) return NONE;
  const allowed = RANGES[p.slot.key];
  if (!Number.isInteger(n) || (allowed && !allowed.includes(n))) {
    const range = allowed ? allowed.join(", ") : "1, 2, 3…";
    rangeProblem(ctx, p, p.cell.text, range);
    return { value: null, source: at(ctx, p) };
  }
  return { value: n, source: at(ctx, p) };
}

// ---------------------------------------------------------------- status

/** A status written as text: its name, its name and a note ("ดำเนินการแล้ว (ร้อยละ 80)"), or a list of boxes with the ticked one. */
export function statusFromText(text: string): StatusKey[] | undefined {
  if (/[☑☐]/.test(text)) return tickedInList(text);
  const exact = parseStatus(text);
  if (exact) return [exact];
  const trimmed = text.trim();
  const found = STATUS_SPELLINGS.find(
    ([name]) => trimmed.startsWith(name) && !/[\u0E00-\u0E4Fa-z]/i.test(trimmed[name.length] ?? ""),
  );
  return found ? [found[1]] : undefined;
}

/** "☑ ดำเนินการแล้ว ☐ อยู่ระหว่างดำเนินการ" → the statuses after a ticked box. */
function tickedInList(text: string): StatusKey[] | undefined {
  const parts = text.split(/(?=[☑☐])/).filter((s) => /^[☑☐]/.test(s));
  const ticked = parts.filter((s) => s.startsWith("☑")).map((s) => statusFromText(s.slice(1).trim()));
  if (parts.length === 0 || ticked.some((t) => t === undefined)) return undefined;
  return ticked.flat() as StatusKey[];
}

function statusOfCell(ctx: FieldContext, p: Placed): StatusKey[] {
  if (typeof p.slot.arg === "string") {
    const tick = parseTick(p.cell.value);
    if (tick.ok) return tick.value ? [p.slot.arg as StatusKey] : [];
  }
  const found = statusFromText(p.cell.text);
  if (found) return found;
  const allowed = ["not-started", "in-progress", "done"]
    .map((k) => statusInfo(k as StatusKey).th)
    .join(" / ");
  const params = { value: p.cell.text, allowed };
  ctx.problems.push(importProblem("error", "import.status.unknown", params, at(ctx, p), "status"));
  return [];
}

/** One status from a text column or three tick columns; two different ones is an error and none is set. */
export function readStatus(ctx: FieldContext, placed: readonly Placed[]): Read {
  const filled = placed.filter((p) => p.cell.text !== "");
  const found = filled.flatMap((p) => statusOfCell(ctx, p).map((key) => ({ key, p })));
  const distinct = [...new Set(found.map((f) => f.key))];
  if (distinct.length === 0) return filled.length > 0 ? { value: null, source: at(ctx, filled[0]!) } : NONE;
  const source = at(ctx, found[0]!.p);
  if (distinct.length > 1) {
    const statuses = distinct.map((k) => statusInfo(k).th).join(", ");
    ctx.problems.push(importProblem("error", "import.status.multiple", { statuses }, source, "status"));
    return { value: null, source };
  }
  return { value: statusInfo(distinct[0]!).th, source };
}

/** Reads a key's cells by the managed column's kind; a blank box is unticked, any other blank is null. */
export function readByKind(ctx: FieldContext, kind: ColumnKind, placed: readonly Placed[]): Read {
  if (kind === "status") return readStatus(ctx, placed);
  const first = placed.find((p) => p.cell.text !== "");
  if (!first) return kind === "boolean" && placed[0] ? { value: false, source: at(ctx, placed[0]) } : NONE;
  if (kind === "money") return readMoney(ctx, first);
  if (kind === "score") return readScore(ctx, first);
  if (kind === "integer") return readInteger(ctx, first);
  if (kind === "boolean") return readTick(ctx, first);
  return readText(ctx, placed);
}
