import type { Problem } from "../domain/problem";
import { parseRange, rangeAddress, type RangeBox } from "./address";
import {
  isFormula,
  type CellStyle,
  type CellWrite,
  type Patch,
  type PatchStep,
  type SheetSnapshot,
  type Snapshot,
} from "./model";
import { intersects } from "./xlsx/boxes";
import { cellList, refusal } from "./xlsx/messages";
import { isSheetName } from "./xlsx/sheets";
import { isColour } from "./xlsx/styles";
import { isTableName, targetBox, type WriteTableStep } from "./xlsx/tables";
import { isWritableList } from "./xlsx/validation";

/**
 * Everything that could make a patch fail or destroy something, checked against the workbook as it
 * is now and before any step runs, for both adapters: a refused patch leaves the workbook
 * untouched, and a patch that passes cannot stop half-way on a bad address or name. Each adapter
 * gives a `WorkbookView`: xlsx/preconditions.ts over ExcelJS, office/check.ts over what one sync
 * loaded, so both refuse with the same codes, texts, sheet and cell.
 */

export interface ViewSheet {
  name: string;
  visibility: SheetSnapshot["visibility"];
}

export interface ViewTable {
  name: string;
  sheet: string;
  box: RangeBox;
}

export interface WorkbookView {
  readonly sheets: readonly ViewSheet[];
  /** Every table of the workbook, sheet by sheet. */
  readonly tables: readonly ViewTable[];
  /** The digest of a table as it is now (../fingerprint.ts over what read.ts would read). */
  fingerprint(table: ViewTable): string;
  /** A1 addresses of the cells of `box` holding a value or formula outside every `except` box, row by row. */
  nonEmptyCells(sheet: ViewSheet, box: RangeBox, except: readonly RangeBox[]): string[];
}

type Step<K extends PatchStep["kind"]> = Extract<PatchStep, { kind: K }>;

interface Context {
  view: WorkbookView;
  snapshot: Snapshot;
  problems: Problem[];
  /** Sheets as they will be when the step runs: lower-case name → visibility. */
  sheets: Map<string, SheetSnapshot["visibility"]>;
}

const lower = (s: string) => s.toLowerCase();

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

const onGrid = (b: RangeBox): boolean =>
  b.top >= 1 && b.left >= 1 && b.bottom <= MAX_ROW && b.right <= MAX_COLUMN;

function parsed(address: string): RangeBox | undefined {
  try {
    const b = parseRange(address);
    return onGrid(b) ? b : undefined;
  } catch {
    return undefined;
  }
}

/** Excel compares sheet and table names without case; an exact match wins. */
export function findSheet(view: WorkbookView, name: string): ViewSheet | undefined {
  return view.sheets.find((s) => s.name === name) ?? view.sheets.find((s) => lower(s.name) === lower(name));
}

export const findTable = (view: WorkbookView, name: string): ViewTable | undefined =>
  view.tables.find((t) => lower(t.name) === lower(name));

/** The box a writeTable step fills: an existing table stays at its own top-left. */
export const target = (step: WriteTableStep, existing: ViewTable | undefined): RangeBox =>
  targetBox(
    step,
    existing && {
      name: existing.name,
      box: existing.box,
      headerRow: true,
      totalsRow: false,
      columnNames: [],
    },
  );

function box(ctx: Context, address: string, sheet: string): RangeBox | undefined {
  const b = parsed(address);
  if (!b) ctx.problems.push(refusal("badAddress", { address }, { sheet }));
  return b;
}

function knownSheet(ctx: Context, sheet: string): boolean {
  if (ctx.sheets.has(lower(sheet))) return true;
  ctx.problems.push(refusal("noSheet", { sheet }, { sheet }));
  return false;
}

function colour(ctx: Context, value: string | undefined, sheet: string): void {
  if (value !== undefined && !isColour(value))
    ctx.problems.push(refusal("badColour", { colour: value }, { sheet }));
}

function value(ctx: Context, v: CellWrite, sheet: string, cell?: string): void {
  if (typeof v === "number" && !Number.isFinite(v)) {
    ctx.problems.push(refusal("badNumber", { value: String(v) }, { sheet, cell }));
  } else if (isFormula(v) && v.formula.trim().replace(/^=/, "") === "") {
    ctx.problems.push(refusal("emptyFormula", {}, { sheet, cell }));
  }
}

function style(ctx: Context, s: CellStyle | undefined, sheet: string): void {
  colour(ctx, s?.fill, sheet);
  colour(ctx, s?.color, sheet);
}

function tableShape(ctx: Context, step: WriteTableStep): void {
  const { sheet, table } = step;
  if (!isTableName(table)) ctx.problems.push(refusal("badTableName", { table }, { sheet }));
  const headers = step.columns.map((c) => c.header.trim().toLowerCase());
  if (headers.length === 0 || headers.some((h) => h === "") || new Set(headers).size !== headers.length) {
    ctx.problems.push(refusal("badHeaders", { table }, { sheet }));
  }
  for (const c of step.columns) {
    if (c.validation?.type === "list" && !isWritableList(c.validation.values)) {
      ctx.problems.push(refusal("badList", { column: c.header }, { sheet }));
    }
  }
  step.rows.forEach((row, i) => {
    if (row.length > step.columns.length) {
      const p = { table, row: i + 1, cells: row.length, columns: step.columns.length };
      ctx.problems.push(refusal("rowTooWide", p, { sheet }));
    }
    for (const v of row) value(ctx, v, sheet);
  });
  if (!findTable(ctx.view, table)) box(ctx, step.topLeft, sheet);
}

/** A table replaced since it was read is a co-author's work: never overwrite it blindly. */
function unchangedSinceRead(ctx: Context, step: WriteTableStep, internal: boolean): void {
  const found = findTable(ctx.view, step.table);
  if (!found) return;
  const where = { sheet: found.sheet, cell: rangeAddress(found.box) };
  if (step.expect !== undefined) {
    if (ctx.view.fingerprint(found) !== step.expect) {
      ctx.problems.push(refusal("tableChanged", { table: found.name }, where));
    }
  } else if (!internal && !ctx.snapshot.tables.some((t) => lower(t.name) === lower(found.name))) {
    ctx.problems.push(refusal("tableCreated", { table: found.name }, where));
  }
}

/** A new or growing table may take only empty cells, and never another table's. */
function growsIntoEmptyCells(ctx: Context, step: WriteTableStep): void {
  const found = findTable(ctx.view, step.table);
  if (!found && !parsed(step.topLeft)) return; // already reported
  const box = target(step, found);
  if (!onGrid(box)) {
    ctx.problems.push(refusal("badAddress", { address: rangeAddress(box) }, { sheet: step.sheet }));
    return;
  }
  const sheet = findSheet(ctx.view, step.sheet);
  if (!sheet) return;
  for (const other of ctx.view.tables) {
    if (other.sheet === sheet.name && lower(other.name) !== lower(step.table) && intersects(other.box, box)) {
      ctx.problems.push(
        refusal("overlapsTable", { table: step.table, other: other.name }, { sheet: sheet.name }),
      );
    }
  }
  const taken = ctx.view.nonEmptyCells(sheet, box, found ? [found.box] : []);
  if (taken.length > 0) {
    const where = { sheet: sheet.name, cell: taken[0] };
    ctx.problems.push(refusal("growsOver", { table: step.table, cells: cellList(sheet.name, taken) }, where));
  }
}

function writeTable(ctx: Context, step: WriteTableStep, internal = false): void {
  if (!knownSheet(ctx, step.sheet)) return;
  tableShape(ctx, step);
  const found = findTable(ctx.view, step.table);
  if (found && lower(found.sheet) !== lower(step.sheet)) {
    const p = { table: step.table, sheet: step.sheet, other: found.sheet };
    ctx.problems.push(refusal("tableOnOtherSheet", p, { sheet: step.sheet }));
    return;
  }
  unchangedSinceRead(ctx, step, internal);
  growsIntoEmptyCells(ctx, step);
}

const isColumn = (column: string) => /^[A-Za-z]{1,3}$/.test(column);

const CHECKS: { [K in PatchStep["kind"]]: (ctx: Context, step: Step<K>) => void } = {
  ensureSheet(ctx, step) {
    if (!isSheetName(step.sheet))
      ctx.problems.push(refusal("badSheetName", { sheet: step.sheet }, { sheet: step.sheet }));
    colour(ctx, step.tabColor, step.sheet);
    const current = ctx.sheets.get(lower(step.sheet)) ?? "visible";
    ctx.sheets.set(lower(step.sheet), step.visibility ?? current);
  },
  writeTable: (ctx, step) => writeTable(ctx, step),
  /** A sheet with a table holds the user's data: the add-in clears only its own sheets. */
  clearSheet(ctx, step) {
    const sheet = findSheet(ctx.view, step.sheet);
    const tables = sheet ? ctx.view.tables.filter((t) => t.sheet === sheet.name) : [];
    if (sheet && tables.length > 0) {
      const p = { sheet: sheet.name, tables: tables.map((t) => t.name).join(", ") };
      ctx.problems.push(refusal("clearWithTable", p, { sheet: sheet.name }));
    }
  },
  setCells(ctx, step) {
    if (!knownSheet(ctx, step.sheet)) return;
    for (const put of step.cells) {
      if (!put.address.includes(":")) box(ctx, put.address, step.sheet);
      else ctx.problems.push(refusal("badAddress", { address: put.address }, { sheet: step.sheet }));
      value(ctx, put.value, step.sheet, put.address);
      style(ctx, put.style, step.sheet);
    }
  },
  setColumnWidths(ctx, step) {
    if (!knownSheet(ctx, step.sheet)) return;
    for (const column of step.hidden ?? []) {
      if (!isColumn(column))
        ctx.problems.push(refusal("badAddress", { address: column }, { sheet: step.sheet }));
    }
    for (const [column, width] of Object.entries(step.widths)) {
      if (!isColumn(column))
        ctx.problems.push(refusal("badAddress", { address: column }, { sheet: step.sheet }));
      if (!(width >= 0 && width <= 255))
        ctx.problems.push(refusal("badWidth", { column }, { sheet: step.sheet }));
    }
  },
  conditionalFormats(ctx, step) {
    if (!knownSheet(ctx, step.sheet)) return;
    for (const format of step.formats) {
      for (const part of format.ref.trim().split(/\s+/)) box(ctx, part, step.sheet);
      for (const rule of format.rules) {
        if (rule.type === "expression") {
          colour(ctx, rule.fill, step.sheet);
          colour(ctx, rule.color, step.sheet);
        } else {
          colour(ctx, rule.color, step.sheet);
          for (const end of [rule.min, rule.max]) value(ctx, end, step.sheet);
        }
      }
    }
  },
  sheetSetup(ctx, step) {
    if (!knownSheet(ctx, step.sheet)) return;
    const rows = step.freezeRows;
    if (rows !== undefined && !(Number.isInteger(rows) && rows >= 0)) {
      ctx.problems.push(refusal("badFreeze", { rows }, { sheet: step.sheet }));
    }
  },
};

/** Cells the patch newly occupies outside tables must be empty now. */
function mustBeEmpty(ctx: Context, patch: Patch): void {
  for (const { sheet: name, range } of patch.mustBeEmpty) {
    const b = box(ctx, range, name);
    const sheet = findSheet(ctx.view, name);
    if (!b || !sheet) continue;
    const taken = ctx.view.nonEmptyCells(sheet, b, []);
    if (taken.length > 0) {
      const where = { sheet: sheet.name, cell: taken[0] };
      const p = { cells: cellList(sheet.name, taken), range: `${sheet.name}!${range}` };
      ctx.problems.push(refusal("notEmpty", p, where));
    }
  }
}

/** A table the patch was computed from, edited (or removed) since the read, would make it wrong. */
function readsUnchanged(ctx: Context, patch: Patch): void {
  for (const read of patch.reads ?? []) {
    const found = findTable(ctx.view, read.table);
    if (found && ctx.view.fingerprint(found) === read.fingerprint) continue;
    const where = found ? { sheet: found.sheet, cell: rangeAddress(found.box) } : { sheet: read.table };
    ctx.problems.push(refusal("tableChanged", { table: read.table }, where));
  }
}

/**
 * Every reason to refuse the patch; empty when it may be applied. `log` is the step that appends
 * the patch's log entries (its rows: one per row the log table will hold).
 */
export function checkPatch(
  view: WorkbookView,
  patch: Patch,
  snapshot: Snapshot,
  log: WriteTableStep | undefined,
): Problem[] {
  const sheets = new Map(view.sheets.map((s) => [lower(s.name), s.visibility] as const));
  const ctx: Context = { view, snapshot, problems: [], sheets };
  mustBeEmpty(ctx, patch);
  readsUnchanged(ctx, patch);
  for (const step of patch.steps) (CHECKS[step.kind] as (c: Context, s: PatchStep) => void)(ctx, step);
  if (log) {
    if (!ctx.sheets.has(lower(log.sheet))) ctx.sheets.set(lower(log.sheet), "visible");
    writeTable(ctx, log, true);
  }
  if (ctx.sheets.size > 0 && ![...ctx.sheets.values()].includes("visible")) {
    ctx.problems.push(refusal("noVisibleSheet", { sheets: ctx.sheets.size }));
  }
  return ctx.problems;
}
