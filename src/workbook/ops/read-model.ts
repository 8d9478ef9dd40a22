import type { Framework, ToolId } from "../../domain/frameworks";
import { normaliseQuestionId, questionIndex } from "../../domain/frameworks";
import { planTotals, checkStatedTotals, type PlanTotals } from "../../domain/plan";
import { reportProblem, type Problem } from "../../domain/problem";
import { score, type ReportedScore, type ScoreInput, type ScoreResult } from "../../domain/scoring";
import { parseTick } from "../../domain/thai/checkbox";
import { parseNumber } from "../../domain/thai/number";
import { toProblem } from "../../domain/thai/parsed";
import {
  readIndicatorRows,
  readPlanRows,
  readQuestionRows,
  type PlanRead,
  type RawRow,
} from "../../domain/validate";
import { weakFlags, type LastYear, type WeakFlag } from "../../domain/weak";
import type { ColumnKind, TableName } from "../schema";
import { readSettings, type Settings } from "./settings";
import { asRangeTables, structureProblems, type ModelSource } from "./structure";
import { bodyCell, findTables, rawRows, rawRowSource, type FoundTable } from "./tables";

/** Everything the core makes of a workbook: the figures every surface shows, and every problem. */
export interface WorkbookModel {
  tables: Map<TableName, FoundTable>;
  settings: Settings;
  framework: Framework;
  plan: PlanRead & { totals: PlanTotals };
  score: ScoreResult;
  lastYear: LastYear;
  weak: WeakFlag[];
  problems: Problem[];
}

const NUMERIC: readonly ColumnKind[] = ["money", "score", "integer"];

/**
 * Numbers and ticks typed as text ("๕,๐๐๐", "✓") are read by the core but ignored by Excel's own
 * formulas, so the summary sheet would show another total: each one is a warning at its cell.
 */
function textValueWarnings(found: FoundTable, problems: Problem[]): void {
  const kinds = new Map(found.def.columns.map((c) => [c.key, c.kind]));
  // The checked columns as parallel arrays: the loop below runs on every cell of a 100,000-row
  // plan, where destructuring an object per cell cost more than the check itself.
  const keys: string[] = [];
  const indices: number[] = [];
  const numerics: boolean[] = [];
  for (const [key, index] of found.columns) {
    const kind = kinds.get(key);
    const numeric = kind !== undefined && NUMERIC.includes(kind);
    if (numeric || kind === "boolean") {
      keys.push(key);
      indices.push(index);
      numerics.push(numeric);
    }
  }
  const width = keys.length;
  if (width === 0) return;
  // Straight over the table's cells: only a text cell in a number or tick column needs a look.
  const rows = found.table.rows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    for (let c = 0; c < width; c++) {
      const value = row[indices[c]!];
      if (typeof value !== "string" || value.trim() === "") continue;
      const key = keys[c]!;
      const numeric = numerics[c]!;
      const readable = numeric ? parseNumber(value).ok : parseTick(value).ok;
      if (!readable) continue;
      const where = { sheet: found.table.sheet, cell: bodyCell(found, i + 1, key), row: i + 1, column: key };
      problems.push(
        reportProblem("warning", numeric ? "cell.textNumber" : "cell.textTick", { value }, where),
      );
    }
  }
}

/** Appends without spreading: a 100,000-problem list would overflow the call stack as arguments. */
function append<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}

/** The summary's formulas group question rows by their indicator and sub-indicator cells: check them. */
function questionColumnProblems(fw: Framework, rows: readonly RawRow[]): Problem[] {
  const index = questionIndex(fw);
  const problems: Problem[] = [];
  for (const raw of rows) {
    const id = normaliseQuestionId(String(raw.values.id ?? ""));
    const info = id === undefined ? undefined : index.get(id);
    if (!info) continue;
    const expected: Record<string, string | number | undefined> = {
      tool: info.tool,
      indicator: info.indicator,
      sub: info.sub,
    };
    for (const [key, want] of Object.entries(expected)) {
      const got = raw.values[key];
      const same =
        want === undefined ? got === null || got === "" : String(got ?? "").trim() === String(want);
      if (!same) {
        const where = { sheet: raw.sheet, cell: raw.cells?.[key], row: raw.row, column: key };
        problems.push(
          reportProblem(
            "error",
            "score.column",
            { id: id!, column: key, value: String(got ?? ""), expected: String(want ?? "") },
            where,
          ),
        );
      }
    }
  }
  return problems;
}

const TOOL_KEYS: Record<string, ToolId | "EIT1" | "EIT2" | "overall"> = {
  iit: "IIT",
  eit: "EIT",
  eit1: "EIT1",
  eit2: "EIT2",
  oit: "OIT",
  overall: "overall",
};

type Reported = Pick<ScoreInput, "tools" | "overall" | "level"> & { eitParts: Record<number, ReportedScore> };

function reportedTools(found: FoundTable | undefined, problems: Problem[]): Reported {
  const out: Reported = { tools: {}, eitParts: {} };
  for (const raw of found ? rawRows(found) : []) {
    const key =
      TOOL_KEYS[
        String(raw.values.key ?? "")
          .trim()
          .toLowerCase()
      ];
    if (!key) continue;
    const where = { sheet: raw.sheet, cell: raw.cells?.score, row: raw.row, column: "score" };
    const parsed = parseNumber(raw.values.score);
    if (!parsed.ok) problems.push(toProblem(parsed, where));
    let value = parsed.ok ? parsed.value : null;
    if (value !== null && (value < 0 || value > 100)) {
      problems.push(reportProblem("error", "score.range", { id: key, value }, where));
      value = null;
    }
    const reported: ReportedScore | undefined = value === null ? undefined : { value, where };
    if (key === "overall") {
      if (reported) out.overall = reported;
      const level = String(raw.values.level ?? "").trim();
      if (level !== "")
        out.level = { value: level, where: { ...where, cell: raw.cells?.level, column: "level" } };
    } else if (reported && (key === "EIT1" || key === "EIT2"))
      out.eitParts[key === "EIT1" ? 1 : 2] = reported;
    else if (reported) out.tools![key as ToolId] = reported;
  }
  return out;
}

/**
 * The core says an indicator was computed from part of its questions without knowing the
 * workbook: each such warning is placed at the first missing question's score cell, so a click
 * can take the user there.
 */
function placeIncomplete(scored: ScoreResult, questionRaw: readonly RawRow[]): Problem[] {
  const partial = scored.indicators.filter((i) => i.source === "partial");
  let next = 0;
  return scored.problems.map((p) => {
    if (p.code !== "indicator.incomplete" || p.cell) return p;
    const id = String(partial[next++]?.missing[0]).split(" ")[0];
    const row = questionRaw.find((r) => normaliseQuestionId(String(r.values.id ?? "")) === id);
    return row ? { ...p, sheet: row.sheet, cell: row.cells?.score } : p;
  });
}

/** Reads a snapshot into the core's model. `fallbackYear` is used when the settings give none. */
export function readWorkbookModel(snapshot: ModelSource, fallbackYear: number): WorkbookModel {
  const tables = findTables(snapshot);
  const problems: Problem[] = [];
  // Each table's raw rows once: a large plan would otherwise be copied for every reader below.
  const raws = new Map(
    [...tables.values()].filter((f) => f.def.name !== "ITA_Plan").map((f) => [f, rawRows(f)] as const),
  );
  const rowsOf = (found: FoundTable | undefined): RawRow[] => (found ? raws.get(found)! : []);
  for (const found of tables.values()) {
    if (found.foundBy === "headers") {
      const params = { found: found.table.name, sheet: found.table.sheet, table: found.def.name };
      problems.push(reportProblem("warning", "table.foundByHeaders", params, { sheet: found.table.sheet }));
    }
    textValueWarnings(found, problems);
  }
  append(problems, structureProblems(snapshot, tables));
  const {
    settings,
    framework,
    problems: settingProblems,
  } = readSettings(tables.get("ITA_Settings"), fallbackYear);
  append(problems, settingProblems);

  const planTable = tables.get("ITA_Plan");
  // The plan reader keeps no row: its rows are made as it reads them, not held for the whole read.
  const plan = readPlanRows(planTable ? rawRowSource(planTable) : []);
  const totals = planTotals(plan.projects);
  append(problems, plan.problems);
  if (plan.stated) append(problems, checkStatedTotals(totals, plan.stated));

  const questionTable = tables.get("ITA_QuestionScores");
  const questionRaw = rowsOf(questionTable);
  const questions = readQuestionRows(
    framework,
    questionRaw.filter((r) => r.values.score !== null && r.values.score !== ""),
  );
  append(problems, questions.problems);
  append(problems, questionColumnProblems(framework, questionRaw));

  const indicatorTable = tables.get("ITA_IndicatorScores");
  const indicators = readIndicatorRows(rowsOf(indicatorTable));
  append(problems, indicators.problems);

  const input: ScoreInput = {
    questions: questions.questions,
    indicators: indicators.indicators.map((i) => ({ no: i.no, value: i.value, where: i.where })),
    ...reportedTools(tables.get("ITA_ToolScores"), problems),
  };
  const scored = score(framework, input, settings.passMark);
  append(problems, placeIncomplete(scored, questionRaw));
  const lastYear: LastYear = { indicators: indicators.lastYear };
  for (const name of ["ITA_Settings", "ITA_Plan", "ITA_IndicatorScores", "ITA_QuestionScores"] as const) {
    if (!tables.has(name) && !asRangeTables(problems).has(name))
      problems.push(reportProblem("warning", "table.missing", { table: name }, { sheet: name }));
  }
  return {
    tables,
    settings,
    framework,
    plan: { ...plan, totals },
    score: scored,
    lastYear,
    weak: weakFlags(scored, lastYear),
    problems,
  };
}
