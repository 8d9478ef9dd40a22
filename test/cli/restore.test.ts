import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { writeRowsOp } from "../../src/workbook/ops/rows";
import { readSnapshot, readWorkbook, toBuffer } from "../../src/workbook/xlsx";
import { seed001PlanRows } from "../fixtures/seeds";
import { apply, buildWorkbook, NOW, YEAR } from "../workbook/support/build";
import { runCli } from "./support";

jest.setTimeout(60_000);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ita-restore-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...argv: string[]) => runCli(dir, argv, new Date("2026-11-22T04:00:00Z"));

const BACKUP = "_ita_backup_20261122T030000";

/** A workbook whose seed-001 plan was replaced by one row: the 16 rows are in one backup. */
async function replaced(name = "book.xlsx") {
  const { workbook } = buildWorkbook({ plan: seed001PlanRows() });
  apply(
    workbook,
    writeRowsOp(readSnapshot(workbook), "ITA_Plan", [{ seq: "1", name: "แทนที่", dimension: 1, budget: 5 }], {
      mode: "replace",
      now: NOW,
      fallbackYear: YEAR,
    }),
  );
  writeFileSync(join(dir, name), await toBuffer(workbook));
  return name;
}

const planRows = async (file: string) =>
  (await readWorkbook(join(dir, file))).snapshot.tables.find((t) => t.name === "ITA_Plan")!.rows;

describe("ita-workbook restore", () => {
  it("lists the backups, as text and JSON", async () => {
    const file = await replaced();
    const text = await cli("restore", file, "--list");
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`${BACKUP}  writeRows  2026-11-22T03:00:00.000Z  ITA_Plan  16 แถว`);
    const json = await cli("restore", file, "--list", "--json", "--lang", "en");
    expect(JSON.parse(json.stdout)).toEqual({
      file,
      backups: [
        {
          backup: BACKUP,
          op: "writeRows",
          time: "2026-11-22T03:00:00.000Z",
          tables: [expect.objectContaining({ table: "ITA_Plan", sheet: "ITA_Plan", rows: 16, intact: true })],
        },
      ],
    });
  });

  it("restores into a new file, leaving the input as it was, and the restore can be undone", async () => {
    const file = await replaced();
    const before = readFileSync(join(dir, file));
    const { code, stdout } = await cli("restore", file, BACKUP, "-o", "out.xlsx", "--lang", "en");
    expect(code).toBe(0);
    expect(stdout).toContain("restored 16 row(s) of ITA_Plan");
    expect(readFileSync(join(dir, file))).toEqual(before);
    const original = buildWorkbook({ plan: seed001PlanRows() }).workbook;
    const expected = readSnapshot(original).tables.find((t) => t.name === "ITA_Plan")!.rows;
    expect(await planRows("out.xlsx")).toEqual(expected);

    const listed = JSON.parse((await cli("restore", "out.xlsx", "--list", "--json")).stdout) as {
      backups: { backup: string; op: string }[];
    };
    expect(listed.backups.map((b) => b.op)).toEqual(["restore", "writeRows"]);
    const undo = await cli("restore", "out.xlsx", listed.backups[0]!.backup, "--in-place");
    expect(undo.code).toBe(0);
    expect(await planRows("out.xlsx")).toEqual(await planRows(file));
  });

  it("refuses to overwrite its input without --in-place, and an unknown backup (exit 1)", async () => {
    const file = await replaced();
    const before = readFileSync(join(dir, file));
    const same = await cli("restore", file, BACKUP, "-o", file);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("--in-place");
    const none = await cli("restore", file, BACKUP);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("-o FILE");
    const unknown = await cli("restore", file, "_ita_backup_x", "-o", "out.xlsx");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("ไม่พบสำเนาสำรอง _ita_backup_x");
    expect(unknown.stderr).toContain(BACKUP);
    expect(existsSync(join(dir, "out.xlsx"))).toBe(false);
    expect(readFileSync(join(dir, file))).toEqual(before);
  });

  it("gives usage errors (exit 2) for a missing file, a missing backup name or --list with a name", async () => {
    expect((await cli("restore")).code).toBe(2);
    expect((await cli("restore", "nope.xlsx", "--list")).stderr).toContain("ไม่พบไฟล์ nope.xlsx");
    const file = await replaced();
    const noName = await cli("restore", file, "--lang", "en");
    expect(noName.code).toBe(2);
    expect(noName.stderr).toContain("--list");
    expect((await cli("restore", file, BACKUP, "--list")).code).toBe(2);
  });

  it("lists nothing in a workbook without backups, and refuses a damaged backup with its cell", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("ITA_Plan").getCell("A1").value = "x";
    writeFileSync(join(dir, "empty.xlsx"), await toBuffer(wb));
    expect((await cli("restore", "empty.xlsx", "--list", "--lang", "en")).stdout).toContain("no backup");

    const file = await replaced();
    const { workbook } = await readWorkbook(join(dir, file));
    workbook.getWorksheet(BACKUP)!.getCell("B3").value = "แก้ไขแล้ว";
    writeFileSync(join(dir, file), await toBuffer(workbook));
    expect((await cli("restore", file, "--list")).stdout).toContain("(เสียหาย/ถูกแก้ไข)");
    const r = await cli("restore", file, BACKUP, "-o", "out.xlsx");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${BACKUP}!A1`);
  });
});
