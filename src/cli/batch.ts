import { availableParallelism } from "node:os";
import { basename, resolve } from "node:path";
import ExcelJS from "exceljs";
import type { CellWrite } from "../workbook/model";
import { applyPatch, readSnapshot } from "../workbook/xlsx";
import { batchRows } from "./batch-pool";
import { saveWorkbook } from "./workbook-io";
import { expandWorkbooks, guardReplacedOutput, sameFile } from "./safety";
import { CliError, type Cli } from "./types";

const HEADERS: Record<"th" | "en", string[]> = {
  th: [
    "ไฟล์",
    "หน่วยงาน",
    "ปีงบประมาณ",
    "คะแนนรวม",
    "ระดับ",
    "IIT",
    "EIT",
    "OIT",
    "งบประมาณแผน (บาท)",
    "จำนวนโครงการ",
    "ตัวชี้วัดต่ำกว่าเกณฑ์",
    "ข้อผิดพลาด",
    "อ่านไม่ได้เพราะ",
  ],
  en: [
    "File",
    "Organisation",
    "Fiscal year",
    "Overall",
    "Level",
    "IIT",
    "EIT",
    "OIT",
    "Plan budget (baht)",
    "Projects",
    "Weak indicators",
    "Errors",
    "Unreadable because",
  ],
};

/**
 * One row per workbook (a province's roll-up), as a table in OUT.xlsx and, with --json, on stdout.
 * The files are read on every core (--jobs N, default all; 1 reads them one by one on this thread).
 */
export async function batch(cli: Cli, args: string[]): Promise<number> {
  const files = expandWorkbooks(cli, args);
  if (files.length === 0) throw new CliError(cli.t("ต้องระบุไฟล์อย่างน้อยหนึ่งไฟล์", "Give at least one workbook"));
  const output = cli.flags.output ? resolve(cli.cwd, cli.flags.output) : undefined;
  if (!output && !cli.flags.json)
    throw new CliError(cli.t("ต้องระบุ -o OUT.xlsx หรือ --json", "Give -o OUT.xlsx or --json"));
  if (output && files.some((f) => sameFile(cli.cwd, f, output))) {
    throw new CliError(cli.t("ไฟล์ผลลัพธ์ต้องไม่ใช่ไฟล์ต้นฉบับ", "The output must not be one of the inputs"));
  }
  // The roll-up replaces OUT.xlsx as a whole: never over a workbook holding parts it would lose.
  if (output) await guardReplacedOutput(cli, cli.flags.output!, output);
  const options = { cwd: cli.cwd, language: cli.language, fiscalYearNow: cli.fiscalYearNow };
  const jobs = cli.flags.jobs ?? availableParallelism();
  const read = await batchRows(files, options, jobs, (done, total, file) =>
    cli.progress(done, total, basename(file)),
  );
  // Which workbooks the fast reader left to ExcelJS is for ITA_VERBOSE=1, as with check/score/plan.
  const rows = read.map(({ fallback, ...row }) => {
    if (fallback && process.env.ITA_VERBOSE === "1")
      cli.err(
        cli.t(
          `อ่าน ${row.file} ด้วย ExcelJS ทั้งไฟล์ (${fallback})`,
          `Read ${row.file} in full with ExcelJS (${fallback})`,
        ),
      );
    return row;
  });
  if (output) {
    const workbook = new ExcelJS.Workbook();
    const body: CellWrite[][] = rows.map((r) => [
      r.file,
      r.organisation,
      r.year || null,
      r.overall,
      r.level,
      r.IIT,
      r.EIT,
      r.OIT,
      r.budget,
      r.projects,
      r.weak,
      r.errors,
      r.failed ?? null,
    ]);
    const numFmt = (i: number) => (i >= 3 && i <= 7 ? "0.00" : i === 8 ? "#,##0.00" : undefined);
    const columns = HEADERS[cli.language].map((header, i) => ({
      header,
      width: i < 2 ? 30 : 14,
      ...(numFmt(i) ? { numFmt: numFmt(i)! } : {}),
    }));
    const patch = {
      op: "batch",
      steps: [
        { kind: "ensureSheet" as const, sheet: "ITA_Batch" },
        {
          kind: "writeTable" as const,
          sheet: "ITA_Batch",
          table: "ITA_Batch",
          topLeft: "A1",
          columns,
          rows: body,
        },
        { kind: "sheetSetup" as const, sheet: "ITA_Batch", freezeRows: 1, print: true },
      ],
      mustBeEmpty: [],
      log: [],
    };
    applyPatch(workbook, patch, readSnapshot(workbook));
    await saveWorkbook(cli, workbook, output);
  }
  if (cli.flags.json) cli.out(JSON.stringify(rows, null, 2));
  else
    cli.out(
      cli.t(
        `รวม ${rows.length} ไฟล์ลงใน ${basename(output!)}`,
        `Rolled up ${rows.length} workbook(s) into ${basename(output!)}`,
      ),
    );
  return rows.some((r) => r.failed) ? 1 : 0;
}
