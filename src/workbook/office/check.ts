import type { Problem } from "../../domain/problem";
import { cellAddress, rangeAddress, type RangeBox } from "../address";
import { LOG_TABLE, type Patch, type Snapshot } from "../model";
import type { WriteTableStep } from "../xlsx/tables";
import type { ExcelRangeAreas, ExcelRange } from "./api";
import { boxOf, cellKey, cellsIn, sameBox, subtract, within } from "./cells";
import type { Attempt, Layout, Probe, TableLayout } from "./layout";
import { logStep } from "./log";
import { cannotResize, sheetProtected } from "./messages";
import {
  checkPatch,
  findSheet,
  findTable,
  target,
  type ViewSheet,
  type ViewTable,
  type WorkbookView,
} from "../preconditions";
import { GridLoads } from "./loads";
import { queueTableRead, tableDigest } from "./read";
import { FEATURES, type Features } from "./requirements";

/**
 * The checks of a patch in one sync. The precondition rules run twice over the same code: first
 * against the layout known before the sync, recording what they will ask (digests of tables, the
 * cells of regions that must be empty), which is exactly what the batch then loads; then against
 * what the sync returned, for the answer. `settle` guarantees both passes saw the same layout.
 */

export interface Checked {
  problems: Problem[];
  /** The workbook as the checks saw it: what the writes are planned from. */
  view: WorkbookView;
  layout: Layout;
  /** The step that appends the log entries, with how many rows the log holds now. */
  log?: { step: WriteTableStep; kept: number };
}

interface Requests {
  digests: Set<string>;
  regions: { sheet: string; box: RangeBox }[];
}

function viewTables(layout: Layout): ViewTable[] {
  const order = new Map(layout.sheets.map((s, i) => [s.name, i]));
  return layout.tables
    .filter((t) => t.address !== undefined)
    .map((t) => ({ name: t.name, sheet: t.sheet, box: boxOf(t.address!) }))
    .sort((a, b) => (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0));
}

/** The view before the sync: answers with placeholders and records every question. */
function recordingView(layout: Layout, requests: Requests): WorkbookView {
  return {
    sheets: layout.sheets,
    tables: viewTables(layout),
    fingerprint(table) {
      requests.digests.add(table.name);
      return "";
    },
    nonEmptyCells(sheet: ViewSheet, box: RangeBox, except: readonly RangeBox[]) {
      for (const part of subtract(box, except)) requests.regions.push({ sheet: sheet.name, box: part });
      return [];
    },
  };
}

interface Loaded {
  digests: Map<string, () => { digest: string; placeholder: boolean }>;
  regions: { sheet: string; box: RangeBox; filled: () => Set<string> }[];
}

/** The view after the sync, from what was loaded. */
function loadedView(now: Layout, loaded: Loaded): WorkbookView {
  return {
    sheets: now.sheets,
    tables: viewTables(now),
    fingerprint(table) {
      const read = loaded.digests.get(table.name);
      if (!read) throw new Error(`the digest of ${table.name} was not loaded`);
      return read().digest;
    },
    nonEmptyCells(sheet, box, except) {
      const keys = new Set<string>();
      for (const part of subtract(box, except)) {
        const region = loaded.regions.find((r) => r.sheet === sheet.name && within(part, r.box));
        if (!region) throw new Error(`${sheet.name}!${rangeAddress(part)} was not loaded`);
        const filled = region.filled();
        for (let r = part.top; r <= part.bottom; r++)
          for (let c = part.left; c <= part.right; c++)
            if (filled.has(cellKey(r, c))) keys.add(cellKey(r, c));
      }
      return [...keys]
        .map((k) => k.split(",").map(Number) as [number, number])
        .sort((a, b) => a[0] - b[0] || a[1] - b[1])
        .map(([r, c]) => cellAddress(r, c));
    },
  };
}

/** The non-empty cells of a rectangle: Excel lists constants and formulas (1.9), else all formulas are loaded. */
function queueFilled(range: ExcelRange, box: RangeBox, specialCells: boolean): () => Set<string> {
  if (specialCells) {
    const lists: ExcelRangeAreas[] = [
      range.getSpecialCellsOrNullObject("Constants"),
      range.getSpecialCellsOrNullObject("Formulas"),
    ];
    for (const areas of lists) areas.load("address");
    return () =>
      new Set(lists.flatMap((areas) => (areas.isNullObject ? [] : [...cellsIn(areas.address, box)])));
  }
  const used = range.getUsedRangeOrNullObject(true);
  used.load("address,formulas");
  return () => {
    const keys = new Set<string>();
    if (used.isNullObject) return keys;
    const at = boxOf(used.address);
    (used.formulas as unknown[][]).forEach((row, i) =>
      row.forEach((f, j) => {
        if (f !== "" && f !== null) keys.add(cellKey(at.top + i, at.left + j));
      }),
    );
    return keys;
  };
}

/** Rows the log table holds now as read.ts would read them (an empty placeholder row is none). */
function logRows(table: TableLayout | undefined): number | undefined {
  if (!table?.address) return undefined;
  const box = boxOf(table.address);
  return box.bottom - box.top + 1 - (table.showHeaders ? 1 : 0) - (table.showTotals ? 1 : 0);
}

const isLogTable = (name: string) => name.toLowerCase() === LOG_TABLE.toLowerCase();

/** Room in the sync's answer for the lists, addresses, header rows and region checks. */
const SMALL_LOADS = 100_000;

export function planCheck(
  patch: Patch,
  snapshot: Snapshot,
  features: Features,
  budget?: number,
): (layout: Layout, probe: Probe) => Attempt<Checked> {
  return (layout, probe) => {
    if (layout.tables.some((t) => t.address === undefined) || layout.sheets.length === 0) {
      return { complete: false, finish: () => ({ retry: layout }) };
    }
    const requests: Requests = { digests: new Set(), regions: [] };
    const logTable = layout.tables.find((t) => isLogTable(t.name));
    // Before the sync the log is taken to hold all its rows; an empty placeholder row holds none,
    // and the region checked below it is then one row larger than needed, never smaller.
    const recorder = recordingView(layout, requests);
    checkPatch(recorder, patch, snapshot, logStep(recorder, patch.log, logRows(logTable) ?? 0));

    const specialCells = features.has("specialCells");
    const loaded: Loaded = { digests: new Map(), regions: [] };
    const loads = new GridLoads(probe, specialCells, budget);
    const digest = (t: TableLayout) => {
      const read = queueTableRead(probe, t, loads, false);
      return () => tableDigest(t.address!, read.headers(), read.body());
    };
    for (const name of requests.digests) {
      const t = layout.tables.find((l) => l.name === name)!;
      loaded.digests.set(name, digest(t));
    }
    if (logTable && !loaded.digests.has(logTable.name) && logRows(logTable) === 1) {
      loaded.digests.set(logTable.name, digest(logTable));
    }
    for (const { sheet, box } of requests.regions) {
      if (loaded.regions.some((r) => r.sheet === sheet && within(box, r.box))) continue;
      const range = probe.sheet(sheet).getRange(rangeAddress(box));
      loaded.regions.push({ sheet, box, filled: queueFilled(range, box, specialCells) });
    }

    const tail = loads.plan(SMALL_LOADS + loaded.regions.length * 1_000);
    return {
      complete: true,
      tail,
      finish(now) {
        const view = loadedView(now, loaded);
        const nowLog = now.tables.find((t) => isLogTable(t.name));
        const placeholder = nowLog && loaded.digests.get(nowLog.name)?.().placeholder === true;
        const kept = placeholder ? 0 : (logRows(nowLog) ?? 0);
        const log = logStep(view, patch.log, kept);
        const problems = [
          ...checkPatch(view, patch, snapshot, log),
          ...officeChecks(view, now, patch, log, features),
        ];
        return { value: { problems, view, layout: now, log: log && { step: log, kept } } };
      },
    };
  };
}

/**
 * What Excel itself would refuse halfway: writing into a protected sheet, and resizing a table
 * where the host cannot (ExcelApi 1.13). Checked before anything is written.
 */
function officeChecks(
  view: WorkbookView,
  now: Layout,
  patch: Patch,
  log: WriteTableStep | undefined,
  features: Features,
): Problem[] {
  const problems: Problem[] = [];
  const protectedSheets = new Set<string>();
  const writes = [
    ...patch.steps.filter((s) => s.kind !== "ensureSheet" && !(s.kind === "sheetSetup" && onlyProtects(s))),
    ...(log ? [log] : []),
  ];
  for (const step of writes) {
    const sheet = findSheet(view, step.sheet);
    const layout = sheet && now.sheets.find((s) => s.name === sheet.name);
    if (layout?.protected && !protectedSheets.has(layout.name)) {
      protectedSheets.add(layout.name);
      problems.push(sheetProtected(layout.name));
    }
  }
  if (!features.has("tableResize")) {
    for (const step of [...patch.steps, ...(log ? [log] : [])]) {
      if (step.kind !== "writeTable") continue;
      const existing = findTable(view, step.table);
      if (existing && !sameBox(existing.box, target(step, existing))) {
        problems.push(
          cannotResize(existing.name, existing.sheet, rangeAddress(existing.box), FEATURES.tableResize),
        );
      }
    }
  }
  return problems;
}

const onlyProtects = (s: { freezeRows?: number; print?: boolean; protect?: boolean }) =>
  s.freezeRows === undefined && s.print !== true && s.protect !== undefined;
