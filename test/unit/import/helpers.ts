import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ImportKind, ImportResult, ImportedRow, ImportedTable } from "../../../src/domain/import";

export const SEEDS = join(__dirname, "../../fixtures/seeds");
export const BROKEN = join(__dirname, "../../fixtures/import/broken");

export const seedText = (name: string): string => readFileSync(join(SEEDS, name), "utf8");

export const tablesOf = (result: ImportResult, kind: ImportKind): ImportedTable[] =>
  result.tables.filter((t) => t.kind === kind);

export const rowsOf = (result: ImportResult, kind: ImportKind): ImportedRow[] =>
  tablesOf(result, kind).flatMap((t) => t.rows);

export const valuesOf = (result: ImportResult, kind: ImportKind, key: string): unknown[] =>
  rowsOf(result, kind).map((r) => r.values[key]);

export const codes = (result: ImportResult): string[] => result.problems.map((p) => p.code);

/** Tab-separated lines, as a document's text export writes them. */
export const tsv = (...lines: (readonly string[])[]): string => lines.map((l) => l.join("\t")).join("\n");

export const TICK = '<input checked="" type="checkbox"/>';
export const PLAN_HEADER = [
  ["ลำดับ", "รายการโครงการ (ตั้งต้น)", "มิติ", "งบประมาณ (บาท)", "ดำเนินการไตรมาส", "", "", "", "หมายเหตุ"],
  ["", "", "", "", "1", "2", "3", "4", ""],
] as const;

/** Markup must never survive into a value: no tag, no entity. */
export const hasMarkup = (value: unknown): boolean =>
  typeof value === "string" &&
  (/<\/?[a-zA-Z][^<>]*>/.test(value) || /&(?:nbsp|amp|lt|gt|quot|#\d+|#x[0-9a-f]+);/i.test(value));
