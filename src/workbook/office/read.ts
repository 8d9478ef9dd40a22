import { cellAddress, type RangeBox } from "../address";
import { fingerprint } from "../fingerprint";
import { type CellValue, type SheetSnapshot, type Snapshot, type TableSnapshot } from "../model";
import { matchHeaders, TABLES } from "../schema";
import { readsLooseCells } from "../sheet-names";
import type { ExcelContext } from "./api";
import { boxOf, cellKey, filledCells, formulaAt, subtract, valueAt, type Grid } from "./cells";
import { sameTables, settle, type Attempt, type Layout, type Probe, type TableLayout } from "./layout";
import { GridLoads, measuredCellBytes } from "./loads";
import { Features, supportsAll, type Supports } from "./requirements";

/**
 * The snapshot of the workbook open in Excel, by the same rules as ../xlsx/read.ts: every table
 * whose name starts with ITA_ or whose headers match a managed table's, and the cells outside
 * tables on the managed sheets (ITA_…, _ita_…, สรุป). One sync when the layout is known (see
 * layout.ts), whatever the number of rows.
 */

const MANAGED_TABLE = /^ita_/i;
export { isManagedSheet } from "../sheet-names";

const isCandidate = (name: string, headers: readonly string[]): boolean =>
  MANAGED_TABLE.test(name) || TABLES.some((def) => matchHeaders(def, headers) !== undefined);

/** What each snapshot was read with: `applyPatch` plans its checks from it. */
const layouts = new WeakMap<Snapshot, Layout>();
export const layoutOf = (snapshot: Snapshot): Layout | undefined => layouts.get(snapshot);

export interface ReadOptions {
  /** The layout seen last (a session passes it): the read then takes one sync. */
  layout?: Layout;
  supports?: Supports;
  /** Response budget per sync in bytes (loads.ts; tests lower it). */
  budget?: number;
  /** Also read the cells of the hidden backup sheets (for listing and restoring them). */
  backups?: boolean;
}

export async function readSnapshot(context: ExcelContext, options: ReadOptions = {}): Promise<Snapshot> {
  const features = new Features(options.supports ?? supportsAll);
  features.requireBase();
  const specialCells = features.has("specialCells");
  const { value, layout } = await settle(context, options.layout, (l, probe) =>
    planRead(l, probe, specialCells, options.budget, options.backups),
  );
  layouts.set(value, layout);
  return value;
}

// ------------------------------------------------------------------------------------------------

interface TableRead {
  layout: TableLayout;
  headers: () => string[];
  body: () => Grid | undefined;
}

/** The body of a table (header and totals rows left out) from its address. */
export function bodyBox(table: TableLayout): RangeBox | undefined {
  const box = boxOf(table.address!);
  const body = {
    ...box,
    top: box.top + (table.showHeaders ? 1 : 0),
    bottom: box.bottom - (table.showTotals ? 1 : 0),
  };
  return body.bottom >= body.top ? body : undefined;
}

/** Queues a table's header texts and (through `loads`) its body; the table's address must be known. */
export function queueTableRead(
  probe: Probe,
  layout: TableLayout,
  loads: GridLoads,
  formulas: boolean,
  withBody = true,
): TableRead {
  const table = probe.table(layout.name);
  let headers: () => string[];
  if (layout.showHeaders) {
    const range = table.getHeaderRowRange();
    range.load("values");
    headers = () =>
      ((range.values as unknown[][])[0] ?? []).map((v) => (v === null || v === undefined ? "" : String(v)));
  } else {
    table.columns.load("items/name");
    headers = () => table.columns.items.map((c) => c.name);
  }
  const box = withBody ? bodyBox(layout) : undefined;
  const body = box ? loads.add(layout.sheet, box, layout.cellBytes, formulas) : () => undefined;
  return { layout, headers, body };
}

/** Body values row by row, as the xlsx adapter reads them. */
export function gridValues(grid: Grid): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let r = grid.box.top; r <= grid.box.bottom; r++) {
    const row: CellValue[] = [];
    for (let c = grid.box.left; c <= grid.box.right; c++) row.push(valueAt(grid, r, c));
    rows.push(row);
  }
  return rows;
}

/** Formula texts of the body ("=…" or null), or "unloaded" when formula cells lack their text. */
function gridFormulas(grid: Grid): (string | null)[][] | "unloaded" {
  const rows: (string | null)[][] = [];
  for (let r = grid.box.top; r <= grid.box.bottom; r++) {
    const row: (string | null)[] = [];
    for (let c = grid.box.left; c <= grid.box.right; c++) {
      const formula = formulaAt(grid, r, c);
      if (formula === undefined) return "unloaded";
      row.push(formula);
    }
    rows.push(row);
  }
  return rows;
}

/**
 * A table needs a body row, so one written without data holds one empty row: a body of exactly
 * one row with no value and no formula reads as no rows (the rule of ../xlsx/read.ts).
 */
export function isPlaceholder(grid: Grid, rows: readonly (readonly CellValue[])[]): boolean {
  if (rows.length !== 1 || !rows[0]!.every((v) => v === null)) return false;
  for (let c = grid.box.left; c <= grid.box.right; c++)
    if (grid.formulaCells.has(cellKey(grid.box.top, c))) return false;
  return true;
}

/** The digest of a table from its loaded header and body (what read.ts would put in the snapshot). */
export function tableDigest(address: string, headers: readonly string[], grid: Grid | undefined) {
  const rows = grid ? gridValues(grid) : [];
  const placeholder = grid !== undefined && isPlaceholder(grid, rows);
  return { digest: fingerprint(address, headers, placeholder ? [] : rows), placeholder, rows };
}

function tableSnapshot(read: TableRead, grid: Grid | undefined): TableSnapshot | "formulas" {
  const { name, sheet, address = "" } = read.layout;
  const headers = read.headers();
  const { digest, placeholder, rows } = tableDigest(address, headers, grid);
  const table: TableSnapshot = {
    name,
    sheet,
    address,
    headers,
    rows: placeholder ? [] : rows,
    fingerprint: digest,
  };
  if (!placeholder && grid && grid.formulaCells.size > 0) {
    const formulas = gridFormulas(grid);
    if (formulas === "unloaded") return "formulas";
    table.formulas = formulas;
  }
  return table;
}

interface LooseRead {
  sheet: string;
  /** Grids of the sheet outside its tables (the whole used range of a sheet without tables). */
  grids: (() => Grid)[];
}

function looseCells(grids: readonly Grid[], tableBoxes: readonly RangeBox[]): Record<string, CellValue> {
  const found: { row: number; column: number; value: CellValue }[] = [];
  for (const grid of grids) {
    for (const address of filledCells(grid, grid.box)) {
      const { top: row, left: column } = boxOf(address);
      if (tableBoxes.some((t) => row >= t.top && row <= t.bottom && column >= t.left && column <= t.right))
        continue;
      found.push({ row, column, value: valueAt(grid, row, column) });
    }
  }
  found.sort((a, b) => a.row - b.row || a.column - b.column);
  return Object.fromEntries(found.map((f) => [cellAddress(f.row, f.column), f.value]));
}

const INCOMPLETE: Attempt<never> = {
  complete: false,
  finish: () => {
    throw new Error("an incomplete attempt is never finished");
  },
};

/** Room in the first sync's answer for the lists, addresses and header rows. */
const SMALL_LOADS = 100_000;

function planRead(
  layout: Layout,
  probe: Probe,
  specialCells: boolean,
  budget?: number,
  backups = false,
): Attempt<Snapshot> {
  // Every load is planned from addresses: without them this attempt only learns the layout.
  if (layout.tables.some((t) => t.address === undefined)) return INCOMPLETE;
  const managed = layout.sheets.filter((s) => readsLooseCells(s.name, backups));
  if (managed.some((s) => s.usedRange === undefined)) return INCOMPLETE;

  const loads = new GridLoads(probe, specialCells, budget);
  const loose: LooseRead[] = managed.map((sheet) => {
    const tables = layout.tables.filter((t) => t.sheet === sheet.name).map((t) => boxOf(t.address!));
    const regions = sheet.usedRange ? subtract(boxOf(sheet.usedRange), tables) : [];
    return {
      sheet: sheet.name,
      grids: regions.map((box) => loads.add(sheet.name, box, sheet.cellBytes, false)),
    };
  });
  // A table known not to be a candidate needs its header row only (to notice if it becomes one).
  const tables = layout.tables.map((t) =>
    queueTableRead(probe, t, loads, specialCells ? t.hasFormulas === true : true, t.candidate !== false),
  );
  const tail = loads.plan(SMALL_LOADS);
  const managedNames = (sheets: Layout["sheets"]) =>
    sheets
      .filter((s) => readsLooseCells(s.name))
      .map((s) => `${s.name}\u0000${s.usedRange}`)
      .join("\u0001");
  return {
    complete: true,
    // The loads depend on the tables and the managed sheets alone. A cold read of a workbook with
    // neither (init's first read: "Sheet1" and nothing else) is then done in the sync that lists
    // the sheets. The used range of a sheet that is not managed is not loaded then: nothing reads it.
    fits: (now) => sameTables(layout, now) && managedNames(layout.sheets) === managedNames(now.sheets),
    tail,
    finish(now) {
      const snapshot: Snapshot = { sheets: [], tables: [], looseCells: {} };
      const order = new Map(now.sheets.map((s, i) => [s.name, i]));
      const measured = new Map<string, number>();
      const candidates = new Map<string, boolean>();
      const again = new Map<string, Partial<TableLayout>>();
      const read = [...tables].sort(
        (a, b) => (order.get(a.layout.sheet) ?? 0) - (order.get(b.layout.sheet) ?? 0),
      );
      for (const t of read) {
        const candidate = isCandidate(t.layout.name, t.headers());
        candidates.set(t.layout.name, candidate);
        if (t.layout.candidate === false) {
          // Its body was not loaded: read again if its name or headers changed that.
          if (candidate) again.set(t.layout.name, { candidate: true });
          continue;
        }
        const grid = t.body();
        if (grid) measured.set(t.layout.name, measuredCellBytes(grid));
        const result = tableSnapshot(t, grid);
        if (result === "formulas") again.set(t.layout.name, { hasFormulas: true });
        else if (candidate) snapshot.tables.push(result);
      }
      if (again.size > 0) {
        return { retry: { ...now, tables: now.tables.map((t) => ({ ...t, ...again.get(t.name) })) } };
      }
      for (const sheet of now.sheets) {
        const entry: SheetSnapshot = {
          name: sheet.name,
          visibility: sheet.visibility,
          protected: sheet.protected,
        };
        if (sheet.usedRange) entry.usedRange = sheet.usedRange;
        snapshot.sheets.push(entry);
      }
      const sheetBytes = new Map<string, number>();
      for (const l of loose) {
        const grids = l.grids.map((g) => g());
        if (grids.length > 0) sheetBytes.set(l.sheet, Math.max(...grids.map(measuredCellBytes)));
        const boxes = now.tables.filter((t) => t.sheet === l.sheet).map((t) => boxOf(t.address!));
        snapshot.looseCells[l.sheet] = looseCells(grids, boxes);
      }
      const measuredLayout: Layout = {
        sheets: now.sheets.map((s) =>
          sheetBytes.has(s.name) ? { ...s, cellBytes: sheetBytes.get(s.name)! } : s,
        ),
        tables: now.tables.map((t) => ({
          ...t,
          candidate: candidates.get(t.name) ?? true,
          ...(measured.has(t.name) ? { cellBytes: measured.get(t.name)! } : {}),
        })),
      };
      return { value: snapshot, layout: measuredLayout };
    },
  };
}
