import { questionIndex, type Framework } from "../../domain/frameworks";
import type { CellWrite } from "../model";
import { tableDef, type TableName } from "../schema";
import type { OpResult } from "./init";
import { readWorkbookModel } from "./read-model";
import { writeTablesOp, type KeyedRow, type TableWrite, type WriteMode } from "./rows";
import type { Snapshot } from "../model";

/** What the importer hands over (src/domain/import): rows keyed like the managed tables' columns. */
export interface ImportedRowsLike {
  table: TableName;
  rows: readonly { values: Readonly<Record<string, string | number | boolean | null>> }[];
}

export interface ImportOptions {
  now: Date;
  fallbackYear: number;
  /** Lists (plan, measures, indicator progress) replace the table's rows by default; `append` keeps them. */
  lists?: "replace" | "append";
}

/**
 * How each table takes imported rows. Score and progress tables are prefilled (one row per
 * question, indicator, tool or OIT item), so imported values fill those rows by key; lists replace
 * or extend the table.
 */
const MERGE_KEYS: Partial<Record<TableName, readonly string[]>> = {
  ITA_QuestionScores: ["id", "part"],
  ITA_IndicatorScores: ["no"],
  ITA_ToolScores: ["key"],
  ITA_OITProgress: ["id"],
};

/** Columns an import may set in a merged table: the scores and progress, never the prefilled labels. */
const MERGE_COLUMNS: Partial<Record<TableName, readonly string[]>> = {
  ITA_QuestionScores: ["id", "part", "score", "tool", "indicator", "sub"],
  ITA_IndicatorScores: ["no", "score", "lastYear"],
  ITA_ToolScores: ["key", "score", "level"],
  ITA_OITProgress: ["id", "component", "owner", "status", "evidence", "note"],
};

/** A question row also carries its tool, indicator and sub-indicator, which the summary's formulas group by. */
function withQuestionColumns(fw: Framework, row: KeyedRow): KeyedRow {
  const info = questionIndex(fw).get(String(row.id ?? ""));
  if (!info) return row;
  return {
    ...row,
    tool: info.tool,
    indicator: info.indicator,
    sub: info.sub ?? null,
    part: row.part ?? null,
  };
}

function keyedRow(table: TableName, values: Readonly<Record<string, unknown>>): KeyedRow {
  const allowed = MERGE_COLUMNS[table] ?? tableDef(table).columns.map((c) => c.key);
  const row: Record<string, CellWrite> = {};
  for (const key of allowed) {
    const value = values[key];
    if (value !== undefined) row[key] = value as CellWrite;
  }
  return row;
}

/**
 * Writes what the importer found into the managed tables, in one patch with one backup: lists
 * replace (or extend) their table, scores and progress fill their prefilled rows. Text stays text:
 * the adapters never turn a string into a formula.
 */
export function importOp(
  snapshot: Snapshot,
  imported: readonly ImportedRowsLike[],
  options: ImportOptions,
): OpResult {
  const fw = readWorkbookModel(snapshot, options.fallbackYear).framework;
  const byTable = new Map<TableName, KeyedRow[]>();
  for (const t of imported) {
    const first = MERGE_KEYS[t.table]?.[0];
    // A row whose key the importer could not read (an OIT id "o44") has no row to fill: the
    // importer already reported it, and merging on a null key would hit an unrelated row.
    const readable =
      first === undefined
        ? t.rows
        : t.rows.filter((r) => r.values[first] !== null && r.values[first] !== undefined);
    const rows = readable.map((r) => keyedRow(t.table, r.values));
    const ready = t.table === "ITA_QuestionScores" ? rows.map((r) => withQuestionColumns(fw, r)) : rows;
    byTable.set(t.table, [...(byTable.get(t.table) ?? []), ...ready]);
  }
  const writes: TableWrite[] = [...byTable].map(([table, rows]) => {
    const keys = MERGE_KEYS[table];
    const how: WriteMode = keys ? { mode: "merge", keys } : { mode: options.lists ?? "replace" };
    return { table, rows, how };
  });
  return writeTablesOp(snapshot, writes, {
    now: options.now,
    fallbackYear: options.fallbackYear,
    op: "import",
  });
}
