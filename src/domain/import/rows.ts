import type { Problem } from "../problem";
import { parseTick } from "../thai/checkbox";
import { toArabicDigits } from "../thai/digits";
import { parseBudget, parseNumber } from "../thai/number";
import { columnKind, isLongText, type KindSpec } from "./kinds";
import {
  NONE,
  numberInText,
  readByKind,
  statusFromText,
  type FieldContext,
  type Placed,
  type Read,
} from "./fields";
import type { Layout, Slot } from "./headers";
import { importProblem, sourceText } from "./messages";
import type { Cell, ImportedTable, ImportedValue, Line, Source } from "./types";

/** A row being built: values and sources by key, and the line it started on. */
export interface Draft {
  values: Record<string, ImportedValue>;
  sources: Record<string, Source>;
  line: Line;
}

export type ByKey = Map<string, Placed[]>;

/** What a kind adds to the generic reading of rows. */
export interface Rules {
  /** Keys read by the kind itself (OIT ids). */
  read?: Readonly<Record<string, (ctx: FieldContext, placed: readonly Placed[]) => Read>>;
  /** A one-cell row or line that labels the rows under it ("มิติที่ 1 …", "๒. ด้าน…"). */
  section?: (text: string) => { key: string; value: ImportedValue } | undefined;
  /** Handles a row that is not a record (a plan's total row); true when it did. */
  special?: (byKey: ByKey, ctx: FieldContext) => boolean;
  /** Fills keys computed from others (a measure's number, follow-up rounds, a plan's yearly budgets). */
  complete?: (draft: Draft, byKey: ByKey, ctx: FieldContext) => void;
  /** Whether a row can be kept; it reports why when not. */
  stands?: (draft: Draft, ctx: FieldContext) => boolean;
  /** After prose, whether a line still belongs to the table. */
  fits?: (byKey: ByKey) => boolean;
  /** Checks over the whole table (a plan's printed totals). */
  finish?: (table: ImportedTable, problems: Problem[]) => void;
  /** Typed columns let a row shifted by an empty cell be realigned by what its cells hold. */
  realign?: boolean;
  /** The table's last row has been read (a grand total). */
  ended?: () => boolean;
}

export interface TableReader {
  readonly layout: Layout;
  row: (line: Line) => void;
  section: (line: Line) => boolean;
  fits: (line: Line) => boolean;
  finish: () => ImportedTable | undefined;
  /** A grand total was read: the same header after it starts another table. */
  ended: () => boolean;
}

const SHIFTS = [1, -1, 2, -2];
const TICK_MARK = /^[☑☐✓✔√]$/;
const PLAIN_NUMBER = /^-?[\d,]+(?:\.\d+)?$/;
const SEQ = /^\(?[\d.]+\)?\.?$/;

const filledCells = (line: Line): Cell[] => line.cells.filter((c) => c.text !== "");

/** Whether a cell's content suits a column: what realigning a shifted row goes by. */
function suits(spec: KindSpec, key: string, cell: Cell): boolean {
  const kind = columnKind(spec, key);
  const text = toArabicDigits(cell.text);
  if (key === "seq") return SEQ.test(text);
  if (kind === "money") return parseBudget(cell.value).ok;
  if (kind === "score") return parseNumber(cell.value).ok;
  if (kind === "integer") return parseNumber(cell.value).ok || numberInText(cell.text) !== undefined;
  if (kind === "boolean") return parseTick(cell.value).ok;
  if (kind === "status") return parseTick(cell.value).ok || statusFromText(cell.text) !== undefined;
  return !PLAIN_NUMBER.test(text) && !TICK_MARK.test(text);
}

export function genericReader(
  layout: Layout,
  spec: KindSpec,
  rules: Rules,
  problems: Problem[],
): TableReader {
  const slotAt = new Map<number, Slot>(layout.slots.map((s) => [s.col, s]));
  const unknownCols = new Set(layout.unknown.map((c) => c.col));
  const slotKeys = new Set(layout.slots.map((s) => s.key));
  const drafts: Draft[] = [];
  /** Values a blank cell takes; `section` when a row of its own named it (no merged cell to warn about). */
  const carried = new Map<string, { value: ImportedValue; source?: Source; section?: boolean }>();
  const carriedRows = new Map<string, Source[]>();
  const hasKeySlot = spec.keyField !== undefined && layout.slots.some((s) => s.key === spec.keyField);
  const keys = [
    ...spec.keys,
    ...new Set(layout.slots.map((s) => s.key).filter((k) => k.startsWith("budget_"))),
  ];

  function place(line: Line, offset: number): { byKey: ByKey; stray: Cell[] } {
    const byKey: ByKey = new Map();
    for (const slot of layout.slots) {
      const cell = line.cells[slot.col + offset];
      if (!cell) continue;
      const list = byKey.get(slot.key);
      if (list) list.push({ slot, cell });
      else byKey.set(slot.key, [{ slot, cell }]);
    }
    const stray: Cell[] = [];
    for (const c of line.cells) {
      if (c.text !== "" && !slotAt.has(c.col - offset) && !unknownCols.has(c.col - offset)) stray.push(c);
    }
    return { byKey, stray };
  }

  function fit(line: Line, offset: number): { score: number; bad: number } {
    const { byKey, stray } = place(line, offset);
    let score = -stray.length;
    let bad = 0;
    for (const [key, placed] of byKey) {
      for (const p of placed.filter((x) => x.cell.text !== "")) {
        const ok = suits(spec, key, p.cell);
        score += ok ? 1 : -1;
        bad += ok ? 0 : 1;
      }
    }
    return { score, bad };
  }

  /** The shift that makes the cells suit their columns better (a leading empty cell, a missing one), or 0. */
  function betterOffset(line: Line): number {
    let best = { offset: 0, score: fit(line, 0).score };
    for (const offset of SHIFTS) {
      const score = fit(line, offset).score;
      if (score > best.score) best = { offset, score };
    }
    return best.offset;
  }

  function continues(byKey: ByKey): boolean {
    if (!hasKeySlot || (byKey.get(spec.keyField!) ?? []).some((p) => p.cell.text !== "")) return false;
    return [...byKey].every(
      ([key, placed]) => placed.every((p) => p.cell.text === "") || isLongText(spec, key),
    );
  }

  function append(draft: Draft, byKey: ByKey, ctx: FieldContext): void {
    for (const [key, placed] of byKey) {
      const filled = placed.filter((p) => p.cell.text !== "");
      if (filled.length === 0) continue;
      const text = filled.map((p) => p.cell.text).join("\n");
      const before = draft.values[key];
      draft.values[key] = typeof before === "string" && before !== "" ? `${before}\n${text}` : text;
      draft.sources[key] ??= ctx.line.locate(filled[0]!.cell.col);
    }
  }

  /** A blank cell takes the value above; a cell missing from a cut-off row does not. */
  function carry(draft: Draft, byKey: ByKey): void {
    for (const key of spec.carry ?? []) {
      const cell = byKey.get(key)?.[0]?.cell;
      const here = draft.values[key];
      if (here !== null && here !== undefined) {
        carried.set(key, { value: here, ...(draft.sources[key] ? { source: draft.sources[key] } : {}) });
        continue;
      }
      const above = carried.get(key);
      if (!above || draft.sources[key] !== undefined || (slotKeys.has(key) && !cell)) continue;
      draft.values[key] = above.value;
      if (above.source) draft.sources[key] = above.source;
      if (spec.carryNotice?.includes(key) && !above.section) {
        carriedRows.set(key, [...(carriedRows.get(key) ?? []), draft.line.locate(cell?.col ?? 0)]);
      }
    }
  }

  function build(byKey: ByKey, ctx: FieldContext): Draft {
    const draft: Draft = { values: {}, sources: {}, line: ctx.line };
    for (const key of keys) {
      const placed = byKey.get(key) ?? [];
      const custom = rules.read?.[key];
      const read = custom
        ? custom(ctx, placed)
        : placed.length
          ? readByKind(ctx, columnKind(spec, key), placed)
          : NONE;
      draft.values[key] = read.value;
      if (read.source) draft.sources[key] = read.source;
    }
    return draft;
  }

  function warnStray(stray: readonly Cell[], ctx: FieldContext): void {
    for (const cell of stray) {
      const value = cell.text.length > 40 ? `${cell.text.slice(0, 40)}…` : cell.text;
      problems.push(importProblem("warning", "import.cell.unmapped", { value }, ctx.line.locate(cell.col)));
    }
  }

  function section(line: Line): boolean {
    const filled = filledCells(line);
    const found = filled.length === 1 && rules.section ? rules.section(filled[0]!.text) : undefined;
    if (!found) return false;
    carried.set(found.key, { value: found.value, source: line.locate(filled[0]!.col), section: true });
    return true;
  }

  /**
   * Reads the row where it stands; only when a typed cell fails to read is a shifted reading tried
   * (so clean rows are parsed once), and it replaces the first when every cell suits it better.
   */
  function readAligned(
    line: Line,
    base: { byKey: ByKey; stray: Cell[] },
  ): { draft: Draft; byKey: ByKey; stray: Cell[] } {
    const local: Problem[] = [];
    let placed = base;
    let draft = build(placed.byKey, { line, problems: local });
    if (rules.realign && local.some((p) => p.severity === "error")) {
      const offset = betterOffset(line);
      if (offset !== 0) {
        placed = place(line, offset);
        local.length = 0;
        draft = build(placed.byKey, { line, problems: local });
        problems.push(importProblem("warning", "import.row.shifted", { by: offset }, line.locate(0)));
      }
    }
    problems.push(...local);
    return { draft, byKey: placed.byKey, stray: placed.stray };
  }

  function row(line: Line): void {
    if (section(line)) return;
    const ctx: FieldContext = { line, problems };
    const base = place(line, 0);
    if (rules.special?.(base.byKey, ctx)) return;
    const last = drafts[drafts.length - 1];
    if (continues(base.byKey)) {
      warnStray(base.stray, ctx);
      if (last) return append(last, base.byKey, ctx);
      problems.push(importProblem("warning", "import.continuation.orphan", {}, line.locate(0)));
    }
    const { draft, byKey, stray } = readAligned(line, base);
    warnStray(stray, ctx);
    carry(draft, byKey);
    rules.complete?.(draft, byKey, ctx);
    if (line.tabbed && line.cells.length * 2 < layout.width) {
      const params = { cells: line.cells.length, expected: layout.width };
      problems.push(importProblem("warning", "import.row.short", params, line.locate(0)));
    }
    if (!rules.stands || rules.stands(draft, ctx)) drafts.push(draft);
  }

  function fits(line: Line): boolean {
    const filled = filledCells(line);
    if (filled.length === 0 || filled.some((c) => c.col > layout.width)) return false;
    if (!filled.some((c) => slotAt.has(c.col))) return false;
    return rules.fits ? rules.fits(place(line, 0).byKey) : true;
  }

  function finish(): ImportedTable | undefined {
    for (const [key, rows] of carriedRows) {
      const where = rows.slice(0, 5).map(sourceText).join(", ") + (rows.length > 5 ? "…" : "");
      const params = {
        column: layout.slots.find((s) => s.key === key)?.header ?? key,
        count: rows.length,
        where,
      };
      problems.push(importProblem("warning", "import.value.carried", params, rows[0]!, key));
    }
    if (drafts.length === 0) {
      problems.push(importProblem("warning", "import.table.noRows", { table: spec.table }, layout.from));
      return undefined;
    }
    const lastLine = drafts[drafts.length - 1]!.line;
    const table: ImportedTable = {
      kind: spec.kind,
      table: spec.table,
      rows: drafts.map((d) => ({ values: d.values, sources: d.sources })),
      from: layout.from,
      to: lastLine.locate(filledCells(lastLine)[0]?.col ?? 0),
    };
    rules.finish?.(table, problems);
    return table;
  }

  return { layout, row, section, fits, finish, ended: () => rules.ended?.() ?? false };
}
