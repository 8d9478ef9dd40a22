import { problem, type Problem } from "../../domain/problem";
import { cellAddress, parseRange } from "../address";
import type { CellWrite, ColumnSpec, Patch, PatchStep, Snapshot, TableSnapshot } from "../model";
import { columnSpecs, matchHeaders, TABLES, type Language } from "../schema";
import { backupSteps, listBackups, type BackedUpTable, type Backup } from "./backup";
import type { OpResult } from "./init";
import { readSettings } from "./settings";
import { findTables } from "./tables";

/**
 * Restoring a backup: the rows of each table a backup holds are written back into that table,
 * exactly (values and their types; formulas as formulas), after the rows there now are themselves
 * backed up, so a restore can be undone by restoring the backup it made. The snapshot must be read
 * with the backup sheets (the adapters' `backups` option). Refused, with nothing written, when the
 * backup is unknown or damaged, or a table it holds is gone; each write is guarded by the table's
 * fingerprint, so a table edited since the read stops the restore.
 */

export interface RestoreOptions {
  now: Date;
  fallbackYear: number;
  language?: Language;
}

const MESSAGES = {
  notFound: (p: { backup: string; known: string }) => ({
    th: `ไม่พบสำเนาสำรอง ${p.backup} (มี: ${p.known || "ไม่มีเลย"})`,
    en: `No backup named ${p.backup} (there are: ${p.known || "none"})`,
  }),
  damaged: (p: { backup: string; table: string }) => ({
    th: `สำเนาสำรองของตาราง ${p.table} ในชีต ${p.backup} ถูกแก้ไขหรือเสียหาย (ค่าไม่ตรงกับที่บันทึกไว้) จึงไม่นำกลับ`,
    en: `The backup of table ${p.table} in sheet ${p.backup} was edited or is damaged (its values do not match the digest recorded), so it is not restored`,
  }),
  tableMissing: (p: { table: string; sheet: string }) => ({
    th: `ไม่พบตาราง ${p.table} (เดิมอยู่ในชีต ${p.sheet}) ในสมุดงาน: สร้างตารางนี้ก่อนแล้วจึงนำสำเนากลับ`,
    en: `Table ${p.table} (it was on sheet ${p.sheet}) is not in the workbook: create it first, then restore`,
  }),
};

function refuse<K extends keyof typeof MESSAGES>(
  code: K,
  params: Parameters<(typeof MESSAGES)[K]>[0],
  where: { sheet?: string; cell?: string },
): Problem {
  const { th, en } = (MESSAGES[code] as (p: typeof params) => { th: string; en: string })(params);
  return problem("error", `backup.${code}`, th, en, where);
}

/** A backup by its sheet name (case ignored). */
export const findBackup = (snapshot: Snapshot, name: string): Backup | undefined =>
  listBackups(snapshot).find((b) => b.sheet.toLowerCase() === name.trim().toLowerCase());

/** The managed table's formats and validation for the headers it had, plain for a user's own column. */
function specsFor(backedUp: BackedUpTable, language: Language): ColumnSpec[] {
  const def = TABLES.find((d) => d.name.toLowerCase() === backedUp.table.toLowerCase());
  const columns = def && matchHeaders(def, backedUp.headers, 0);
  const specs = def ? columnSpecs(def, language) : [];
  return backedUp.headers.map((header, i) => {
    const key = columns ? [...columns].find(([, at]) => at === i)?.[0] : undefined;
    const index = def && key !== undefined ? def.columns.findIndex((c) => c.key === key) : -1;
    const spec = index >= 0 ? specs[index] : undefined;
    return spec ? { ...spec, header } : { header };
  });
}

/** The body as it was: formulas as formulas, values as values (an error value as its text). */
function bodyOf(backedUp: BackedUpTable): CellWrite[][] {
  return backedUp.rows.map((row, i) =>
    row.map((v, j) => {
      const formula = backedUp.formulas[`${i},${j}`];
      if (formula) return { formula: formula.replace(/^=/, "") };
      return typeof v === "object" && v !== null ? v.error : v;
    }),
  );
}

export function restoreBackupOp(snapshot: Snapshot, name: string, options: RestoreOptions): OpResult {
  const op = "restore";
  const empty: Patch = { op, steps: [], mustBeEmpty: [], log: [] };
  const backup = findBackup(snapshot, name);
  if (!backup) {
    const known = listBackups(snapshot)
      .map((b) => b.sheet)
      .join(", ");
    return { patch: empty, problems: [refuse("notFound", { backup: name, known }, { sheet: name })] };
  }
  const problems: Problem[] = [];
  const targets: { backedUp: BackedUpTable; table: TableSnapshot }[] = [];
  let row = 1;
  for (const backedUp of backup.tables) {
    const where = { sheet: backup.sheet, cell: cellAddress(row, 1) };
    row += backedUp.rows.length + 3;
    if (!backedUp.intact) {
      problems.push(refuse("damaged", { backup: backup.sheet, table: backedUp.table }, where));
      continue;
    }
    const table = snapshot.tables.find((t) => t.name.toLowerCase() === backedUp.table.toLowerCase());
    if (!table) {
      const p = { table: backedUp.table, sheet: backedUp.sheet };
      problems.push(refuse("tableMissing", p, { sheet: backedUp.sheet }));
      continue;
    }
    targets.push({ backedUp, table });
  }
  if (problems.length > 0) return { patch: empty, problems };

  const language =
    options.language ??
    readSettings(findTables(snapshot).get("ITA_Settings"), options.fallbackYear).settings.language;
  const undo = backupSteps(
    targets.map((t) => ({ table: t.table })),
    options.now,
    op,
    snapshot.sheets.map((s) => s.name),
  );
  const time = options.now.toISOString();
  const writes: PatchStep[] = targets.map(({ backedUp, table }) => {
    const box = parseRange(table.address);
    return {
      kind: "writeTable",
      sheet: table.sheet,
      table: table.name,
      topLeft: cellAddress(box.top, box.left),
      columns: specsFor(backedUp, language),
      rows: bodyOf(backedUp),
      expect: table.fingerprint,
    };
  });
  const patch: Patch = {
    op,
    steps: [...undo.steps, ...writes],
    mustBeEmpty: [],
    log: targets.map(({ backedUp, table }) => ({
      time,
      op,
      sheet: table.sheet,
      rows: backedUp.rows.length,
      detail: `restored ${backedUp.rows.length} row(s) of ${table.name} from ${backup.sheet}; the ${table.rows.length} row(s) before are in ${undo.sheet}`,
    })),
  };
  return { patch, problems: [] };
}
