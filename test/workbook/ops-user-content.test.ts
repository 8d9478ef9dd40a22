/**
 * The promise to users: an operation changes nothing outside the tables it manages, the summary
 * sheet it owns, its log and its backups, and rows it replaces can be found in the backup.
 */
import ExcelJS from "exceljs";
import { parseRange, contains } from "../../src/workbook/address";
import { BACKUP_PREFIX, LOG_SHEET, SUMMARY_SHEET } from "../../src/workbook/model";
import { flagWeakOp } from "../../src/workbook/ops/flag-weak";
import { initOp } from "../../src/workbook/ops/init";
import { writeRowsOp } from "../../src/workbook/ops/rows";
import { summaryOp } from "../../src/workbook/ops/summary";
import { readSnapshot } from "../../src/workbook/xlsx";
import { seed001PlanRows } from "../fixtures/seeds";
import { apply, NOW, YEAR } from "./support/build";
import { cellMap, roundTrip, without } from "./support/xlsx";

/** A user's workbook: their own sheets, and notes beside (not under) the managed tables. */
async function usersWorkbook() {
  const wb = new ExcelJS.Workbook();
  const mine = wb.addWorksheet("งานของฉัน");
  mine.getCell("A1").value = "บันทึกส่วนตัว";
  mine.getCell("B2").value = 1234.5;
  mine.getCell("C3").value = { formula: "B2*2", result: 2469 };
  mine.getCell("D4").value = "=ไม่ใช่สูตร";
  apply(wb, initOp(readSnapshot(wb), { fiscalYear: YEAR, organisation: "อบต.ทดสอบ", now: NOW }));
  // Notes typed beside the tables after init, as people do.
  wb.getWorksheet("ITA_Plan")!.getCell("O2").value = "หมายเหตุข้างตาราง";
  wb.getWorksheet("ITA_QuestionScores")!.getCell("H1").value = "ดูคู่มือ ป.ป.ช.";
  wb.getWorksheet("ITA_Settings")!.getCell("E9").value = 42;
  return (await roundTrip(wb)).workbook;
}

/** Cells an op may change: inside the managed tables' current ranges, the summary, the log, backups. */
function managedKey(wb: ExcelJS.Workbook): (key: string) => boolean {
  const boxes = readSnapshot(wb).tables.map((t) => ({ sheet: t.sheet, box: parseRange(t.address) }));
  return (key) => {
    const [sheet, address] = key.split("!") as [string, string];
    if (sheet === SUMMARY_SHEET || sheet === LOG_SHEET || sheet.startsWith(BACKUP_PREFIX)) return true;
    const { top, left } = parseRange(address);
    return boxes.some((b) => b.sheet === sheet && contains(b.box, top, left));
  };
}

describe("operations on a workbook with the user's own content", () => {
  it("init, replacing the plan, summary and flags change no cell outside what they manage", async () => {
    const wb = await usersWorkbook();
    const before = cellMap(wb);
    apply(
      wb,
      writeRowsOp(readSnapshot(wb), "ITA_Plan", seed001PlanRows(), {
        mode: "replace",
        now: NOW,
        fallbackYear: YEAR,
      }),
    );
    apply(wb, initOp(readSnapshot(wb), { fiscalYear: YEAR, now: NOW }));
    apply(wb, summaryOp(readSnapshot(wb), NOW, YEAR));
    apply(wb, flagWeakOp(readSnapshot(wb), NOW, YEAR));
    const after = cellMap((await roundTrip(wb)).workbook);
    const skip = managedKey(wb);
    expect(without(after, skip)).toEqual(without(before, skip));
    expect(after.get("งานของฉัน!D4")).toContain('"value":"=ไม่ใช่สูตร"');
    expect(after.get("ITA_Plan!O2")).toContain("หมายเหตุข้างตาราง");
  });

  it("puts the rows it replaces in a hidden backup sheet, exactly", async () => {
    const wb = await usersWorkbook();
    apply(
      wb,
      writeRowsOp(readSnapshot(wb), "ITA_Plan", seed001PlanRows(), {
        mode: "replace",
        now: NOW,
        fallbackYear: YEAR,
      }),
    );
    const planBefore = readSnapshot(wb).tables.find((t) => t.name === "ITA_Plan")!;
    const later = new Date(NOW.getTime() + 60_000);
    apply(
      wb,
      writeRowsOp(readSnapshot(wb), "ITA_Plan", [{ name: "โครงการใหม่", dimension: 2, budget: 100 }], {
        mode: "replace",
        now: later,
        fallbackYear: YEAR,
      }),
    );
    const reread = (await roundTrip(wb)).workbook;
    const backup = reread.worksheets.find((w) => w.name.startsWith(BACKUP_PREFIX))!;
    expect(backup.state).toBe("hidden");
    expect(backup.getCell("B1").value).toBe("ITA_Plan");
    const width = planBefore.headers.length;
    const rows = planBefore.rows.map((_, i) =>
      Array.from({ length: width }, (_, j) => backup.getRow(i + 3).getCell(j + 1).value ?? null),
    );
    expect(rows).toEqual(planBefore.rows);
    expect(backup.getRow(2).getCell(2).value).toBe(planBefore.headers[1]);
    const log = reread.getWorksheet(LOG_SHEET)!;
    const details: string[] = [];
    log.eachRow((row) => details.push(String(row.getCell(5).value)));
    expect(details.some((d) => d.includes("the 16 row(s) before are in") && d.includes(backup.name))).toBe(
      true,
    );
  });
});
