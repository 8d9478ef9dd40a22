import ExcelJS from "exceljs";
import type { Problem } from "../../../src/domain/problem";
import type { CellWrite, Patch } from "../../../src/workbook/model";
import { initOp, prefill } from "../../../src/workbook/ops/init";
import { readWorkbookModel, type WorkbookModel } from "../../../src/workbook/ops/read-model";
import { writeRowsOp, type KeyedRow } from "../../../src/workbook/ops/rows";
import { summaryOp } from "../../../src/workbook/ops/summary";
import { flagWeakOp } from "../../../src/workbook/ops/flag-weak";
import { defaultSettings } from "../../../src/workbook/ops/settings";
import { frameworkFor, type Framework } from "../../../src/domain/frameworks";
import { applyPatch, readSnapshot } from "../../../src/workbook/xlsx";

export const NOW = new Date("2026-11-22T03:00:00.000Z");
export const YEAR = 2566;

export const fw2566 = (): Framework => {
  const lookup = frameworkFor(YEAR);
  if (!lookup.ok) throw new Error("no framework");
  return lookup.framework;
};

/** Applies an op's result, failing the test on any error the op reports. */
export function apply(wb: ExcelJS.Workbook, result: { patch: Patch; problems: Problem[] }): void {
  const errors = result.problems.filter((p) => p.severity === "error");
  if (errors.length > 0)
    throw new Error(errors.map((p) => `${p.sheet ?? ""}!${p.cell ?? ""} ${p.en}`).join("\n"));
  applyPatch(wb, result.patch, readSnapshot(wb));
}

export interface Fill {
  /** Score of a question row (id, part) or null to leave it blank. */
  question?: (id: string, part: number | null) => number | null;
  /** Reported indicator scores by number. */
  indicators?: Record<number, number>;
  lastYear?: Record<number, number>;
  tools?: Record<string, number>;
  plan?: KeyedRow[];
  organisation?: string;
}

/** A workbook made the way a user makes one: init, then the tables filled, then the summary. */
export function buildWorkbook(fill: Fill): { workbook: ExcelJS.Workbook; model: WorkbookModel } {
  const wb = new ExcelJS.Workbook();
  apply(
    wb,
    initOp(readSnapshot(wb), { fiscalYear: YEAR, organisation: fill.organisation ?? "อบต.ทดสอบ", now: NOW }),
  );
  const fw = fw2566();
  const settings = defaultSettings(YEAR, fw);
  const write = (table: Parameters<typeof writeRowsOp>[1], rows: KeyedRow[]) =>
    apply(wb, writeRowsOp(readSnapshot(wb), table, rows, { mode: "replace", now: NOW, fallbackYear: YEAR }));
  if (fill.question) {
    const rows = prefill("ITA_QuestionScores", fw, settings, "th").map((r) => ({
      id: r[0] as string,
      tool: r[1] as string,
      indicator: r[2] as number,
      sub: r[3] as string | null,
      part: r[4] as number | null,
      score: fill.question!(r[0] as string, r[4] as number | null),
    }));
    write("ITA_QuestionScores", rows);
  }
  if (fill.indicators || fill.lastYear) {
    const rows = prefill("ITA_IndicatorScores", fw, settings, "th").map((r) => {
      const no = r[0] as number;
      return {
        no,
        name: r[1] as string,
        tool: r[2] as string,
        score: fill.indicators?.[no] ?? null,
        lastYear: fill.lastYear?.[no] ?? null,
      };
    });
    write("ITA_IndicatorScores", rows);
  }
  if (fill.tools) {
    const rows = prefill("ITA_ToolScores", fw, settings, "th").map((r) => ({
      label: r[0] as CellWrite,
      key: r[1] as string,
      score: fill.tools![r[1] as string] ?? null,
    }));
    write("ITA_ToolScores", rows);
  }
  if (fill.plan) write("ITA_Plan", fill.plan);
  apply(wb, summaryOp(readSnapshot(wb), NOW, YEAR));
  apply(wb, flagWeakOp(readSnapshot(wb), NOW, YEAR));
  return { workbook: wb, model: readWorkbookModel(readSnapshot(wb), YEAR) };
}
