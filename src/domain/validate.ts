import { normaliseQuestionId, questionIndex, type Framework } from "./frameworks";
import { DEFAULT_DIMENSIONS, type PlanProject, type StatedTotals } from "./plan";
import { reportProblem, type Location, type Problem } from "./problem";
import type { QuestionScore } from "./scoring";
import { parseStatus, STATUSES, type StatusKey } from "./status";
import { parseTick } from "./thai/checkbox";
import { parseBudget, parseNumber } from "./thai/number";
import { toProblem, type Parsed } from "./thai/parsed";

/**
 * A row as read from a table or a document: raw cell values by field, with where each came from.
 * `row` is 1-based within the data; `cells` maps a field to its A1 address when known.
 */
export interface RawRow {
  row: number;
  values: Readonly<Record<string, unknown>>;
  sheet?: string;
  cells?: Readonly<Record<string, string>>;
  line?: number;
}

/** Rows a reader only iterates once: an array, or rows made as they are asked for. */
export interface RawRowSource extends Iterable<RawRow> {
  readonly length: number;
}

export const locate = (raw: RawRow, field: string): Location => {
  const cell = raw.cells?.[field];
  // The usual row (no sheet, no cell address) as one literal: one allocation, one shape.
  if (raw.sheet === undefined && cell === undefined)
    return raw.line === undefined
      ? { row: raw.row, column: field }
      : { row: raw.row, column: field, line: raw.line };
  // A table's row (sheet and cell, no line) likewise, in the order the general path adds them:
  // properties added to a two-property literal took a second allocation for each location.
  if (raw.sheet !== undefined && cell !== undefined && raw.line === undefined)
    return { row: raw.row, column: field, sheet: raw.sheet, cell };
  const base: Location = { row: raw.row, column: field };
  if (raw.sheet !== undefined) base.sheet = raw.sheet;
  if (cell !== undefined) base.cell = cell;
  if (raw.line !== undefined) base.line = raw.line;
  return base;
};

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** Whether every value of a row is blank, without building the array of its values. */
function blankRow(values: Readonly<Record<string, unknown>>): boolean {
  for (const key in values) if (!isBlank(values[key])) return false;
  return true;
}

/** Whether a character code is one of the white spaces `\s` matches, other than the plain space. */
const isOtherSpace = (c: number) =>
  (c >= 9 && c <= 13) ||
  (c >= 0xa0 &&
    (c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff));

/**
 * Whether `text` would change a string (tidying): white space but single inner plain spaces. A loop over
 * the character codes rather than a regular expression: it runs on three cells of every row.
 */
function untidy(s: string): boolean {
  const last = s.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === last || s.charCodeAt(i + 1) === 32) return true;
    } else if ((c < 0x0e00 || c > 0x0e7f) && isOtherSpace(c)) {
      // Thai letters (U+0E00–U+0E7F), most of a plan's text, skip the test.
      return true;
    }
  }
  return false;
}

const text = (v: unknown): string | undefined => {
  // A tidy non-empty string has no white space at either end, so it is not blank: no trim needed.
  if (typeof v === "string" && v.length > 0 && !untidy(v)) return v;
  if (isBlank(v)) return undefined;
  const s = String(v);
  // Most cells are tidy already; skipping the replace keeps 100,000-row reads fast.
  return untidy(s) ? s.replace(/\s+/g, " ").trim() : s;
};

/** Cached parses of a string larger plans need not repeat, bounded so unique cells cannot grow it without end. */
const MEMO_LIMIT = 4096;

/**
 * A parser that remembers its answers for strings within one read: plans repeat the same ticks,
 * no-budget phrases and amounts on thousands of rows. Parse results are never mutated, so sharing
 * them is safe.
 */
function memo<T>(parse: (v: unknown) => Parsed<T>): (v: unknown) => Parsed<T> {
  const seen = new Map<string, Parsed<T>>();
  // Numbers and booleans (typed cells, ticks) repeat as much as texts; -0 is kept apart from 0.
  const seenValues = new Map<number | boolean, Parsed<T>>();
  return (v) => {
    if (typeof v !== "string") {
      if (!(typeof v === "boolean" || (typeof v === "number" && !Object.is(v, -0)))) return parse(v);
      let parsed = seenValues.get(v);
      if (parsed === undefined) {
        parsed = parse(v);
        if (seenValues.size < MEMO_LIMIT) seenValues.set(v, parsed);
      }
      return parsed;
    }
    let parsed = seen.get(v);
    if (parsed === undefined) {
      parsed = parse(v);
      if (seen.size < MEMO_LIMIT) seen.set(v, parsed);
    }
    return parsed;
  };
}

/** The parsers one plan read uses, each with its own cache. */
interface PlanParsers {
  tick: (v: unknown) => Parsed<boolean>;
  budget: (v: unknown) => Parsed<number | null>;
  number: (v: unknown) => Parsed<number | null>;
  status: (v: unknown) => StatusKey | undefined;
}

const planParsers = (): PlanParsers => ({
  tick: memo(parseTick),
  budget: memo(parseBudget),
  number: memo(parseNumber),
  status: memoStatus(),
});

/** parseStatus normalises each text (NFC); a plan repeats three statuses on every row. */
function memoStatus(): (v: unknown) => StatusKey | undefined {
  const seen = new Map<string, StatusKey | undefined>();
  return (v) => {
    if (typeof v !== "string") return parseStatus(v);
    // One lookup for a known status (every row but the odd unknown one), a second only on a miss.
    const hit = seen.get(v);
    if (hit !== undefined || seen.has(v)) return hit;
    const status = parseStatus(v);
    if (seen.size < MEMO_LIMIT) seen.set(v, status);
    return status;
  };
}

/** Reads one cell with a parser; a failure becomes a problem at that cell and yields undefined. */
function read<T>(
  raw: RawRow,
  field: string,
  parse: (v: unknown) => Parsed<T>,
  problems: Problem[],
): T | undefined {
  const parsed = parse(raw.values[field]);
  if (parsed.ok) return parsed.value;
  problems.push(toProblem(parsed, locate(raw, field)));
  return undefined;
}

const TOTAL_LABEL = /^(รวม|total|grand\s*total|sum)/i;

/** Whether a text starts with 0–9 or ๐–๙, as sequence numbers do: no total label does. */
function startsWithDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 0x0e50 && c <= 0x0e59);
}

export interface PlanRead {
  projects: PlanProject[];
  /** A total row found among the rows (รวมทั้งสิ้น), kept apart from the projects. */
  stated?: StatedTotals;
  problems: Problem[];
}

export interface PlanReadOptions {
  dimensions?: readonly number[];
  /** Fiscal years (BE) of a multi-year plan: fields `budget_<year>`. */
  years?: readonly number[];
}

const QUARTER_FIELDS = ["q1", "q2", "q3", "q4"] as const;

/**
 * The 16 ways four quarters can be ticked, as frozen arrays shared by every project with that
 * pattern: a 100,000-row plan would otherwise hold 100,000 small arrays of four booleans.
 */
const QUARTER_PATTERNS: readonly PlanProject["quarters"][] = Array.from(
  { length: 16 },
  (_, mask) =>
    Object.freeze([
      (mask & 1) !== 0,
      (mask & 2) !== 0,
      (mask & 4) !== 0,
      (mask & 8) !== 0,
    ]) as PlanProject["quarters"],
);

/**
 * Plan rows → projects, with every problem placed at its cell. Blank rows are skipped; a row whose
 * sequence or name starts with รวม / Total is the plan's total row, returned as `stated`.
 */
export function readPlanRows(rows: RawRowSource, options: PlanReadOptions = {}): PlanRead {
  const problems: Problem[] = [];
  // Sized once for every row and cut to the projects found: pushing 100,000 projects copied the
  // growing array a dozen times (2.7 MB a read).
  const projects = new Array<PlanProject>(rows.length);
  let count = 0;
  const parsers = planParsers();
  // The hash of each project's name, made while its text is checked: see checkDuplicates.
  const hashes = new Int32Array(rows.length);
  let stated: StatedTotals | undefined;
  for (const raw of rows) {
    const seq = text(raw.values.seq);
    // A row with a sequence number is not blank: the scan of all its cells is left to the others.
    if (seq === undefined && blankRow(raw.values)) continue;
    const label = seq ?? text(raw.values.name) ?? "";
    if (!startsWithDigit(label) && TOTAL_LABEL.test(label)) {
      stated = readStatedTotals(raw, parsers, problems);
      continue;
    }
    const project = readPlanRow(raw, seq, options, parsers, problems, hashes, count);
    if (project) projects[count++] = project;
  }
  projects.length = count;
  checkDuplicates(projects, hashes, problems);
  return stated ? { projects, stated, problems } : { projects, problems };
}

function readStatedTotals(raw: RawRow, parsers: PlanParsers, problems: Problem[]): StatedTotals {
  const budget = read(raw, "budget", parsers.budget, problems);
  const quarterCounts = QUARTER_FIELDS.map((f) => read(raw, f, parsers.number, problems) ?? undefined);
  const stated: StatedTotals = { where: locate(raw, "budget"), quarterCounts };
  if (budget !== undefined && budget !== null) stated.budget = budget;
  return stated;
}

function readPlanRow(
  raw: RawRow,
  seq: string | undefined,
  options: PlanReadOptions,
  parsers: PlanParsers,
  problems: Problem[],
  hashes: Int32Array,
  index: number,
): PlanProject | undefined {
  // A tidy name (the usual) is checked and hashed in one pass over its characters.
  const nameValue = raw.values.name;
  const tidy = typeof nameValue === "string" ? tidyHash(nameValue) : NaN;
  const name = Number.isNaN(tidy) ? text(nameValue) : (nameValue as string);
  if (name !== undefined) hashes[index] = Number.isNaN(tidy) ? nameHash(name) : tidy;
  if (name === undefined) {
    problems.push(reportProblem("error", "plan.name.missing", {}, locate(raw, "name")));
    return undefined;
  }
  const dimension = readDimension(raw, options.dimensions ?? DEFAULT_DIMENSIONS, parsers, problems);
  let budget = readMoney(raw, "budget", parsers, problems) ?? 0;
  let budgets: Record<number, number> | undefined;
  if (options.years?.length)
    ({ budget, budgets } = readYearBudgets(raw, budget, options.years, parsers, problems));
  let mask = 0;
  for (let q = 0; q < 4; q++) if (read(raw, QUARTER_FIELDS[q]!, parsers.tick, problems)) mask |= 1 << q;
  if (mask === 0) {
    problems.push(
      reportProblem("warning", "plan.quarter.none", { name: shortName(name) }, locate(raw, "q1")),
    );
  }
  const owner = text(raw.values.owner);
  const quarters = QUARTER_PATTERNS[mask]!;
  const where = locate(raw, "name");
  const spent = readSpent(raw, budget, parsers, problems);
  const status = readStatus(raw, parsers, problems);
  // The usual row in one literal, properties in the order the general path adds them: one object
  // of one shape instead of an object whose properties spill into a store that grows row by row
  // (a spent amount or a status added afterwards took a second allocation on every row with one).
  const usual = seq !== undefined && dimension !== undefined && budgets === undefined && owner !== undefined;
  const project: PlanProject = !usual
    ? { name, budget, quarters, where }
    : spent === undefined
      ? status === undefined
        ? { name, budget, quarters, where, seq, dimension, owner }
        : { name, budget, quarters, where, seq, dimension, owner, status }
      : status === undefined
        ? { name, budget, quarters, where, seq, dimension, owner, spent }
        : { name, budget, quarters, where, seq, dimension, owner, spent, status };
  if (!usual) {
    if (seq !== undefined) project.seq = seq;
    if (dimension !== undefined) project.dimension = dimension;
    if (budgets !== undefined) project.budgets = budgets;
    if (owner !== undefined) project.owner = owner;
    if (spent !== undefined) project.spent = spent;
    if (status !== undefined) project.status = status;
  }
  const remarks = text(raw.values.remarks);
  if (remarks !== undefined) project.remarks = remarks;
  return project;
}

const shortName = (name: string) => (name.length > 40 ? `${name.slice(0, 40)}…` : name);

function readDimension(
  raw: RawRow,
  dimensions: readonly number[],
  parsers: PlanParsers,
  problems: Problem[],
): number | undefined {
  const value = raw.values.dimension;
  if (isBlank(value)) {
    problems.push(
      reportProblem(
        "error",
        "plan.dimension.missing",
        { allowed: dimensions.join(", ") },
        locate(raw, "dimension"),
      ),
    );
    return undefined;
  }
  const parsed = parsers.number(value);
  const n = parsed.ok ? parsed.value : null;
  if (n === null || !dimensions.includes(n)) {
    const shown = parsed.ok ? String(value) : parsed.text;
    problems.push(
      reportProblem(
        "error",
        "plan.dimension.invalid",
        { value: shown, allowed: dimensions.join(", ") },
        locate(raw, "dimension"),
      ),
    );
    return undefined;
  }
  return n;
}

/** No local government plan reaches these: a typo (digits typed twice) or a pasted serial number. */
const HUGE_BUDGET = 1e8;
const ABSURD_BUDGET = 1e13;

/** A money cell: blank is a warning (counted as no budget), negative an error. */
function readMoney(
  raw: RawRow,
  field: string,
  parsers: PlanParsers,
  problems: Problem[],
): number | undefined {
  const value = read(raw, field, parsers.budget, problems);
  if (value === undefined) return undefined;
  if (value === null) {
    problems.push(reportProblem("warning", "plan.budget.blank", {}, locate(raw, field)));
    return undefined;
  }
  if (value < 0) {
    problems.push(reportProblem("error", "plan.budget.negative", { value }, locate(raw, field)));
    return undefined;
  }
  if (value >= ABSURD_BUDGET) {
    problems.push(reportProblem("error", "plan.budget.absurd", { value }, locate(raw, field)));
    return undefined;
  }
  if (value >= HUGE_BUDGET)
    problems.push(reportProblem("warning", "plan.budget.huge", { value }, locate(raw, field)));
  return value;
}

function readYearBudgets(
  raw: RawRow,
  budget: number,
  years: readonly number[],
  parsers: PlanParsers,
  problems: Problem[],
): { budget: number; budgets: Record<number, number> } {
  const budgets: Record<number, number> = {};
  for (const year of years) {
    const field = `budget_${year}`;
    if (isBlank(raw.values[field])) continue;
    const value = readMoney(raw, field, parsers, problems);
    if (value !== undefined) budgets[year] = value;
  }
  const total = Object.values(budgets).reduce((s, v) => s + v, 0);
  const single = raw.values.budget;
  if (!isBlank(single) && Math.abs(total - budget) >= 0.005) {
    problems.push(
      reportProblem("warning", "plan.budget.years", { total: budget, years: total }, locate(raw, "budget")),
    );
  }
  return { budget: isBlank(single) ? total : budget, budgets };
}

/** The amount spent so far, when the row reports a valid one; problems at its cell otherwise. */
function readSpent(
  raw: RawRow,
  budget: number,
  parsers: PlanParsers,
  problems: Problem[],
): number | undefined {
  if (isBlank(raw.values.spent)) return undefined;
  const spent = read(raw, "spent", parsers.budget, problems);
  if (spent === undefined || spent === null) return undefined;
  if (spent < 0) {
    problems.push(reportProblem("error", "plan.spent.negative", { value: spent }, locate(raw, "spent")));
    return undefined;
  }
  if (spent - budget >= 0.005) {
    problems.push(reportProblem("warning", "plan.spent.overBudget", { spent, budget }, locate(raw, "spent")));
  }
  return spent;
}

/** The row's status, when it gives a known one; an error at its cell for an unknown one. */
function readStatus(raw: RawRow, parsers: PlanParsers, problems: Problem[]): StatusKey | undefined {
  const statusText = raw.values.status;
  if (isBlank(statusText)) return undefined;
  const status = parsers.status(statusText);
  if (status === undefined) {
    const allowed = STATUSES.map((s) => s.th).join(" / ");
    problems.push(
      reportProblem("error", "status.invalid", { value: String(statusText), allowed }, locate(raw, "status")),
    );
  }
  return status;
}

/** Same name, dimension, budget and quarters: most likely one row pasted twice. */
const sameRow = (a: PlanProject, b: PlanProject) =>
  a.dimension === b.dimension && a.budget === b.budget && a.quarters.every((q, k) => q === b.quarters[k]);

/** Two rows with one sequence number are a warning; two identical rows (likely pasted twice) an error. */
/** "1"…"999999999" as written by a counter (no sign, no leading zero), else -1. */
function counterValue(seq: string): number {
  if (seq.length === 0 || seq.length > 9 || seq.charCodeAt(0) === 48) return -1;
  let n = 0;
  for (let i = 0; i < seq.length; i++) {
    const digit = seq.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * Index (in the project list) of the first project of each sequence, or -1. Plain counters ("1", "2",
 * …, the usual case) are kept in a typed array indexed by their value, which spares hashing 100,000
 * strings; anything else goes to a Map. The two never hold the same string, so this is one lookup
 * table. Indexes rather than projects: a typed array holds no pointers for the garbage collector to
 * trace, and a table of old objects pointing at 100,000 new ones is what made large reads slow.
 */
class SeqIndex {
  private readonly counters: Int32Array;
  private readonly others = new Map<string, number>();
  constructor(private readonly limit: number) {
    this.counters = new Int32Array(limit);
  }
  get(seq: string): number {
    const n = counterValue(seq);
    if (n >= 0 && n < this.limit) return this.counters[n]! - 1;
    return this.others.get(seq) ?? -1;
  }
  set(seq: string, index: number): void {
    const n = counterValue(seq);
    if (n >= 0 && n < this.limit) this.counters[n] = index + 1;
    else this.others.set(seq, index);
  }
}

/** A hash of a name's character codes (the engine's own hash is out of reach). */
function nameHash(s: string): number {
  let h = s.length;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/**
 * `nameHash` of a string `text` would keep as it is (not blank, no white space but single inner
 * spaces), else NaN: the tidy check of `untidy` and the hash in one loop.
 */
function tidyHash(s: string): number {
  const last = s.length - 1;
  if (last < 0) return NaN;
  let h = s.length;
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === last || s.charCodeAt(i + 1) === 32) return NaN;
    } else if ((c < 0x0e00 || c > 0x0e7f) && isOtherSpace(c)) return NaN;
    h = (Math.imul(h, 31) + c) | 0;
  }
  return h;
}

function checkDuplicates(projects: readonly PlanProject[], hashes: Int32Array, problems: Problem[]): void {
  const bySeq = new SeqIndex(2 * projects.length + 64);
  // Projects by name (names are nearly always unique, so no composite key is built per row) in an
  // open-addressing table of typed arrays sized once for the plan: no rehashing as a Set of 100,000
  // names grows, and nothing for the garbage collector to trace (see SeqIndex). A slot holds the
  // index + 1 of the one project of that name, or -(list + 1) once `namesakes` holds a list of them
  // (made only for a name seen twice); `slotHashes` spares comparing names whose hashes differ.
  let size = 64;
  while (size < 2 * projects.length) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size);
  const slotHashes = new Int32Array(size);
  const namesakes: number[][] = [];
  for (let k = 0; k < projects.length; k++) {
    const p = projects[k]!;
    const name = p.name;
    const hash = hashes[k]!;
    let j = hash & mask;
    for (let v = slots[j]!; v !== 0; v = slots[j]!) {
      if (slotHashes[j] === hash && projects[v > 0 ? v - 1 : namesakes[-v - 1]![0]!]!.name === name) break;
      j = (j + 1) & mask;
    }
    const seen = slots[j]!;
    let twin: PlanProject | undefined;
    if (seen === 0) {
      slots[j] = k + 1;
      slotHashes[j] = hash;
    } else {
      const list = seen > 0 ? [seen - 1] : namesakes[-seen - 1]!;
      for (const other of list) {
        if (sameRow(projects[other]!, p)) {
          twin = projects[other];
          break;
        }
      }
      if (twin) {
        const params = { name: shortName(name), other: twin.where?.row ?? "?" };
        problems.push(reportProblem("error", "plan.row.duplicate", params, p.where));
      } else {
        list.push(k);
        if (seen > 0) slots[j] = -namesakes.push(list);
      }
    }
    if (p.seq === undefined) continue;
    const first = bySeq.get(p.seq);
    if (first >= 0 && !twin) {
      const params = { seq: p.seq, other: projects[first]!.where?.row ?? "?" };
      problems.push(reportProblem("warning", "plan.seq.duplicate", params, p.where));
    } else if (first < 0) bySeq.set(p.seq, k);
  }
}

/**
 * Question and item score rows (fields id, part, score) → scores the scorer takes. Ids are
 * normalised ("ข้อ I19" → "i19", "043" → "o43"); unknown ids and bad numbers are errors at their cell.
 */
export function readQuestionRows(
  fw: Framework,
  rows: readonly RawRow[],
): { questions: QuestionScore[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const questions: QuestionScore[] = [];
  const index = questionIndex(fw);
  for (const raw of rows) {
    if (blankRow(raw.values)) continue;
    const idText = text(raw.values.id) ?? "";
    const id = normaliseQuestionId(idText);
    if (id === undefined || !index.has(id)) {
      problems.push(
        reportProblem("error", "score.unknownId", { id: idText, framework: fw.id }, locate(raw, "id")),
      );
      continue;
    }
    const value = read(raw, "score", parseNumber, problems);
    if (value === undefined) continue;
    if (value === null) {
      problems.push(reportProblem("warning", "score.blank", { id }, locate(raw, "score")));
      continue;
    }
    const question: QuestionScore = { id, score: value, where: locate(raw, "score") };
    if (!isBlank(raw.values.part)) {
      const part = read(raw, "part", parseNumber, problems);
      if (part === undefined) continue;
      if (part !== null) question.part = part;
    }
    questions.push(question);
  }
  return { questions, problems };
}

/** Reported indicator rows (fields no, score, lastYear) → reported scores and last year's. */
export function readIndicatorRows(rows: readonly RawRow[]): {
  indicators: { no: number; value: number; where: Location }[];
  lastYear: { no: number; score: number }[];
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const indicators: { no: number; value: number; where: Location }[] = [];
  const lastYear: { no: number; score: number }[] = [];
  for (const raw of rows) {
    const no = read(raw, "no", parseNumber, problems);
    if (no === undefined || no === null) continue;
    const value = read(raw, "score", parseNumber, problems);
    if (value !== undefined && value !== null) indicators.push({ no, value, where: locate(raw, "score") });
    const last = read(raw, "lastYear", parseNumber, problems);
    if (typeof last === "number" && last >= 0 && last <= 100) lastYear.push({ no, score: last });
    // This year's range is checked by the scorer; last year's only passes through here.
    if (typeof last === "number" && (last < 0 || last > 100)) {
      problems.push(
        reportProblem("error", "score.range", { id: `#${no}`, value: last }, locate(raw, "lastYear")),
      );
    }
  }
  return { indicators, lastYear, problems };
}
