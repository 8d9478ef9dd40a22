import { basename, resolve } from "node:path";
import ExcelJS from "exceljs";
import type { CellWrite } from "../workbook/model";
import { readWorkbookModel } from "../workbook/ops/read-model";
import { applyPatch, readSnapshot, readWorkbook } from "../workbook/xlsx";
import { saveWorkbook } from "./safe";
import { r2 } from "./output";
import { expandWorkbooks, guardReplacedOutput, sameFile } from "./safety";
import { CliError, type Cli } from "./types";

interface BatchRow {
  file: string;
  organisation: string;
  year: number;
  overall: number | null;
  level: string | null;
  IIT: number | null;
  EIT: number | null;
  OIT: number | null;
  budget: number | null;
  projects: number;
  weak: number;
  errors: number;
  /** Why the file could not be read, when it could not. */
  failed?: string;
}

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

async function rowFor(cli: Cli, file: string): Promise<BatchRow> {
  try {
    const { snapshot } = await readWorkbook(resolve(cli.cwd, file));
    const m = readWorkbookModel(snapshot, cli.fiscalYearNow);
    const tool = (id: string) => r2(m.score.tools.find((t) => t.id === id)?.score);
    return {
      file: basename(file),
      organisation: m.settings.organisation,
      year: m.settings.fiscalYear,
      overall: r2(m.score.overall),
      level: m.score.level ? m.score.level[cli.language] : null,
      IIT: tool("IIT"),
      EIT: tool("EIT"),
      OIT: tool("OIT"),
      budget: r2(m.plan.totals.budget),
      projects: m.plan.totals.projects,
      weak: m.weak.filter((w) => w.level === "indicator" && w.kind === "below").length,
      errors: m.problems.filter((p) => p.severity === "error").length,
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      file: basename(file),
      organisation: "",
      year: 0,
      overall: null,
      level: null,
      IIT: null,
      EIT: null,
      OIT: null,
      budget: null,
      projects: 0,
      weak: 0,
      errors: 1,
      failed: reason,
    };
  }
}

/** One row per workbook (a province's roll-up), as a table in OUT.xlsx and, with --json, on stdout. */
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
  const rows: BatchRow[] = [];
  for (const [i, file] of files.entries()) {
    cli.progress(i, files.length, basename(file));
    rows.push(await rowFor(cli, file));
  }
  cli.progress(files.length, files.length, "");
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
