import ExcelJS from "exceljs";
import { frameworkFor } from "../../src/domain/frameworks";
import { STATUSES } from "../../src/domain/status";
import type { Problem } from "../../src/domain/problem";
import type { Patch, Snapshot } from "../../src/workbook/model";
import { initOp, prefill } from "../../src/workbook/ops/init";
import { writeRowsOp, type KeyedRow } from "../../src/workbook/ops/rows";
import { defaultSettings } from "../../src/workbook/ops/settings";
import { flagWeakOp } from "../../src/workbook/ops/flag-weak";
import { summaryOp } from "../../src/workbook/ops/summary";
import { OfficeSession, type SessionOptions } from "../../src/workbook/office";
import { applyPatch as applyXlsx, readSnapshot as readXlsx } from "../../src/workbook/xlsx";
import type { FakeExcel } from "./fake-excel";

export const NOW = new Date("2026-11-22T03:00:00.000Z");
export const YEAR = 2566;

/** Either adapter, driven the same way: read, run an op, apply. */
export interface Runner {
  read(): Promise<Snapshot>;
  apply(patch: Patch, snapshot: Snapshot): Promise<Problem[]>;
}

export function officeRunner(
  excel: FakeExcel,
  options: SessionOptions = {},
): Runner & { session: OfficeSession } {
  const session = new OfficeSession(excel, options);
  return {
    session,
    read: () => session.read(),
    apply: async (patch, snapshot) => (await session.apply(patch, snapshot)).warnings,
  };
}

export function xlsxRunner(wb = new ExcelJS.Workbook()): Runner & { wb: ExcelJS.Workbook } {
  if (wb.worksheets.length === 0) wb.addWorksheet("Sheet1");
  return {
    wb,
    read: async () => readXlsx(wb),
    apply: async (patch, snapshot) => {
      applyXlsx(wb, patch, snapshot);
      return [];
    },
  };
}

type Op = (snapshot: Snapshot) => { patch: Patch; problems: Problem[] };

/** read → op → apply; fails on any error the op reports. */
export async function command(runner: Runner, op: Op): Promise<{ patch: Patch; warnings: Problem[] }> {
  const snapshot = await runner.read();
  const { patch, problems } = op(snapshot);
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0)
    throw new Error(errors.map((p) => `${p.sheet ?? ""}!${p.cell ?? ""} ${p.en}`).join("\n"));
  return { patch, warnings: await runner.apply(patch, snapshot) };
}

const OWNERS = ["กองคลัง", "สำนักปลัด", "กองช่าง", "กองการศึกษา"];

/** n rows of an anti-corruption plan, Thai names and owners, some blanks, as an import brings them. */
export function planRows(n: number): KeyedRow[] {
  return Array.from({ length: n }, (_, i) => {
    const budget = 5000 + ((i * 3779) % 45000) + (i % 4) * 0.25;
    return {
      seq: String(i + 1),
      name: `โครงการส่งเสริมคุณธรรมและความโปร่งใสในการปฏิบัติงาน ครั้งที่ ${i + 1}`,
      dimension: (i % 4) + 1,
      budget,
      q1: i % 2 === 0,
      q2: i % 3 === 0,
      q3: true,
      q4: i % 5 === 0,
      owner: OWNERS[i % OWNERS.length]!,
      spent: i % 3 === 0 ? null : Math.round(budget * 0.8),
      status: STATUSES[i % STATUSES.length]!.th,
      remarks: i % 7 === 0 ? "ใช้งบประมาณร่วมกับโครงการอื่น" : null,
    };
  });
}

/** The 103 question and item rows of 2566 with scores (OIT items 0 or 100). */
export function questionRows(): KeyedRow[] {
  const lookup = frameworkFor(YEAR);
  if (!lookup.ok) throw new Error("no framework");
  const fw = lookup.framework;
  return prefill("ITA_QuestionScores", fw, defaultSettings(YEAR, fw), "th").map((r, i) => ({
    id: r[0] as string,
    tool: r[1] as string,
    indicator: r[2] as number,
    sub: r[3] as string | null,
    part: r[4] as number | null,
    score: r[1] === "OIT" ? (i % 6 === 0 ? 0 : 100) : 70 + (i % 29),
  }));
}

export const init: Op = (s) => initOp(s, { fiscalYear: YEAR, organisation: "อบต.คลองเกตุ", now: NOW });
export const importRows =
  (table: "ITA_Plan" | "ITA_QuestionScores", rows: KeyedRow[]): Op =>
  (s) =>
    writeRowsOp(s, table, rows, { mode: "replace", now: NOW, fallbackYear: YEAR });
export const summary: Op = (s) => summaryOp(s, NOW, YEAR);
export const flagWeak: Op = (s) => flagWeakOp(s, NOW, YEAR);

/** Everything the fake workbook holds, to show that a refused patch changed nothing. */
export function dump(excel: FakeExcel): unknown {
  return {
    sheets: excel.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      protected: s.protected,
      tabColor: s.tabColor,
      freezeRows: s.freezeRows,
      widths: [...s.columnWidths],
      cells: s.within().map(([r, c, cell]) => [r, c, JSON.stringify(cell)]),
      formats: JSON.stringify(s.conditionalFormats),
    })),
    tables: excel.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, box: t.box })),
  };
}
