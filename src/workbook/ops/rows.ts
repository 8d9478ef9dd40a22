import { reportProblem, type Problem } from "../../domain/problem";
import { cellAddress } from "../address";
import { type CellValue, type CellWrite, type Patch, type PatchStep, type Snapshot } from "../model";
import { columnSpecs, tableDef, type Language, type TableName } from "../schema";
import { createTableSteps, footprint, type OpResult } from "./init";
import { readSettings } from "./settings";
import { backupSteps } from "./backup";
import { findTables, type FoundTable } from "./tables";

/** Stands for the backup sheet's name in log details until it is known. */
const BACKUP_SHEET = "\u0000backup\u0000";

/** Rows to write, by column key; keys the table does not have are an error, missing keys stay blank. */
export type KeyedRow = Readonly<Record<string, CellWrite | undefined>>;

export { backupSheetName, backupSteps } from "./backup";

const asWrite = (v: CellValue): CellWrite => (typeof v === "object" && v !== null ? v.error : v);

export interface WriteRowsOptions {
  now: Date;
  fallbackYear: number;
  /** Headers' language for a table that must be created; else the workbook's setting. */
  language?: Language;
  op?: string;
}

/**
 * How rows go into a table: replace its body, append after it, or merge into it by key columns
 * (rows whose keys match are updated in the columns given, the others appended).
 */
export type WriteMode = { mode: "replace" } | { mode: "append" } | { mode: "merge"; keys: readonly string[] };

export interface TableWrite {
  table: TableName;
  rows: readonly KeyedRow[];
  how: WriteMode;
}

const isBlank = (v: CellValue | CellWrite | undefined) => v === null || v === undefined || v === "";
const hasData = (found: FoundTable) => found.table.rows.some((r) => r.some((v) => !isBlank(v)));

/** The body a write leaves in an existing table, in the table's own column order. */
function nextBody(
  found: FoundTable,
  rows: readonly KeyedRow[],
  how: WriteMode,
): { body: CellWrite[][]; replaced: boolean } {
  // The table's own column order wins: a user may have reordered or added columns.
  const width = found.table.headers.length;
  const place = (r: KeyedRow, base?: CellWrite[]): CellWrite[] => {
    const out: CellWrite[] = base ? [...base] : Array.from({ length: width }, () => null);
    for (const [key, index] of found.columns) if (r[key] !== undefined) out[index] = r[key] ?? null;
    return out;
  };
  const existing = found.table.rows.map((r, i) => keepRow(found, r, i));
  if (how.mode === "replace") return { body: rows.map((r) => place(r)), replaced: hasData(found) };
  if (how.mode === "append") {
    const kept = existing.filter((r) => r.some((v) => !isBlank(v)));
    return { body: [...kept, ...rows.map((r) => place(r))], replaced: false };
  }
  const keyOf = (values: (key: string) => unknown) => JSON.stringify(how.keys.map((k) => values(k) ?? null));
  const index = new Map(existing.map((r, i) => [keyOf((k) => r[found.columns.get(k) ?? -1]), i]));
  const body = [...existing];
  let changed = false;
  for (const r of rows) {
    const at = index.get(keyOf((k) => r[k]));
    if (at === undefined) body.push(place(r));
    else {
      const before = body[at]!;
      body[at] = place(r, before);
      // Filling a blank cell loses nothing; overwriting a value is what needs a backup.
      changed ||= before.some((v, j) => !isBlank(v) && JSON.stringify(v) !== JSON.stringify(body[at]![j]));
    }
  }
  return { body, replaced: changed };
}

/** A column's format and validation from the schema when it is one of ours; the user's own columns stay plain. */
function specFor(found: FoundTable, index: number, header: string, language: Language) {
  const key = [...found.columns].find(([, i]) => i === index)?.[0];
  const column = key === undefined ? undefined : found.def.columns.findIndex((c) => c.key === key);
  const spec = column === undefined || column < 0 ? undefined : columnSpecs(found.def, language)[column];
  return spec ? { ...spec, header } : { header };
}

/**
 * Writes rows into managed tables in one patch: each existing table rewritten in place (guarded by
 * its fingerprint against a co-author's edit), a missing one created on its own sheet. Rows that
 * are replaced or overwritten go first to one hidden backup sheet, so nothing is lost.
 */
export function writeTablesOp(
  snapshot: Snapshot,
  writes: readonly TableWrite[],
  options: WriteRowsOptions,
): OpResult {
  const op = options.op ?? "writeRows";
  const problems: Problem[] = [];
  for (const w of writes) {
    const known = new Set(tableDef(w.table).columns.map((c) => c.key));
    for (const key of new Set(w.rows.flatMap((r) => Object.keys(r)))) {
      if (!known.has(key))
        problems.push(
          reportProblem("error", "table.columnMissing", { table: w.table, column: key }, { sheet: w.table }),
        );
    }
  }
  if (problems.length > 0) return { patch: { op, steps: [], mustBeEmpty: [], log: [] }, problems };
  const tables = findTables(snapshot);
  const language =
    options.language ?? readSettings(tables.get("ITA_Settings"), options.fallbackYear).settings.language;
  const time = options.now.toISOString();
  const steps: PatchStep[] = [];
  const backups: FoundTable[] = [];
  const patch: Patch = { op, steps: [], mustBeEmpty: [], log: [] };
  for (const w of writes) {
    const def = tableDef(w.table);
    const found = tables.get(w.table);
    if (!found) {
      const body = w.rows.map((r) => def.columns.map((c) => r[c.key] ?? null));
      steps.push(...createTableSteps(def, body, language));
      patch.mustBeEmpty.push({ sheet: w.table, range: footprint(def, body.length) });
      patch.log.push({ time, op, sheet: w.table, rows: body.length, detail: `created table ${w.table}` });
      continue;
    }
    const { body, replaced } = nextBody(found, w.rows, w.how);
    if (replaced) backups.push(found);
    steps.push({
      kind: "writeTable",
      sheet: found.table.sheet,
      table: found.table.name,
      topLeft: cellAddress(found.box.top, found.box.left),
      columns: found.table.headers.map((header, i) => specFor(found, i, header, language)),
      rows: body,
      expect: found.table.fingerprint,
    });
    const detail = replaced
      ? `${w.how.mode} ${w.rows.length} row(s); the ${found.table.rows.length} row(s) before are in ${BACKUP_SHEET}`
      : `${w.how.mode} ${w.rows.length} row(s)`;
    patch.log.push({ time, op, sheet: found.table.sheet, rows: w.rows.length, detail });
  }
  const backup = backups.length
    ? backupSteps(
        backups,
        options.now,
        op,
        snapshot.sheets.map((s) => s.name),
      )
    : undefined;
  if (backup) for (const entry of patch.log) entry.detail = entry.detail.replace(BACKUP_SHEET, backup.sheet);
  patch.steps = [...(backup?.steps ?? []), ...steps];
  return { patch, problems };
}

/** Writes rows into one managed table (see writeTablesOp). */
export function writeRowsOp(
  snapshot: Snapshot,
  name: TableName,
  rows: readonly KeyedRow[],
  options: WriteRowsOptions & { mode: "replace" | "append" },
): OpResult {
  return writeTablesOp(snapshot, [{ table: name, rows, how: { mode: options.mode } }], options);
}

/** An existing row rewritten as it was: formulas stay formulas. */
function keepRow(found: FoundTable, row: readonly CellValue[], index: number): CellWrite[] {
  return row.map((v, j) => {
    const formula = found.table.formulas?.[index]?.[j];
    return formula ? { formula: formula.replace(/^=/, "") } : asWrite(v);
  });
}
