import { reportProblem, type Problem } from "../../domain/problem";
import { cellAddress } from "../address";
import {
  BACKUP_PREFIX,
  type CellPut,
  type CellValue,
  type CellWrite,
  type Patch,
  type PatchStep,
  type Snapshot,
} from "../model";
import { columnSpecs, tableDef, type Language, type TableName } from "../schema";
import { createTableSteps, footprint, type OpResult } from "./init";
import { readSettings } from "./settings";
import { findTables, type FoundTable } from "./tables";

/** Rows to write, by column key; keys the table does not have are an error, missing keys stay blank. */
export type KeyedRow = Readonly<Record<string, CellWrite | undefined>>;

/** "_ita_backup_20261122T023845": sortable, and within Excel's 31-character limit for sheet names. */
export function backupSheetName(now: Date): string {
  return (
    BACKUP_PREFIX +
    now
      .toISOString()
      .replace(/[-:]/g, "")
      .replace(/\.\d+Z$/, "")
  );
}

const asWrite = (v: CellValue): CellWrite => (typeof v === "object" && v !== null ? v.error : v);

/**
 * Copies tables to a hidden backup sheet before their rows are replaced. Each block is a line of
 * metadata (table, sheet, address, time, formulas as JSON), the headers, then the rows as values, so
 * a restore can put back exactly what was there.
 */
export function backupSteps(tables: readonly FoundTable[], now: Date): PatchStep[] {
  const sheet = backupSheetName(now);
  const cells: CellPut[] = [];
  let row = 1;
  for (const found of tables) {
    const { table } = found;
    const formulas: Record<string, string> = {};
    table.formulas?.forEach((r, i) => r.forEach((f, j) => f && (formulas[`${i},${j}`] = f)));
    const meta = [
      "ITA backup",
      table.name,
      table.sheet,
      table.address,
      now.toISOString(),
      JSON.stringify(formulas),
    ];
    meta.forEach((value, j) => cells.push({ address: cellAddress(row, j + 1), value }));
    row++;
    table.headers.forEach((h, j) =>
      cells.push({ address: cellAddress(row, j + 1), value: h, style: { bold: true } }),
    );
    row++;
    for (const values of table.rows) {
      values.forEach(
        (v, j) => v !== null && cells.push({ address: cellAddress(row, j + 1), value: asWrite(v) }),
      );
      row++;
    }
    row++;
  }
  return [
    { kind: "ensureSheet", sheet, visibility: "hidden" },
    { kind: "setCells", sheet, cells },
  ];
}

export interface WriteRowsOptions {
  mode: "replace" | "append";
  now: Date;
  fallbackYear: number;
  /** Headers' language for a table that must be created; else the workbook's setting. */
  language?: Language;
  op?: string;
}

const hasData = (found: FoundTable) => found.table.rows.some((r) => r.some((v) => v !== null && v !== ""));

/**
 * Writes rows into a managed table: replacing its body (after a backup, guarded by the table's
 * fingerprint) or appending to it. A missing table is created on its own sheet. Columns the user
 * added to the table keep their cells when appending; when replacing they are emptied.
 */
export function writeRowsOp(
  snapshot: Snapshot,
  name: TableName,
  rows: readonly KeyedRow[],
  options: WriteRowsOptions,
): OpResult {
  const def = tableDef(name);
  const known = new Set(def.columns.map((c) => c.key));
  const problems: Problem[] = [];
  for (const key of new Set(rows.flatMap((r) => Object.keys(r)))) {
    if (!known.has(key))
      problems.push(
        reportProblem("error", "table.columnMissing", { table: name, column: key }, { sheet: name }),
      );
  }
  const op = options.op ?? "writeRows";
  const empty: Patch = { op, steps: [], mustBeEmpty: [], log: [] };
  if (problems.length > 0) return { patch: empty, problems };
  const tables = findTables(snapshot);
  const found = tables.get(name);
  const language =
    options.language ?? readSettings(tables.get("ITA_Settings"), options.fallbackYear).settings.language;
  const time = options.now.toISOString();
  if (!found) {
    const body = rows.map((r) => def.columns.map((c) => r[c.key] ?? null));
    const patch: Patch = {
      op,
      steps: createTableSteps(def, body, language),
      mustBeEmpty: [{ sheet: name, range: footprint(def, body.length) }],
      log: [{ time, op, sheet: name, rows: body.length, detail: `created table ${name}` }],
    };
    return { patch, problems };
  }
  // The table's own column order wins: a user may have reordered or added columns.
  const width = found.table.headers.length;
  const place = (r: KeyedRow): CellWrite[] => {
    const out: CellWrite[] = Array.from({ length: width }, () => null);
    for (const [key, index] of found.columns) out[index] = r[key] ?? null;
    return out;
  };
  const kept =
    options.mode === "append"
      ? found.table.rows.flatMap((r, i) =>
          r.some((v) => v !== null && v !== "") ? [keepRow(found, r, i)] : [],
        )
      : [];
  const body = [...kept, ...rows.map(place)];
  const replacing = options.mode === "replace" && hasData(found);
  const steps: PatchStep[] = [
    ...(replacing ? backupSteps([found], options.now) : []),
    {
      kind: "writeTable",
      sheet: found.table.sheet,
      table: found.table.name,
      topLeft: cellAddress(found.box.top, found.box.left),
      columns: found.table.headers.map((header, i) => specFor(found, i, header, language)),
      rows: body,
      expect: found.table.fingerprint,
    },
  ];
  const detail = replacing
    ? `replaced ${found.table.rows.length} row(s), backup in ${backupSheetName(options.now)}`
    : `${options.mode} ${rows.length} row(s)`;
  return {
    patch: {
      op,
      steps,
      mustBeEmpty: [],
      log: [{ time, op, sheet: found.table.sheet, rows: rows.length, detail }],
    },
    problems,
  };
}

/** An existing row rewritten as it was: formulas stay formulas. */
function keepRow(found: FoundTable, row: readonly CellValue[], index: number): CellWrite[] {
  return row.map((v, j) => {
    const formula = found.table.formulas?.[index]?.[j];
    return formula ? { formula: formula.replace(/^=/, "") } : asWrite(v);
  });
}

/** A column's format and validation from the schema when it is one of ours; the user's own columns stay plain. */
function specFor(found: FoundTable, index: number, header: string, language: Language) {
  const key = [...found.columns].find(([, i]) => i === index)?.[0];
  const column = key === undefined ? undefined : found.def.columns.findIndex((c) => c.key === key);
  const spec = column === undefined || column < 0 ? undefined : columnSpecs(found.def, language)[column];
  return spec ? { ...spec, header } : { header };
}
