import { parseStatus, type StatusKey } from "../status";
import { monthFromName } from "../thai/dates";
import { toArabicDigits } from "../thai/digits";
import { TABLES, headerSpellings } from "../../workbook/schema";
import { KIND_SPECS, type KindSpec } from "./kinds";
import {
  HEADER_PATTERNS,
  HEADER_WORDS,
  PART_LABEL,
  QUARTER_LABEL,
  TOTAL_SUB_LABELS,
  YEAR_LABEL,
} from "./vocabulary";
import type { Cell, ImportKind, Line, Source } from "./types";

/** Header text as compared: NFC, Arabic digits, no spaces, line breaks or bold marks, lower case. */
export const squash = (s: string): string =>
  toArabicDigits(s.normalize("NFC"))
    .replace(/[\s*]+/g, "")
    .replace(/[:：]+$/, "")
    .toLowerCase();

/** One column of a recognised header: the key it feeds, and for group columns the quarter, status, part or round. */
export interface Slot {
  col: number;
  key: string;
  header: string;
  arg?: string | number;
}

export interface Layout {
  kind: ImportKind;
  slots: Slot[];
  /** Fields the header covers. */
  width: number;
  /** Header cells no column of the kind matched: their columns are not read. */
  unknown: Cell[];
  from: Source;
  /** Where a header cell is. */
  at: (col: number) => Source;
  /** Kind and columns, to tell a header repeated on the next page from a new table. */
  signature: string;
  /** 2 when the next line held sub-labels ("1 2 3 4" under ดำเนินการไตรมาส). */
  lines: 1 | 2;
}

interface Word {
  kind: ImportKind;
  key: string;
  spelling: string;
}

interface Match {
  kind: ImportKind;
  key: string;
  quality: number;
  arg?: string | number;
}

const EXACT = 3;
const PREFIX = 2;
const FUZZY = 1;
const MIN_PREFIX = 4;
const MAX_HEADER_CELL = 80;
const MAX_HEADER_FIELDS = 60;

function buildWords(): Word[] {
  const words: Word[] = [];
  const add = (kind: ImportKind, key: string, spelling: string) => {
    if (spelling.length > 1 && !/^\d+$/.test(spelling)) words.push({ kind, key, spelling });
  };
  for (const spec of KIND_SPECS) {
    for (const [key, list] of Object.entries(HEADER_WORDS[spec.kind]))
      list.forEach((w) => add(spec.kind, key, squash(w)));
    const def = TABLES.find((t) => t.name === spec.table)!;
    for (const column of def.columns)
      headerSpellings(column).forEach((w) => add(spec.kind, column.key, squash(w)));
  }
  return words;
}

const WORDS = buildWords();
const BY_SPELLING = new Map<string, Word[]>();
const BY_FIRST_CHAR = new Map<string, Word[]>();
for (const w of WORDS) {
  BY_SPELLING.set(w.spelling, [...(BY_SPELLING.get(w.spelling) ?? []), w]);
  if (w.spelling.length >= MIN_PREFIX)
    BY_FIRST_CHAR.set(w.spelling[0]!, [...(BY_FIRST_CHAR.get(w.spelling[0]!) ?? []), w]);
}

/** A word may end a header cell early only where punctuation or a digit follows ("งบประมาณ(บาท)"). */
const LETTER = /[\u0E00-\u0E4Fa-z]/;

function strongMatches(squashed: string): Match[] {
  const found: Match[] = (BY_SPELLING.get(squashed) ?? []).map((w) => ({ ...w, quality: EXACT }));
  for (const w of BY_FIRST_CHAR.get(squashed[0] ?? "") ?? []) {
    const rest = squashed.slice(w.spelling.length);
    if (rest !== "" && squashed.startsWith(w.spelling) && !LETTER.test(rest[0]!))
      found.push({ ...w, quality: PREFIX });
  }
  for (const p of HEADER_PATTERNS) {
    const m = p.pattern.exec(squashed);
    if (m) found.push({ kind: p.kind, quality: EXACT, ...p.key(m) });
  }
  return found;
}

/** Levenshtein distance, or limit + 1 as soon as it must exceed the limit. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...row) > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/** Words by length, for typo matching: only words within two letters of a cell's length are compared. */
const BY_LENGTH = new Map<number, Word[]>();
for (const w of WORDS) {
  if (w.spelling.length >= MIN_PREFIX)
    BY_LENGTH.set(w.spelling.length, [...(BY_LENGTH.get(w.spelling.length) ?? []), w]);
}

/** A word within one typo (two in a long word) of the text; one edit keeps the first or the last letter. */
function nearWords(text: string): Word[] {
  const found: Word[] = [];
  for (let len = text.length - 2; len <= text.length + 2; len++) {
    for (const w of BY_LENGTH.get(len) ?? []) {
      const limit = w.spelling.length >= 10 ? 2 : 1;
      const ends = w.spelling[0] === text[0] || w.spelling[len - 1] === text[text.length - 1];
      if (ends && distance(text, w.spelling, limit) <= limit) found.push(w);
    }
  }
  return found;
}

/** Typos in headers, on the whole cell or on its part before "(" or "/". */
function fuzzyMatches(squashed: string): Match[] {
  const head = squashed.split(/[(/]/)[0] ?? squashed;
  const words =
    head !== squashed && head.length >= MIN_PREFIX
      ? [...nearWords(squashed), ...nearWords(head)]
      : nearWords(squashed);
  return words.map((w) => ({ kind: w.kind, key: w.key, quality: FUZZY }));
}

/** A row that starts with a number ("1", "๒.๑", "13.") is data: no header does. */
const NUMBER_CELL = /^[\d\u0E50-\u0E59][\d\u0E50-\u0E59.,]*$/;

/** Numbers, ticks and sentences are data, never header words. */
const canBeHeader = (text: string) =>
  text !== "" && text.length <= MAX_HEADER_CELL && !/\d\.\d/.test(text) && !/^[\d.,\s☑☐✓✔/-]+$/.test(text);

interface Candidate {
  spec: KindSpec;
  slots: Slot[];
  score: number;
}

const requiredKey = (key: string) => (key.startsWith("budget_") ? "budget_year" : key);

function evaluate(
  spec: KindSpec,
  cells: readonly Cell[],
  matches: readonly Match[][],
): Candidate | undefined {
  const slots: Slot[] = [];
  const used = new Set<string>();
  let score = 0;
  cells.forEach((cell, col) => {
    const options = matches[col]!.filter((m) => m.kind === spec.kind).sort((a, b) => b.quality - a.quality);
    const pick = options.find((m) => !used.has(slotId(m)) || spec.multi?.includes(m.key));
    if (!pick) return;
    used.add(slotId(pick));
    score += pick.quality;
    slots.push({
      col,
      key: pick.key,
      header: cell.text,
      ...(pick.arg === undefined ? {} : { arg: pick.arg }),
    });
  });
  const keys = new Set(slots.map((s) => requiredKey(s.key)));
  const nonEmpty = cells.filter((c) => c.text !== "").length;
  const complete = spec.required.every((group) => group.some((k) => keys.has(k)));
  return complete && slots.length >= 2 && slots.length * 2 >= nonEmpty ? { spec, slots, score } : undefined;
}

const slotId = (m: { key: string; arg?: string | number }) =>
  m.arg === undefined ? m.key : `${m.key}:${m.arg}`;

/**
 * Whether a line is a table header, and of which kind: every kind scores its columns found among
 * the cells (exact words, words followed by punctuation, then typos); the best complete one wins.
 * The next line is taken into the header when it only holds sub-labels of group columns.
 */
export function recogniseHeader(line: Line, next: Line | undefined): Layout | undefined {
  const cells = line.cells;
  const first = cells.find((c) => c.text !== "");
  if (!first || cells.length > MAX_HEADER_FIELDS || NUMBER_CELL.test(first.text)) return undefined;
  if (cells.filter((c) => c.text !== "").length < 2) return undefined;
  const key = `${cells.map((c) => c.text).join("\t")}\n${next?.tabbed ? next.cells.map((c) => c.text).join("\t") : ""}`;
  const known = SEEN.get(key);
  if (known === null) return undefined;
  if (known) return { ...known, unknown: known.unknown.map((c) => cells[c.col]!), ...placeOf(line) };
  const layout = recogniseNew(line, next);
  if (SEEN.size < MAX_SEEN) SEEN.set(key, layout ?? null);
  return layout;
}

/** A header is printed again on every page: the same header and sub-labels are recognised once. */
const SEEN = new Map<string, Layout | null>();
const MAX_SEEN = 128;

const placeOf = (line: Line) => ({
  from: line.locate(line.cells.find((c) => c.text !== "")?.col ?? 0),
  at: (col: number) => line.locate(col),
});

function recogniseNew(line: Line, next: Line | undefined): Layout | undefined {
  const cells = line.cells;
  const squashed = cells.map((c) => (canBeHeader(c.text) ? squash(c.text) : ""));
  const matches = squashed.map((s) => (s === "" ? [] : strongMatches(s)));
  if (matches.filter((m) => m.length > 0).length < 2) return undefined;
  squashed.forEach((s, i) => {
    if (s !== "" && matches[i]!.length === 0) matches[i] = fuzzyMatches(s);
  });
  const best = KIND_SPECS.map((spec) => evaluate(spec, cells, matches))
    .filter((c): c is Candidate => c !== undefined)
    .reduce<Candidate | undefined>((a, b) => (a === undefined || b.score > a.score ? b : a), undefined);
  return best && buildLayout(best, line, next);
}

function buildLayout(best: Candidate, line: Line, next: Line | undefined): Layout {
  const width = Math.max(line.cells.length, next?.cells.length ?? 0);
  const spans = spansOf(best.slots, line, width);
  const labels = next ? subLabels(best.spec.kind, best.slots, spans, next, line) : undefined;
  const slots = best.slots.flatMap((slot, i) => expand(slot, spans[i]!, labels));
  const unknown = line.cells.filter((c) => c.text !== "" && !best.slots.some((s) => s.col === c.col));
  const signature = `${best.spec.kind}|${slots.map((s) => `${s.col}:${slotId(s)}`).join(",")}`;
  const lastCol = Math.max(
    ...slots.map((s) => s.col),
    ...line.cells.filter((c) => c.text !== "").map((c) => c.col),
  );
  return {
    kind: best.spec.kind,
    slots,
    width: lastCol + 1,
    unknown,
    signature,
    lines: labels ? 2 : 1,
    ...placeOf(line),
  };
}

/** Columns under each header cell: itself and the empty header cells to its right (a merged cell). */
function spansOf(slots: readonly Slot[], line: Line, width: number): [number, number][] {
  return slots.map((slot) => {
    let end = slot.col;
    while (end + 1 < width && (line.cells[end + 1]?.text ?? "") === "") end++;
    return [slot.col, end];
  });
}

type Labelled = Map<number, { key: string; arg?: string | number }>;

const GROUP_LABELS: Readonly<
  Record<string, (text: string, kind: ImportKind) => { key: string; arg?: string | number } | undefined>
> = {
  quarters: (text) => {
    const m = QUARTER_LABEL.exec(squash(text));
    if (m) return { key: `q${m[1]}` };
    const month = monthFromName(text.split(/[-–]/)[0] ?? "");
    return month === undefined ? undefined : { key: `q${fiscalQuarterOf(month)}` };
  },
  status: (text) => {
    const status = parseStatus(text);
    return status === undefined ? undefined : { key: "status", arg: status };
  },
  budget: (text) => {
    const s = squash(text);
    const year = YEAR_LABEL.exec(s);
    if (year) return { key: `budget_${year[1]}` };
    return TOTAL_SUB_LABELS.includes(s) ? { key: "budget" } : undefined;
  },
  score: (text, kind) => {
    const m = kind === "questionScores" ? PART_LABEL.exec(squash(text)) : null;
    return m ? { key: "score", arg: Number(m[1]) } : undefined;
  },
};

/** Q1 is October–December. */
const fiscalQuarterOf = (month: number) => (month >= 10 ? 1 : Math.floor((month - 1) / 3) + 2);

/**
 * The next line as sub-labels of the header's group columns ("1 2 3 4" under ดำเนินการไตรมาส,
 * statuses under ความก้าวหน้า, years under งบประมาณ, parts under คะแนน), or undefined when it
 * holds anything else. A parenthesised note under a plain column ("(บาท)") is part of the header.
 */
function subLabels(
  kind: ImportKind,
  slots: readonly Slot[],
  spans: readonly [number, number][],
  next: Line,
  line: Line,
): Labelled | undefined {
  if (!next.tabbed || sameCells(next, line)) return undefined;
  const labelled: Labelled = new Map();
  for (const cell of next.cells) {
    if (cell.text === "") continue;
    const i = spans.findIndex(([a, b]) => cell.col >= a && cell.col <= b);
    const label = i < 0 ? undefined : GROUP_LABELS[slots[i]!.key]?.(cell.text, kind);
    if (label) labelled.set(cell.col, label);
    else if (!(/^\(.*\)$/.test(cell.text) && slots.some((s) => s.col === cell.col))) return undefined;
  }
  return labelled.size > 0 ? labelled : undefined;
}

/** A line identical to the header is a repeat, not its sub-labels. */
const sameCells = (next: Line, line: Line) =>
  next.cells.length === line.cells.length && next.cells.every((c, i) => c.text === line.cells[i]!.text);

function expand(slot: Slot, [start, end]: [number, number], labels: Labelled | undefined): Slot[] {
  const group = GROUP_LABELS[slot.key];
  if (!group) return [slot];
  const sub: Slot[] = [];
  for (let col = start; col <= end; col++) {
    const label = labels?.get(col);
    if (label) sub.push({ col, header: slot.header, ...label });
  }
  return sub.length > 0 ? sub : defaultExpansion(slot, end - start + 1);
}

/** Without sub-labels: four empty columns after ดำเนินการไตรมาส are quarters 1–4; a header naming the statuses in order spans them. */
function defaultExpansion(slot: Slot, span: number): Slot[] {
  if (slot.key === "quarters" && span >= 4) {
    return [1, 2, 3, 4].map((q) => ({ col: slot.col + q - 1, key: `q${q}`, header: slot.header }));
  }
  if (slot.key === "status") {
    const named = statusesNamed(slot.header);
    if (named.length >= 2 && span >= named.length) {
      return named.map((status, i) => ({
        col: slot.col + i,
        key: "status",
        arg: status,
        header: slot.header,
      }));
    }
  }
  return [slot];
}

/** "ความก้าวหน้า (ยังไม่ได้ดำเนินการ / อยู่ระหว่างดำเนินการ / ดำเนินการ)" → the three statuses in order. */
function statusesNamed(header: string): StatusKey[] {
  const inside = /\(([^)]*)\)/.exec(header)?.[1] ?? "";
  return inside
    .split("/")
    .map((s) => parseStatus(s))
    .filter((s): s is StatusKey => s !== undefined);
}
