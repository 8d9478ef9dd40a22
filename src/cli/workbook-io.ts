import { existsSync } from "node:fs";
import { relative, resolve } from "node:path";
import type ExcelJS from "exceljs";
import type { Problem } from "../domain/problem";
import { PatchRefusedError } from "../workbook/errors";
import type { Patch, Snapshot } from "../workbook/model";
import { describeFsError } from "../workbook/xlsx/file";
import { applyPatch, readWorkbook, WorkbookReadError, writeWorkbook } from "../workbook/xlsx";
import { problemLines } from "./output";
import { CliError, type Cli } from "./types";

/**
 * What the CLI does with a file it cannot read or a write it must not make: a message in the
 * user's language naming the file (as typed, never a temporary path), and an exit code — never a
 * stack trace.
 */

/** Thai for the reasons package.ts gives in English (matched on their opening words). */
const THAI_REASONS: readonly [string, string][] = [
  ["the file is empty", "ไฟล์ว่างเปล่า (0 ไบต์)"],
  ["it is an empty zip archive", "เป็นไฟล์ zip ที่ว่างเปล่า"],
  [
    "it is an old binary .xls",
    "เป็นไฟล์ .xls แบบเก่าหรือ .xlsx ที่ตั้งรหัสผ่านไว้ เปิดใน Excel แล้วบันทึกเป็น .xlsx โดยไม่มีรหัสผ่าน",
  ],
  ["it is a PDF document", "เป็นเอกสาร PDF ให้เปิดสมุดงานต้นฉบับ หรือนำเข้าข้อความของ PDF ด้วยคำสั่ง import"],
  ["it is a text file", "เป็นไฟล์ข้อความ (เช่น CSV) ไม่ใช่ .xlsx เปิดใน Excel แล้วบันทึกเป็น .xlsx"],
  ["it is not a zip package", "ไม่ใช่แพ็กเกจ zip ของ .xlsx (อาจเป็น PDF หรือไฟล์ชนิดอื่นที่เปลี่ยนนามสกุล)"],
  ["its zip structure is damaged", "โครงสร้างไฟล์เสียหาย อาจถูกตัดขาดระหว่างคัดลอกหรือดาวน์โหลด"],
  [
    "the zip package has no xl/workbook.xml",
    "ไม่มี xl/workbook.xml (อาจเป็นไฟล์ Word, PowerPoint หรือ OpenDocument)",
  ],
  ["ExcelJS could not parse it", "ส่วนประกอบภายในของไฟล์อ่านไม่ได้ (ไฟล์อาจเสียหาย)"],
  ["there is no such file", "ไม่พบไฟล์"],
  ["it is a folder", "เป็นโฟลเดอร์ ไม่ใช่ไฟล์"],
  ["permission denied", "ไม่มีสิทธิ์อ่านไฟล์"],
];

export function unreadable(cli: Cli, file: string, error: unknown): CliError {
  if (!(error instanceof WorkbookReadError)) {
    const detail = error instanceof Error ? error.message : String(error);
    return new CliError(cli.t(`อ่านไฟล์ ${file} ไม่ได้: ${detail}`, `Cannot read ${file}: ${detail}`));
  }
  const thai = THAI_REASONS.find(([en]) => error.reason.startsWith(en))?.[1] ?? error.reason;
  return new CliError(
    cli.t(
      `อ่านไฟล์ ${file} ไม่ได้ เพราะไม่ใช่สมุดงาน .xlsx ที่อ่านได้: ${thai}`,
      `${file} is not a readable .xlsx workbook: ${error.reason}`,
    ),
  );
}

/** Opens a workbook; a missing or unreadable file is a usage error (exit 2) naming it as typed. */
export async function openWorkbook(cli: Cli, file: string) {
  const path = resolve(cli.cwd, file);
  if (!existsSync(path)) throw new CliError(cli.t(`ไม่พบไฟล์ ${file}`, `No such file: ${file}`));
  try {
    return await readWorkbook(path, file);
  } catch (error) {
    throw unreadable(cli, file, error);
  }
}

/** The sheets a patch writes to that the user protected: the CLI does not unprotect them. */
export function protectedTargets(patch: Patch, snapshot: Snapshot): Problem[] {
  const targets = new Set(patch.steps.map((s) => s.sheet));
  return snapshot.sheets
    .filter((s) => s.protected && targets.has(s.name))
    .map((s) => ({
      severity: "error" as const,
      code: "sheet.protected",
      th: `ชีต ${s.name} ถูกป้องกันไว้ จึงไม่เขียนลงไป: ยกเลิกการป้องกันชีต (รีวิว > ยกเลิกการป้องกันแผ่นงาน) แล้วลองใหม่`,
      en: `The sheet ${s.name} is protected, so nothing is written to it: unprotect it (Review > Unprotect Sheet) and retry`,
      sheet: s.name,
    }));
}

/** Applies a patch, or stops with exit 1 and the reasons (protected sheets, a refused write). */
export function applyOrRefuse(cli: Cli, workbook: ExcelJS.Workbook, patch: Patch, snapshot: Snapshot): void {
  const locked = protectedTargets(patch, snapshot);
  const refuse = (problems: readonly Problem[]) => {
    cli.err(problemLines(problems, cli.language).join("\n"));
    return new CliError(cli.t("ไม่ได้เขียนอะไรลงไฟล์", "Nothing was written"), 1);
  };
  if (locked.length > 0) throw refuse(locked);
  try {
    applyPatch(workbook, patch, snapshot);
  } catch (error) {
    if (error instanceof PatchRefusedError) throw refuse(error.problems);
    throw error;
  }
}

/** Saves the workbook; a file system refusal (no folder, read-only, disk full) is exit 2 in Thai. */
export async function saveWorkbook(cli: Cli, workbook: ExcelJS.Workbook, path: string): Promise<void> {
  try {
    await writeWorkbook(workbook, path);
  } catch (error) {
    const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
    const reason = describeFsError(cause);
    const thai = THAI_WRITE_REASONS[errorCode(cause) ?? ""] ?? reason;
    const name = relative(cli.cwd, path) || path;
    throw new CliError(cli.t(`เขียนไฟล์ ${name} ไม่ได้: ${thai}`, `Could not write ${name}: ${reason}`));
  }
}

const THAI_WRITE_REASONS: Record<string, string> = {
  ENOENT: "ไม่พบโฟลเดอร์ปลายทาง",
  EISDIR: "ชื่อนี้เป็นโฟลเดอร์",
  EACCES: "ไม่มีสิทธิ์เขียน",
  EPERM: "ไม่ได้รับอนุญาต (ไฟล์เปิดอยู่ใน Excel หรือเป็นแบบอ่านอย่างเดียว?)",
  EBUSY: "ไฟล์กำลังถูกใช้งาน (ปิดใน Excel แล้วลองใหม่)",
  ENOSPC: "ดิสก์เต็ม",
  EROFS: "ระบบไฟล์เป็นแบบอ่านอย่างเดียว",
};

const errorCode = (e: unknown): string | undefined =>
  typeof e === "object" && e !== null && "code" in e && typeof e.code === "string" ? e.code : undefined;
