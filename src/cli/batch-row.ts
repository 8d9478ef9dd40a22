import { basename, resolve } from "node:path";
import { readWorkbookModel } from "../workbook/ops/read-model";
import type { Language } from "../workbook/schema";
import { readWorkbookTables } from "../workbook/xlsx/fast";
import { r2 } from "./output";

/** One workbook's line of the roll-up: small, so a worker thread sends it back cheaply. */
export interface BatchRow {
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
  /** Why it was read in full with ExcelJS instead of the fast reader, when it was (not in the output). */
  fallback?: string;
}

/** What a row needs from the command line; plain data, so it crosses to a worker thread as is. */
export interface RowOptions {
  cwd: string;
  language: Language;
  fiscalYearNow: number;
}

export function failedRow(file: string, reason: string): BatchRow {
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

/** Reads one workbook into its roll-up row; a file that cannot be read gives a row that says why. */
export async function rowFor(options: RowOptions, file: string): Promise<BatchRow> {
  try {
    const path = resolve(options.cwd, file);
    // The read of check/score/plan: the managed tables alone, ExcelJS for what it cannot read.
    const { snapshot, fallback } = await readWorkbookTables(path, path);
    const m = readWorkbookModel(snapshot, options.fiscalYearNow);
    const tool = (id: string) => r2(m.score.tools.find((t) => t.id === id)?.score);
    return {
      file: basename(file),
      organisation: m.settings.organisation,
      year: m.settings.fiscalYear,
      overall: r2(m.score.overall),
      level: m.score.level ? m.score.level[options.language] : null,
      IIT: tool("IIT"),
      EIT: tool("EIT"),
      OIT: tool("OIT"),
      budget: r2(m.plan.totals.budget),
      projects: m.plan.totals.projects,
      weak: m.weak.filter((w) => w.level === "indicator" && w.kind === "below").length,
      errors: m.problems.filter((p) => p.severity === "error").length,
      ...(fallback ? { fallback } : {}),
    };
  } catch (error) {
    return failedRow(file, error instanceof Error ? error.message : String(error));
  }
}
