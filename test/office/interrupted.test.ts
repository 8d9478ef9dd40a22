/**
 * An op interrupted half-way in Excel. Office.js runs a sync's actions in order and keeps the ones
 * before a failure, so a write cannot be all or nothing; what matters is that the user is never
 * left with a broken workbook. Each op runs on the recording fake with a failure injected at its
 * k-th write action, for every k; every outcome is classified — unchanged, applied, restorable from
 * the backup the op wrote first, or fixed by running the op again — and none may be broken.
 */
import type { Patch, Snapshot } from "../../src/workbook/model";
import { BACKUP_PREFIX, LOG_SHEET, LOG_TABLE } from "../../src/workbook/model";
import { findBackup, restoreBackupOp } from "../../src/workbook/ops/restore";
import { listBackups } from "../../src/workbook/ops/backup";
import type { Problem } from "../../src/domain/problem";
import { newWorkbook, type FakeExcel } from "./fake-excel";
import {
  command,
  dump,
  flagWeak,
  importRows,
  init,
  NOW,
  officeRunner,
  planRows,
  questionRows,
  summary,
  YEAR,
} from "./support";

jest.setTimeout(120_000);

type Op = (snapshot: Snapshot) => { patch: Patch; problems: Problem[] };

async function fresh(): Promise<FakeExcel> {
  const excel = newWorkbook();
  excel.type("Sheet1", "B2", "ของผู้ใช้");
  return excel;
}

/** Filled tables, a summary, and a plan replaced once (so there is a backup to restore). */
async function filled(): Promise<FakeExcel> {
  const excel = await fresh();
  const runner = officeRunner(excel);
  await command(runner, init);
  await command(runner, importRows("ITA_QuestionScores", questionRows()));
  await command(runner, importRows("ITA_Plan", planRows(12)));
  await command(runner, summary);
  await command(runner, importRows("ITA_Plan", planRows(4)));
  return excel;
}

const restoreNewest: Op = (s) =>
  restoreBackupOp(s, listBackups(s)[0]!.sheet, { now: new Date(NOW.getTime() + 60_000), fallbackYear: YEAR });

const OPS: [string, Op, () => Promise<FakeExcel>, boolean][] = [
  ["init", init, fresh, false],
  ["import (replace rows)", importRows("ITA_Plan", planRows(9)), filled, false],
  ["summary", summary, filled, false],
  ["flag weak", flagWeak, filled, false],
  ["restore", restoreNewest, filled, true],
];

/**
 * "orphan": the failure fell between `tables.add` and naming the table (two Office.js actions that
 * cannot be made one): an auto-named "TableN" is left where a managed table (or the log) goes,
 * and ops that need that table are refused, naming it, until the user deletes it. A known gap,
 * counted apart.
 * "formats": after running again every value, formula and table is as an uninterrupted run leaves
 * it, but some formatting of a table the interrupted run created (widths, frozen header, wrap)
 * is missing: init does not restyle a table that holds data.
 */
type Outcome = "unchanged" | "applied" | "restorable" | "rerun" | "formats" | "orphan" | "broken";

/** What the user sees: every sheet and table but the add-in's backups and log. */
function content(excel: FakeExcel): string {
  const d = dump(excel) as { sheets: { name: string }[]; tables: { name: string }[] };
  return JSON.stringify({
    sheets: d.sheets.filter((s) => !s.name.startsWith(BACKUP_PREFIX) && s.name !== LOG_SHEET),
    tables: d.tables.filter((t) => t.name !== LOG_TABLE),
  });
}

/** The values alone: tables, cell values and formulas of every sheet but the backups and the log. */
function values(excel: FakeExcel): string {
  return JSON.stringify({
    sheets: excel.sheets
      .filter((s) => !s.name.startsWith(BACKUP_PREFIX) && s.name !== LOG_SHEET)
      .map((s) => [
        s.name,
        s
          .within()
          .filter(([, , cell]) => cell.value !== "" || cell.formula !== undefined || cell.error !== undefined)
          .map(([r, c, cell]) => [r, c, cell.value, cell.formula ?? null, cell.error ?? null]),
      ]),
    tables: excel.tables.filter((t) => t.name !== LOG_TABLE).map((t) => [t.name, t.sheet.name, t.box]),
  });
}

/** Runs `op` with a failure at write `k` (0: none); true when it threw. */
async function run(excel: FakeExcel, op: Op, backups: boolean, k: number): Promise<boolean> {
  excel.mutations = 0;
  excel.failAt = k;
  const session = officeRunner(excel).session;
  try {
    const snapshot = await session.read({ backups });
    const { patch } = op(snapshot);
    await session.apply(patch, snapshot);
    return false;
  } catch {
    return true;
  } finally {
    excel.failAt = 0;
  }
}

/** The backup sheet the op's patch writes first, if any. */
async function backupOf(excel: FakeExcel, op: Op, backups: boolean): Promise<string | undefined> {
  const { patch } = op(await officeRunner(excel).session.read({ backups }));
  const step = patch.steps.find((s) => s.kind === "ensureSheet" && s.sheet.startsWith(BACKUP_PREFIX));
  return step?.sheet;
}

const table: Record<string, Record<Outcome | "writes", number>> = {};
const pad = (v: unknown, n: number) => String(v).padStart(n);

afterAll(() => {
  const rows = Object.entries(table).map(
    ([op, o]) =>
      `  ${op.padEnd(22)} ${pad(o.writes, 6)} ${pad(o.unchanged, 9)} ${pad(o.applied, 7)} ${pad(o.restorable, 10)} ${pad(o.rerun, 6)} ${pad(o.formats, 7)} ${pad(o.orphan, 6)} ${pad(o.broken, 6)}`,
  );
  console.log(
    "interrupted Office applies (a failure at every write k):\n" +
      "  op                     writes unchanged applied restorable  rerun formats orphan broken\n" +
      rows.join("\n"),
  );
});

describe("an op interrupted at every write (Office, recording fake)", () => {
  it.each(OPS)("%s: no outcome is broken", async (name, op, make, backups) => {
    const original = await make();
    const build = async () => original.clone();
    const base = await build();
    const before = JSON.stringify(dump(base));
    const beforeContent = content(base);
    const backup = await backupOf(base, op, backups);
    expect(await run(base, op, backups, 0)).toBe(false);
    const writes = base.mutations;
    const applied = JSON.stringify(dump(base));
    const appliedContent = content(base);
    const appliedValues = values(base);
    expect(applied).not.toBe(before);

    const counts: Record<Outcome | "writes", number> = {
      writes,
      unchanged: 0,
      applied: 0,
      restorable: 0,
      rerun: 0,
      formats: 0,
      orphan: 0,
      broken: 0,
    };
    for (let k = 1; k <= writes; k++) {
      const excel = await build();
      expect(await run(excel, op, backups, k)).toBe(true);
      const now = JSON.stringify(dump(excel));
      let outcome: Outcome;
      if (now === before) outcome = "unchanged";
      else if (now === applied) outcome = "applied";
      else if (backup && (await restores(excel, backup, beforeContent))) outcome = "restorable";
      else {
        const again = await build();
        await run(again, op, backups, k);
        const threw = await run(again, op, backups, 0);
        const orphan = again.tables.some((t) => /^Table\d+$/.test(t.name));
        outcome = orphan
          ? "orphan"
          : !threw && content(again) === appliedContent
            ? "rerun"
            : !threw && values(again) === appliedValues
              ? "formats"
              : "broken";
      }
      counts[outcome]++;
      if (outcome === "broken")
        throw new Error(`${name}: a failure at write ${k} of ${writes} leaves it broken`);
    }
    table[name] = counts;
    expect(counts.broken).toBe(0);
    // Only creating a table can leave an orphan, and only init and the first import create tables.
    if (name !== "init") expect(counts.orphan + counts.formats).toBe(0);
    const total = Object.entries(counts).reduce((sum, [key, n]) => (key === "writes" ? sum : sum + n), 0);
    expect(total).toBe(writes);
  });
});

/** Restoring the op's own backup (when it was written whole) brings the content back. */
async function restores(excel: FakeExcel, backup: string, beforeContent: string): Promise<boolean> {
  const session = officeRunner(excel).session;
  const snapshot = await session.read({ backups: true });
  const found = findBackup(snapshot, backup);
  if (!found || !found.tables.every((t) => t.intact)) return false;
  const result = restoreBackupOp(snapshot, backup, {
    now: new Date(NOW.getTime() + 120_000),
    fallbackYear: YEAR,
  });
  if (result.problems.length > 0) return false;
  try {
    await session.apply(result.patch, snapshot);
  } catch {
    return false;
  }
  return content(excel) === beforeContent;
}
