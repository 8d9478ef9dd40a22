/**
 * Backups and restore through the xlsx adapter: every backup describes itself, a restore puts the
 * rows back exactly (values, types, formulas) after backing up what it replaces, and a damaged
 * backup, a missing table or a table edited since the read stops it with nothing written.
 */
import ExcelJS from "exceljs";
import type { TableSnapshot } from "../../src/workbook/model";
import { listBackups } from "../../src/workbook/ops/backup";
import { initOp } from "../../src/workbook/ops/init";
import { restoreBackupOp } from "../../src/workbook/ops/restore";
import { writeRowsOp, type KeyedRow } from "../../src/workbook/ops/rows";
import { applyPatch, readSnapshot } from "../../src/workbook/xlsx";
import { seed001PlanRows } from "../fixtures/seeds";
import { apply, NOW, YEAR } from "./support/build";
import { refusedWith, roundTrip, tableOf } from "./support/xlsx";

const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

const NASTY: KeyedRow[] = [
  { seq: "1", name: '=HYPERLINK("http://x")', dimension: 1, budget: 0, q1: false, remarks: "" },
  { seq: "2", name: "+66 81\tแท็บ", dimension: 2, budget: -1234.567, q2: true, remarks: "@SUM(A1)" },
  { seq: "3", name: "\rCR ก่อน _x0041_", dimension: 3, budget: 1e12 + 0.25, q3: true },
  {},
  { seq: "๕", name: "เลขไทย ๑๒๓", dimension: 4, budget: 0.1, owner: "-กองคลัง" },
];

async function planned(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  apply(wb, initOp(readSnapshot(wb), { fiscalYear: YEAR, organisation: "อบต.ทดสอบ", now: NOW }));
  apply(
    wb,
    writeRowsOp(readSnapshot(wb), "ITA_Plan", NASTY, { mode: "replace", now: NOW, fallbackYear: YEAR }),
  );
  return (await roundTrip(wb)).workbook;
}

const plan = (wb: ExcelJS.Workbook): TableSnapshot => tableOf(readSnapshot(wb), "ITA_Plan");
const restore = (wb: ExcelJS.Workbook, name: string, at: Date) =>
  restoreBackupOp(readSnapshot(wb, { backups: true }), name, { now: at, fallbackYear: YEAR });

describe("backups and restore (xlsx)", () => {
  it("lists self-describing backups and restores one exactly, undoably", async () => {
    let wb = await planned();
    const original = plan(wb);
    apply(
      wb,
      writeRowsOp(readSnapshot(wb), "ITA_Plan", seed001PlanRows(), {
        mode: "replace",
        now: later(1),
        fallbackYear: YEAR,
        op: "import",
      }),
    );
    wb = (await roundTrip(wb)).workbook;
    const replaced = plan(wb);
    const [backup, ...others] = listBackups(readSnapshot(wb, { backups: true }));
    expect(others).toEqual([]);
    expect(backup).toMatchObject({ sheet: "_ita_backup_20261122T030100", op: "import" });
    expect(backup!.tables).toEqual([
      expect.objectContaining({
        table: "ITA_Plan",
        sheet: "ITA_Plan",
        op: "import",
        time: later(1).toISOString(),
        rows: original.rows,
        headers: original.headers,
        digest: original.fingerprint,
        intact: true,
      }),
    ]);

    apply(wb, restore(wb, backup!.sheet, later(2)));
    wb = (await roundTrip(wb)).workbook;
    const restored = plan(wb);
    expect(restored.rows).toEqual(original.rows);
    expect(restored.fingerprint).toBe(original.fingerprint);
    // Every value keeps its type: "1" stays text, 0 and false stay number and boolean.
    expect(restored.rows[0]!.slice(0, 8)).toEqual(original.rows[0]!.slice(0, 8));
    expect(typeof restored.rows[0]![0]).toBe("string");

    // The restore backed up what it replaced: restoring that backup undoes it.
    const list = listBackups(readSnapshot(wb, { backups: true }));
    expect(list.map((b) => [b.sheet, b.op])).toEqual([
      ["_ita_backup_20261122T030200", "restore"],
      ["_ita_backup_20261122T030100", "import"],
    ]);
    expect(list[0]!.tables[0]!.rows).toEqual(replaced.rows);
    apply(wb, restore(wb, list[0]!.sheet, later(3)));
    expect(plan((await roundTrip(wb)).workbook).rows).toEqual(replaced.rows);
  });

  it("names a second backup of the same second with a suffix", async () => {
    const wb = await planned();
    for (let i = 0; i < 3; i++)
      apply(
        wb,
        writeRowsOp(readSnapshot(wb), "ITA_Plan", NASTY.slice(i), {
          mode: "replace",
          now: later(1),
          fallbackYear: YEAR,
        }),
      );
    const names = listBackups(readSnapshot(wb, { backups: true })).map((b) => b.sheet);
    expect(names).toEqual([
      "_ita_backup_20261122T030100_3",
      "_ita_backup_20261122T030100_2",
      "_ita_backup_20261122T030100",
    ]);
  });

  it("refuses an unknown backup, a damaged one and a table that is gone", async () => {
    const wb = await planned();
    apply(
      wb,
      writeRowsOp(readSnapshot(wb), "ITA_Plan", [{ name: "x" }], {
        mode: "replace",
        now: later(1),
        fallbackYear: YEAR,
      }),
    );
    const name = listBackups(readSnapshot(wb, { backups: true }))[0]!.sheet;

    const unknown = restore(wb, "_ita_backup_nope", later(2)).problems;
    expect(unknown).toEqual([
      expect.objectContaining({ code: "backup.notFound", sheet: "_ita_backup_nope" }),
    ]);
    expect(unknown[0]!.en).toContain(name);
    expect(unknown[0]!.th).toContain("ไม่พบสำเนาสำรอง");

    const sheet = wb.getWorksheet(name)!;
    const cell = sheet.getCell("D3");
    const kept = cell.value;
    cell.value = 999; // someone edited the hidden sheet
    const damaged = restore(wb, name, later(2)).problems;
    expect(damaged).toEqual([
      expect.objectContaining({ code: "backup.damaged", sheet: name, cell: "A1", severity: "error" }),
    ]);
    cell.value = kept;
    expect(restore(wb, name, later(2)).problems).toEqual([]);

    wb.getWorksheet("ITA_Plan")!.removeTable("ITA_Plan");
    expect(restore(wb, name, later(2)).problems).toEqual([
      expect.objectContaining({ code: "backup.tableMissing", sheet: "ITA_Plan" }),
    ]);
  });

  it("stops when the table changed between reading and restoring, naming it", async () => {
    const wb = await planned();
    apply(
      wb,
      writeRowsOp(readSnapshot(wb), "ITA_Plan", [{ name: "x" }], {
        mode: "replace",
        now: later(1),
        fallbackYear: YEAR,
      }),
    );
    const snapshot = readSnapshot(wb, { backups: true });
    const name = listBackups(snapshot)[0]!.sheet;
    const result = restoreBackupOp(snapshot, name, { now: later(2), fallbackYear: YEAR });
    const box = plan(wb).address;
    wb.getWorksheet("ITA_Plan")!.getCell("B2").value = "แก้โดยผู้ร่วมแก้ไข"; // a co-author
    const problems = refusedWith(() => applyPatch(wb, result.patch, snapshot));
    expect(problems).toEqual([
      expect.objectContaining({ code: "patch.tableChanged", sheet: "ITA_Plan", cell: box }),
    ]);
    expect(problems[0]!.en).toContain("ITA_Plan");
    expect(wb.getWorksheet("ITA_Plan")!.getCell("B2").value).toBe("แก้โดยผู้ร่วมแก้ไข");
    expect(listBackups(readSnapshot(wb, { backups: true }))).toHaveLength(1);
  });
});
