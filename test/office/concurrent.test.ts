/**
 * A table changed between the read and the write (a co-author in Excel, another program on the
 * file) stops every op with a message naming it, through both adapters, and nothing is written:
 * the tables an op writes (import, restore) and the tables it only reads (the summary's and the
 * weak flags' sources).
 */
import type { Problem } from "../../src/domain/problem";
import type { Patch, Snapshot } from "../../src/workbook/model";
import { listBackups } from "../../src/workbook/ops/backup";
import { restoreBackupOp } from "../../src/workbook/ops/restore";
import { PatchRefusedError } from "../../src/workbook/errors";
import { cellMap } from "../workbook/support/xlsx";
import { newWorkbook } from "./fake-excel";
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
  xlsxRunner,
  YEAR,
} from "./support";

type Op = (snapshot: Snapshot) => { patch: Patch; problems: Problem[] };

const restore: Op = (s) =>
  restoreBackupOp(s, listBackups(s)[0]!.sheet, { now: new Date(NOW.getTime() + 60_000), fallbackYear: YEAR });

/** Op, the table a co-author edits meanwhile, and a cell of its body. */
const CASES: [string, Op, string, string][] = [
  ["summary (reads the question scores)", summary, "ITA_QuestionScores", "F3"],
  ["flag weak (reads the indicator scores)", flagWeak, "ITA_IndicatorScores", "C2"],
  ["import (replaces the plan)", importRows("ITA_Plan", planRows(3)), "ITA_Plan", "B2"],
  ["restore (puts the plan back)", restore, "ITA_Plan", "B2"],
];

async function filled<R extends ReturnType<typeof officeRunner> | ReturnType<typeof xlsxRunner>>(runner: R) {
  await command(runner, init);
  await command(runner, importRows("ITA_QuestionScores", questionRows()));
  await command(runner, importRows("ITA_Plan", planRows(6)));
  await command(runner, importRows("ITA_Plan", planRows(4)));
  return runner;
}

function refused(error: unknown): Problem[] {
  if (error instanceof PatchRefusedError) return error.problems;
  throw error;
}

describe.each(["office", "xlsx"] as const)("a table edited before the write (%s)", (adapter) => {
  it.each(CASES)("%s is refused, naming the table, and writes nothing", async (_, op, table, cell) => {
    const excel = newWorkbook();
    const runner = await filled(adapter === "office" ? officeRunner(excel) : xlsxRunner());
    const snapshot =
      adapter === "office"
        ? await officeRunner(excel).session.read({ backups: true })
        : (await import("../../src/workbook/xlsx")).readSnapshot(
            (runner as ReturnType<typeof xlsxRunner>).wb,
            {
              backups: true,
            },
          );
    const { patch, problems } = op(snapshot);
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);

    // The co-author's edit.
    if (adapter === "office") excel.type(table, cell, 42.5);
    else (runner as ReturnType<typeof xlsxRunner>).wb.getWorksheet(table)!.getCell(cell).value = 42.5;
    const before =
      adapter === "office"
        ? JSON.stringify(dump(excel))
        : JSON.stringify([...cellMap((runner as ReturnType<typeof xlsxRunner>).wb)]);

    let thrown: unknown;
    try {
      await runner.apply(patch, snapshot);
    } catch (e) {
      thrown = e;
    }
    const found = refused(thrown);
    expect(found).toContainEqual(expect.objectContaining({ code: "patch.tableChanged", sheet: table }));
    expect(found.find((p) => p.code === "patch.tableChanged")!.th).toContain(table);
    const after =
      adapter === "office"
        ? JSON.stringify(dump(excel))
        : JSON.stringify([...cellMap((runner as ReturnType<typeof xlsxRunner>).wb)]);
    expect(after).toBe(before);
  });
});

describe("an edit the op does not depend on (office)", () => {
  it("flag weak still applies when a co-author types in the plan meanwhile (its flags follow from the scores alone)", async () => {
    const excel = newWorkbook();
    const runner = await filled(officeRunner(excel));
    const snapshot = await officeRunner(excel).session.read({ backups: true });
    const { patch } = flagWeak(snapshot);
    expect(patch.reads?.map((r) => r.table)).not.toContain("ITA_Plan");
    expect(patch.reads?.map((r) => r.table)).toContain("ITA_IndicatorScores");

    excel.type("ITA_Plan", "B2", "โครงการที่ผู้ร่วมแก้พิมพ์");
    await runner.apply(patch, snapshot); // not refused
    expect(JSON.stringify(dump(excel))).toContain("โครงการที่ผู้ร่วมแก้พิมพ์");
  });
});
