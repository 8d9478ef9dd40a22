import type ExcelJS from "exceljs";
import type { Problem } from "../../domain/problem";
import { parseRange, rangeAddress, type RangeBox } from "../address";
import {
  isFormula,
  type CellStyle,
  type CellWrite,
  type Patch,
  type PatchStep,
  type SheetSnapshot,
  type Snapshot,
} from "../model";
import { intersects, nonEmptyCells } from "./boxes";
import { tablesOf } from "./internals";
import { cellList, refusal } from "./messages";
import { readTable } from "./read";
import { findSheet, isSheetName } from "./sheets";
import { isColour } from "./styles";
import { findTable, isTableName, targetBox, type WriteTableStep } from "./tables";
import { isWritableList } from "./validation";

/**
 * Everything that could make a patch fail or destroy something is checked here, against the
 * workbook as it is now and before any step runs: a refused patch leaves the workbook untouched,
 * and a patch that passes cannot stop half-way on a bad address or name. Reading only: `findRow`
 * and `findCell`, never `getCell`, so checking adds no cell to the workbook.
 */

type Step<K extends PatchStep["kind"]> = Extract<PatchStep, { kind: K }>;

interface Context {
  wb: ExcelJS.Workbook;
  snapshot: Snapshot;
  problems: Problem[];
  /** Sheets as they will be when the step runs: lower-case name → visibility. */
  sheets: Map<string, SheetSnapshot["visibility"]>;
}

const lower = (s: string) => s.toLowerCase();

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
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
  if (!findTable(ctx.wb, table)) box(ctx, step.topLeft, sheet);
}

/** (a) A table replaced since it was read is a co-author's work: never overwrite it blindly. */
function unchangedSinceRead(ctx: Context, step: WriteTableStep, internal: boolean): void {
  const found = findTable(ctx.wb, step.table);
  if (!found) return;
  const where = { sheet: found.ws.name, cell: rangeAddress(found.info.box) };
  if (step.expect !== undefined) {
    if (readTable(found.ws, found.info).fingerprint !== step.expect) {
      ctx.problems.push(refusal("tableChanged", { table: found.info.name }, where));
    }
  } else if (!internal && !ctx.snapshot.tables.some((t) => lower(t.name) === lower(found.info.name))) {
    ctx.problems.push(refusal("tableCreated", { table: found.info.name }, where));
  }
}

/** (c) A new or growing table may take only empty cells, and never another table's. */
function growsIntoEmptyCells(ctx: Context, step: WriteTableStep): void {
  const found = findTable(ctx.wb, step.table);
  if (!found && !parsed(step.topLeft)) return; // already reported
  const target = targetBox(step, found?.info);
  if (!onGrid(target)) {
    ctx.problems.push(refusal("badAddress", { address: rangeAddress(target) }, { sheet: step.sheet }));
    return;
  }
  const ws = findSheet(ctx.wb, step.sheet);
  if (!ws) return;
  for (const other of tablesOf(ws)) {
    if (lower(other.name) !== lower(step.table) && intersects(other.box, target)) {
      ctx.problems.push(
        refusal("overlapsTable", { table: step.table, other: other.name }, { sheet: ws.name }),
      );
    }
  }
  const taken = nonEmptyCells(ws, target, found ? [found.info.box] : []);
  if (taken.length > 0) {
    const where = { sheet: ws.name, cell: taken[0] };
    ctx.problems.push(refusal("growsOver", { table: step.table, cells: cellList(ws.name, taken) }, where));
  }
}

function writeTable(ctx: Context, step: WriteTableStep, internal = false): void {
  if (!knownSheet(ctx, step.sheet)) return;
  tableShape(ctx, step);
  const found = findTable(ctx.wb, step.table);
  if (found && lower(found.ws.name) !== lower(step.sheet)) {
    const p = { table: step.table, sheet: step.sheet, other: found.ws.name };
    ctx.problems.push(refusal("tableOnOtherSheet", p, { sheet: step.sheet }));
    return;
  }
  unchangedSinceRead(ctx, step, internal);
  growsIntoEmptyCells(ctx, step);
}

const CHECKS: { [K in PatchStep["kind"]]: (ctx: Context, step: Step<K>) => void } = {
  ensureSheet(ctx, step) {
    if (!isSheetName(step.sheet))
      ctx.problems.push(refusal("badSheetName", { sheet: step.sheet }, { sheet: step.sheet }));
    colour(ctx, step.tabColor, step.sheet);
    const current = ctx.sheets.get(lower(step.sheet)) ?? "visible";
    ctx.sheets.set(lower(step.sheet), step.visibility ?? current);
  },
  writeTable: (ctx, step) => writeTable(ctx, step),
  /** (d) A sheet with a table holds the user's data: the add-in clears only its own sheets. */
  clearSheet(ctx, step) {
    const ws = findSheet(ctx.wb, step.sheet);
    const tables = ws ? tablesOf(ws) : [];
    if (ws && tables.length > 0) {
      const p = { sheet: ws.name, tables: tables.map((t) => t.name).join(", ") };
      ctx.problems.push(refusal("clearWithTable", p, { sheet: ws.name }));
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
      if (!/^[A-Za-z]{1,3}$/.test(column))
        ctx.problems.push(refusal("badAddress", { address: column }, { sheet: step.sheet }));
    }
    for (const [column, width] of Object.entries(step.widths)) {
      if (!/^[A-Za-z]{1,3}$/.test(column))
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

/** (b) Cells the patch newly occupies outside tables must be empty now. */
function mustBeEmpty(ctx: Context, patch: Patch): void {
  for (const { sheet, range } of patch.mustBeEmpty) {
    const target = box(ctx, range, sheet);
    const ws = findSheet(ctx.wb, sheet);
    if (!target || !ws) continue;
    const taken = nonEmptyCells(ws, target);
    if (taken.length > 0) {
      const where = { sheet: ws.name, cell: taken[0] };
      ctx.problems.push(
        refusal("notEmpty", { cells: cellList(ws.name, taken), range: `${ws.name}!${range}` }, where),
      );
    }
  }
}

/** Every reason to refuse the patch; empty when it may be applied. `log` is the planned log step. */
export function checkPatch(
  wb: ExcelJS.Workbook,
  patch: Patch,
  snapshot: Snapshot,
  log: WriteTableStep | undefined,
): Problem[] {
  const sheets = new Map(wb.worksheets.map((ws) => [lower(ws.name), ws.state ?? "visible"] as const));
  const ctx: Context = { wb, snapshot, problems: [], sheets };
  mustBeEmpty(ctx, patch);
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
