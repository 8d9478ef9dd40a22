import { message } from "./messages";

/**
 * A problem found in input or in a computation. Every surface (pane, CLI, custom functions)
 * shows the same object, so it carries both languages and where it was found.
 */
export type Severity = "error" | "warning";

export interface Location {
  /** Sheet (or table) name, when the value came from a workbook. */
  sheet?: string;
  /** A1-style cell address, when known. */
  cell?: string;
  /** 1-based row inside the data (not counting the header), when known. */
  row?: number;
  /** Column key or header text. */
  column?: string;
  /** Source line and column for text input. */
  line?: number;
  col?: number;
}

export interface Problem extends Location {
  severity: Severity;
  /** Stable machine code, e.g. "budget.negative". */
  code: string;
  th: string;
  en: string;
}

export function problem(
  severity: Severity,
  code: string,
  th: string,
  en: string,
  where: Location = {},
): Problem {
  return { severity, code, th, en, ...where };
}

export const hasErrors = (problems: readonly Problem[]): boolean =>
  problems.some((p) => p.severity === "error");

/** "ITA_Plan!D5: …" style prefix, for CLI and log output. */
export function describeLocation(where: Location): string {
  if (where.sheet && where.cell) return `${where.sheet}!${where.cell}`;
  if (where.line !== undefined)
    return `line ${where.line}${where.col !== undefined ? `, column ${where.col}` : ""}`;
  const parts = [where.sheet, where.row !== undefined ? `row ${where.row}` : undefined, where.column];
  return parts.filter((p) => p !== undefined && p !== "").join(", ");
}

/** A problem whose texts come from the message table (messages.ts). */
export function reportProblem(
  severity: Severity,
  code: string,
  params: Record<string, string | number> = {},
  where: Location = {},
): Problem {
  const { th, en } = message(code, params);
  return problem(severity, code, th, en, where);
}
