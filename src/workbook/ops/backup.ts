import { cellAddress } from "../address";
import { fingerprint } from "../fingerprint";
import {
  BACKUP_PREFIX,
  type CellPut,
  type CellValue,
  type PatchStep,
  type Snapshot,
  type TableSnapshot,
} from "../model";

/**
 * Backups: the hidden `_ita_backup_…` sheets an op writes before it replaces rows, and reading them
 * back. A sheet holds one block per table:
 *
 *   row 1  "ITA backup" · table · sheet · address · ISO time · formulas (JSON) · op · rows ·
 *          digest · format version · error cells (JSON)
 *   row 2  the headers
 *   then   exactly `rows` rows of values (an empty row is still a row), then one blank row.
 *
 * The digest is the table's fingerprint (../fingerprint.ts) when it was backed up: a restore
 * recomputes it from the rows it reads and refuses a backup that was edited or damaged.
 * Backups written before the row count existed are read up to the first blank row.
 */

const MARK = "ITA backup";
const FORMAT = 2;

/** "_ita_backup_20261122T023845": sortable, and within Excel's 31-character limit for sheet names. */
export function backupSheetName(now: Date, taken: readonly string[] = []): string {
  const base =
    BACKUP_PREFIX +
    now
      .toISOString()
      .replace(/[-:]/g, "")
      .replace(/\.\d+Z$/, "");
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base}_${i}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

const isError = (v: CellValue): v is { error: string } => typeof v === "object" && v !== null;

/**
 * Copies tables to a new hidden backup sheet before their rows are replaced. `taken` are the
 * workbook's sheet names (a clash gets "_2", "_3"…); returns the steps and the sheet's name.
 */
export function backupSteps(
  tables: readonly { table: TableSnapshot }[],
  now: Date,
  op = "writeRows",
  taken: readonly string[] = [],
): { steps: PatchStep[]; sheet: string } {
  const sheet = backupSheetName(now, taken);
  const cells: CellPut[] = [];
  let row = 1;
  for (const { table } of tables) {
    const formulas: Record<string, string> = {};
    table.formulas?.forEach((r, i) => r.forEach((f, j) => f && (formulas[`${i},${j}`] = f)));
    const errors: Record<string, string> = {};
    table.rows.forEach((r, i) => r.forEach((v, j) => isError(v) && (errors[`${i},${j}`] = v.error)));
    const meta = [
      MARK,
      table.name,
      table.sheet,
      table.address,
      now.toISOString(),
      JSON.stringify(formulas),
      op,
      table.rows.length,
      table.fingerprint,
      FORMAT,
      JSON.stringify(errors),
    ];
    meta.forEach((value, j) => cells.push({ address: cellAddress(row, j + 1), value }));
    row++;
    table.headers.forEach((h, j) =>
      cells.push({ address: cellAddress(row, j + 1), value: h, style: { bold: true } }),
    );
    row++;
    for (const values of table.rows) {
      values.forEach((v, j) => {
        if (v !== null) cells.push({ address: cellAddress(row, j + 1), value: isError(v) ? v.error : v });
      });
      row++;
    }
    row++;
  }
  return {
    sheet,
    steps: [
      { kind: "ensureSheet", sheet, visibility: "hidden" },
      { kind: "setCells", sheet, cells },
    ],
  };
}

/** One table's rows as a backup holds them. */
export interface BackedUpTable {
  table: string;
  sheet: string;
  address: string;
  time: string;
  op: string;
  headers: string[];
  rows: CellValue[][];
  /** Formula text ("=…") by body position "row,column" (0-based). */
  formulas: Record<string, string>;
  /** The fingerprint recorded when backing up ("" for an old backup without one). */
  digest: string;
  /** The rows read back give the recorded digest (always true for an old backup without one). */
  intact: boolean;
}

export interface Backup {
  sheet: string;
  time: string;
  op: string;
  tables: BackedUpTable[];
}

const text = (v: CellValue | undefined): string =>
  v === null || v === undefined ? "" : isError(v) ? v.error : String(v);

function json(v: CellValue | undefined): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(text(v) || "{}");
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter(([, f]) => typeof f === "string")) as Record<
      string,
      string
    >;
  } catch {
    return {};
  }
}

/** The cells of a backup sheet as a grid (1-based row → column → value). */
function gridOf(cells: Record<string, CellValue>): Map<number, Map<number, CellValue>> {
  const grid = new Map<number, Map<number, CellValue>>();
  for (const [address, value] of Object.entries(cells)) {
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (!m) continue;
    let column = 0;
    for (const ch of m[1]!) column = column * 26 + ch.charCodeAt(0) - 64;
    const r = Number(m[2]);
    if (!grid.has(r)) grid.set(r, new Map());
    grid.get(r)!.set(column, value);
  }
  return grid;
}

/** Reads the blocks of one backup sheet; blocks that are not backups are skipped. */
export function parseBackup(sheet: string, cells: Record<string, CellValue>): Backup {
  const grid = gridOf(cells);
  const at = (r: number, c: number): CellValue => grid.get(r)?.get(c) ?? null;
  const last = Math.max(0, ...grid.keys());
  const tables: BackedUpTable[] = [];
  let r = 1;
  while (r <= last) {
    if (at(r, 1) !== MARK) {
      r++;
      continue;
    }
    const width = Math.max(0, ...(grid.get(r + 1)?.keys() ?? []));
    const headers = Array.from({ length: width }, (_, j) => text(at(r + 1, j + 1)));
    const count = at(r, 8);
    const errors = json(at(r, 11));
    const rows: CellValue[][] = [];
    const first = r + 2;
    const blank = (row: number) => !grid.has(row) || [...grid.get(row)!.values()].every((v) => v === null);
    const n = typeof count === "number" ? count : 0;
    for (let i = 0; typeof count === "number" ? i < n : !blank(first + i) && first + i <= last; i++) {
      rows.push(
        Array.from({ length: width }, (_, j) => {
          const error = errors[`${i},${j}`];
          return error !== undefined ? { error } : at(first + i, j + 1);
        }),
      );
    }
    const address = text(at(r, 4));
    const digest = text(at(r, 9));
    tables.push({
      table: text(at(r, 2)),
      sheet: text(at(r, 3)),
      address,
      time: text(at(r, 5)),
      op: text(at(r, 7)),
      headers,
      rows,
      formulas: json(at(r, 6)),
      digest,
      intact: digest === "" || fingerprint(address, headers, rows) === digest,
    });
    r = first + rows.length + 1;
  }
  return { sheet, time: tables[0]?.time ?? "", op: tables[0]?.op ?? "", tables };
}

export const isBackupSheet = (name: string): boolean => name.toLowerCase().startsWith(BACKUP_PREFIX);

/**
 * Every backup of a snapshot read with its backup sheets (the adapters' `backups` read option),
 * newest first.
 */
export function listBackups(snapshot: Snapshot): Backup[] {
  return snapshot.sheets
    .filter((s) => isBackupSheet(s.name))
    .map((s) => parseBackup(s.name, snapshot.looseCells[s.name] ?? {}))
    .filter((b) => b.tables.length > 0)
    .sort((a, b) => (a.sheet < b.sheet ? 1 : a.sheet > b.sheet ? -1 : 0));
}
