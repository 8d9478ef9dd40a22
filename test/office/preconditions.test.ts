import type { Patch, Snapshot } from "../../src/workbook/model";
import { OfficeSession, PatchRefusedError } from "../../src/workbook/office";
import { newWorkbook, type FakeExcel } from "./fake-excel";
import { command, dump, flagWeak, importRows, init, officeRunner, planRows, summary } from "./support";
import { writeRowsOp } from "../../src/workbook/ops/rows";

/**
 * What the Office adapter refuses before it writes anything: the checks shared with the xlsx
 * adapter (see parity.test.ts for their texts), and what only Excel itself would stop halfway.
 */

const NOW = new Date("2026-11-22T03:00:00.000Z");
const replacePlan = (s: Snapshot, n: number): Patch =>
  writeRowsOp(s, "ITA_Plan", planRows(n), { mode: "replace", now: NOW, fallbackYear: 2566 }).patch;

/** A workbook after init and a 5-row plan, and a warm session over it. */
async function planned(version?: string): Promise<{ excel: FakeExcel; session: OfficeSession }> {
  const excel = newWorkbook(version ? { version } : {});
  const runner = officeRunner(excel);
  await command(runner, init);
  await command(runner, importRows("ITA_Plan", planRows(5)));
  return { excel, session: runner.session };
}

/** Applies a patch that must be refused; checks that the workbook is exactly as before. */
async function refused(excel: FakeExcel, session: OfficeSession, patch: Patch, snapshot: Snapshot) {
  const before = dump(excel);
  const syncs = excel.syncs.length;
  const error = await session.apply(patch, snapshot).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PatchRefusedError);
  expect(dump(excel)).toEqual(before);
  // The checks' sync, and no write after it.
  expect(excel.syncs.length - syncs).toBe(1);
  return (error as PatchRefusedError).problems;
}

describe("refusals leave the workbook untouched", () => {
  it("refuses to overwrite a table a co-author edited between read and apply", async () => {
    const { excel, session } = await planned();
    const snapshot = await session.read();
    excel.type("ITA_Plan", "D4", 123456); // the co-author's edit
    const problems = await refused(excel, session, replacePlan(snapshot, 3), snapshot);
    expect(problems).toEqual([
      expect.objectContaining({
        code: "patch.tableChanged",
        severity: "error",
        sheet: "ITA_Plan",
        cell: "A1:L6",
        en: "ITA_Plan changed since it was read (a co-author may have edited it): read again and retry",
      }),
    ]);
  });

  it("refuses to grow a table over a user's cell, naming it", async () => {
    const { excel, session } = await planned();
    excel.type("ITA_Plan", "C9", "ห้ามทับ");
    const snapshot = await session.read();
    const problems = await refused(excel, session, replacePlan(snapshot, 10), snapshot);
    expect(problems).toEqual([
      expect.objectContaining({ code: "patch.growsOver", sheet: "ITA_Plan", cell: "C9" }),
    ]);
    expect(problems[0]!.en).toContain("ITA_Plan!C9");
    expect(problems[0]!.th).toContain("ITA_Plan!C9");
  });

  it("refuses to write into a protected sheet (Excel would stop halfway)", async () => {
    const { excel, session } = await planned();
    excel.sheet("ITA_Plan").protected = true;
    const snapshot = await session.read();
    const problems = await refused(excel, session, replacePlan(snapshot, 5), snapshot);
    expect(problems).toEqual([expect.objectContaining({ code: "office.sheetProtected", sheet: "ITA_Plan" })]);
  });

  it("refuses a table that must change size where Excel cannot resize tables (ExcelApi < 1.13)", async () => {
    const excel = newWorkbook({ version: "1.12" });
    const runner = officeRunner(excel);
    await command(runner, init); // creating tables needs no resize
    const snapshot = await runner.session.read();
    const problems = await refused(excel, runner.session, replacePlan(snapshot, 8), snapshot);
    expect(problems).toContainEqual(
      expect.objectContaining({ code: "office.cannotResize", sheet: "ITA_Plan", cell: "A1:L2" }),
    );
    expect(problems[0]!.en).toContain("ExcelApi 1.13");
    expect(problems[0]!.th).toContain("Excel 2021");
  });
});

describe("a workbook that changed shape between read and apply", () => {
  it("still applies (one more sync to learn the new layout) when a co-author added a sheet", async () => {
    const { excel, session } = await planned();
    const snapshot = await session.read();
    excel.addSheet("บันทึก");
    excel.type("บันทึก", "A1", "note");
    const syncs = excel.syncs.length;
    await session.apply(replacePlan(snapshot, 5), snapshot);
    expect(excel.syncs.length - syncs).toBe(3);
    expect(excel.cell("ITA_Plan", "B6").value).toContain("ครั้งที่ 5");
  });

  it("starts again from the lists when a table of the layout is gone", async () => {
    const { excel, session } = await planned();
    await command(
      { read: () => session.read(), apply: async (p, s) => (await session.apply(p, s)).warnings },
      summary,
    );
    const snapshot = await session.read();
    excel.removeTable("ITA_Measures");
    const before = excel.syncs.length;
    const { warnings } = await session.apply(replacePlan(snapshot, 5), snapshot);
    expect(warnings).toEqual([]);
    // ItemNotFound, the lists, the addresses, the checks, the writes.
    expect(excel.syncs.length - before).toBe(5);
    expect(excel.findTable("ITA_Measures")).toBeUndefined();
  });

  it("logs every op on _ita_log without rewriting the old entries", async () => {
    const { excel, session } = await planned();
    const runner = {
      read: () => session.read(),
      apply: async (p: Patch, s: Snapshot) => (await session.apply(p, s)).warnings,
    };
    await command(runner, flagWeak);
    const log = excel.findTable("ITA_Log")!;
    expect(log.sheet.name).toBe("_ita_log");
    // init: 8 tables, the plan import, flag weak: 3 rule sets.
    expect(log.box.bottom - log.box.top).toBe(8 + 1 + 3);
    expect(excel.cell("_ita_log", "B13").value).toBe("flagWeak");
    expect(excel.cell("_ita_log", "A1").value).toBe("เวลา");
  });
});
