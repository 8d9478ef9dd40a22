import type { SheetSnapshot } from "../model";
import type { ExcelContext, ExcelRange, ExcelTable, ExcelWorksheet } from "./api";
import { bareAddress } from "./cells";
import { OfficeAdapterError } from "./messages";

/**
 * Where things are in a workbook: its sheets and tables and their addresses, without contents.
 *
 * Office.js cannot call a method (`getRange`, `getUsedRange`) on a sheet or table it has not yet
 * named, and it learns the names only from a sync. Reading "everything" therefore takes two round
 * trips in general: one to list the sheets and tables, one to load their cells. The adapter keeps
 * the layout it saw last (a session holds it between commands) and plans each batch from it; the
 * same batch reloads the lists and the addresses, and `settle` accepts the result only when they
 * still match the plan. So a read or a check costs one sync when the workbook's structure has not
 * changed since the last look, and a retry (one more sync) when it has.
 */

export type Visibility = SheetSnapshot["visibility"];

export interface SheetLayout {
  name: string;
  visibility: Visibility;
  protected: boolean;
  /** Cells holding a value or formula ("A1:K40"); null for an empty sheet; undefined when unknown. */
  usedRange?: string | null;
  /** JSON bytes per cell of its cells outside tables at the last read (loads.ts). */
  cellBytes?: number;
}

export interface TableLayout {
  name: string;
  sheet: string;
  showHeaders: boolean;
  showTotals: boolean;
  /** Whole table, header and totals included ("A1:L17"); undefined when unknown. */
  address?: string;
  /** The body held formulas when last read: load their texts with the values. */
  hasFormulas?: boolean;
  /** JSON bytes per body cell at the last read or write (loads.ts). */
  cellBytes?: number;
  /** Its name or headers made it a candidate for a managed table at the last read. */
  candidate?: boolean;
}

export interface Layout {
  sheets: SheetLayout[];
  tables: TableLayout[];
}

export const EMPTY_LAYOUT: Layout = Object.freeze({ sheets: [], tables: [] }) as Layout;

const VISIBILITY: Record<string, Visibility> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};
export const OFFICE_VISIBILITY: Record<Visibility, string> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};

/** Proxies by name for one batch, each created once (Microsoft: avoid repeated proxy objects). */
export class Probe {
  private sheets = new Map<string, ExcelWorksheet>();
  private tables = new Map<string, ExcelTable>();
  constructor(readonly context: ExcelContext) {}

  sheet(name: string): ExcelWorksheet {
    let sheet = this.sheets.get(name);
    if (!sheet) {
      sheet = this.context.workbook.worksheets.getItem(name);
      this.sheets.set(name, sheet);
    }
    return sheet;
  }

  table(name: string): ExcelTable {
    let table = this.tables.get(name);
    if (!table) {
      table = this.context.workbook.tables.getItem(name);
      this.tables.set(name, table);
    }
    return table;
  }
}

/**
 * Queues the loads that tell the layout now: both lists, and the addresses of the sheets and
 * tables named (by `getItem`: a name that no longer exists fails the sync with ItemNotFound).
 */
export function queueLayout(
  probe: Probe,
  names: { sheets: readonly string[]; tables: readonly string[] },
): () => Layout {
  const { worksheets, tables } = probe.context.workbook;
  worksheets.load("items/name,items/visibility,items/protection/protected");
  tables.load("items/name,items/showHeaders,items/showTotals,items/worksheet/name");
  const used = new Map<string, ExcelRange>();
  for (const name of names.sheets) {
    const range = probe.sheet(name).getUsedRangeOrNullObject(true);
    range.load("address");
    used.set(name, range);
  }
  const ranges = new Map<string, ExcelRange>();
  for (const name of names.tables) {
    const range = probe.table(name).getRange();
    range.load("address");
    ranges.set(name, range);
  }
  return () => ({
    sheets: worksheets.items.map((ws) => {
      const sheet: SheetLayout = {
        name: ws.name,
        visibility: VISIBILITY[ws.visibility] ?? "visible",
        protected: ws.protection.protected,
      };
      const range = used.get(ws.name);
      if (range) sheet.usedRange = range.isNullObject ? null : bareAddress(range.address);
      return sheet;
    }),
    tables: tables.items.map((t) => {
      const table: TableLayout = {
        name: t.name,
        sheet: t.worksheet.name,
        showHeaders: t.showHeaders,
        showTotals: t.showTotals,
      };
      const range = ranges.get(t.name);
      if (range) table.address = bareAddress(range.address);
      return table;
    }),
  });
}

const tableShape = (t: TableLayout) => `${t.name}\u0000${t.sheet}\u0000${t.showHeaders}\u0000${t.showTotals}`;
const tableShapes = (l: Layout) => l.tables.map(tableShape).sort().join("\u0001");

/** Same sheets and tables (names, sheet of each table, header and totals rows). */
function sameStructure(a: Layout, b: Layout): boolean {
  const sheets = (l: Layout) => l.sheets.map((s) => s.name).join("\u0000");
  return sheets(a) === sheets(b) && tableShapes(a) === tableShapes(b);
}

/** Same tables (names, sheets, header and totals rows) at the same addresses `planned` knew. */
export function sameTables(planned: Layout, now: Layout): boolean {
  return (
    tableShapes(planned) === tableShapes(now) && sameAddresses({ sheets: [], tables: planned.tables }, now)
  );
}

/** Every address `planned` knew is the same in `now`. */
function sameAddresses(planned: Layout, now: Layout): boolean {
  return (
    planned.sheets.every(
      (s) =>
        s.usedRange === undefined || now.sheets.find((n) => n.name === s.name)?.usedRange === s.usedRange,
    ) &&
    planned.tables.every(
      (t) => t.address === undefined || now.tables.find((n) => n.name === t.name)?.address === t.address,
    )
  );
}

/** What a layout from the lists cannot know: which tables held formulas, how big cells were. */
export const carry = (now: Layout, before: Layout): Layout => ({
  sheets: now.sheets.map((s) => {
    const cellBytes = before.sheets.find((b) => b.name === s.name)?.cellBytes;
    return cellBytes === undefined ? s : { ...s, cellBytes };
  }),
  tables: now.tables.map((t) => {
    const b = before.tables.find((x) => x.name === t.name);
    return {
      ...t,
      ...(b?.hasFormulas === undefined ? {} : { hasFormulas: b.hasFormulas }),
      ...(b?.cellBytes === undefined ? {} : { cellBytes: b.cellBytes }),
      ...(b?.candidate === undefined ? {} : { candidate: b.candidate }),
    };
  }),
});

export interface Attempt<T> {
  /** False when the plan needs addresses the layout does not know yet: only the layout is loaded. */
  complete: boolean;
  /**
   * The plan made from the layout it was given is also the plan `now` calls for, though `now`
   * differs (a sheet the plan never reads was added, say): accept it rather than plan again.
   */
  fits?: (now: Layout) => boolean;
  /** Extra syncs for what did not fit the first one's response budget (loads.ts), run once the layout is confirmed. */
  tail?: (() => void)[];
  /**
   * Reads the loads after the last sync; may ask for another attempt with a layout it learned,
   * or return the layout with what it measured.
   */
  finish(now: Layout): { value: T; layout?: Layout } | { retry: Layout };
}

const MAX_ATTEMPTS = 5;

const isItemNotFound = (e: unknown): boolean =>
  typeof e === "object" && e !== null && (e as { code?: unknown }).code === "ItemNotFound";

/**
 * Runs `plan` against the layout it is given until the layout it was planned with is the layout
 * the same sync saw. Each attempt is one sync.
 */
export async function settle<T>(
  context: ExcelContext,
  hint: Layout | undefined,
  plan: (layout: Layout, probe: Probe) => Attempt<T>,
): Promise<{ value: T; layout: Layout }> {
  let layout = hint ?? EMPTY_LAYOUT;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const probe = new Probe(context);
    const layoutNow = queueLayout(probe, {
      sheets: layout.sheets.map((s) => s.name),
      tables: layout.tables.map((t) => t.name),
    });
    const planned = plan(layout, probe);
    try {
      await context.sync();
      const now = carry(layoutNow(), layout);
      const same = sameStructure(layout, now) && sameAddresses(layout, now);
      if (!(planned.complete && (same || planned.fits?.(now) === true))) {
        layout = now;
        continue;
      }
      for (const more of planned.tail ?? []) {
        more();
        await context.sync();
      }
      const done = planned.finish(now);
      if ("value" in done) return { value: done.value, layout: done.layout ?? now };
      layout = done.retry;
    } catch (e) {
      // A sheet or table of the layout is gone: start again from the lists alone.
      if (!isItemNotFound(e)) throw e;
      layout = EMPTY_LAYOUT;
    }
  }
  throw new OfficeAdapterError("busy");
}
