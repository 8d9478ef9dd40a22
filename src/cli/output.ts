import type { Problem } from "../domain/problem";
import { describeLocation } from "../domain/problem";
import { roundHalfUp } from "../domain/round";
import type { Language } from "../workbook/schema";

/** Numbers in JSON output: rounded half up to 2 decimals, as the documents print them. */
export const r2 = (v: number | undefined): number | null => (v === undefined ? null : roundHalfUp(v, 2));

export interface JsonProblem {
  severity: Problem["severity"];
  code: string;
  message: string;
  sheet?: string;
  cell?: string;
  line?: number;
}

export function jsonProblem(p: Problem, language: Language): JsonProblem {
  const out: JsonProblem = { severity: p.severity, code: p.code, message: p[language] };
  if (p.sheet !== undefined) out.sheet = p.sheet;
  if (p.cell !== undefined) out.cell = p.cell;
  if (p.line !== undefined) out.line = p.line;
  return out;
}

/** One line per problem: "ITA_Plan!D5  error  งบประมาณติดลบ…". */
export function problemLines(problems: readonly Problem[], language: Language): string[] {
  return problems.map((p) => {
    const where = describeLocation(p);
    const tag =
      p.severity === "error"
        ? language === "th"
          ? "ผิดพลาด"
          : "error"
        : language === "th"
          ? "คำเตือน"
          : "warning";
    return `${where ? `${where}  ` : ""}${tag}: ${p[language]} [${p.code}]`;
  });
}

/** A two-column text table, padded for Thai text too (combining marks take no width). */
export function table(rows: readonly (readonly string[])[]): string {
  const width = (s: string) =>
    [...s.normalize("NFC")].filter((ch) => !/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/.test(ch)).length;
  const widths = rows[0]?.map((_, i) => rows.reduce((w, r) => Math.max(w, width(r[i] ?? "")), 0)) ?? [];
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell + " ".repeat(Math.max(0, (widths[i] ?? 0) - width(cell))))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
