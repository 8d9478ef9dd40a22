import { reportProblem } from "../../domain/problem";
import { columnLetter, parseCell, sheetRef } from "../address";
import type { ConditionalFormat, Patch, PatchStep, Snapshot } from "../model";
import type { OpResult } from "./init";
import { readWorkbookModel } from "./read-model";
import { bodyCell, rawRows, readsOf, type FoundTable } from "./tables";

/** The tables the weak flags are computed from. */
const WEAK_SOURCES: ReadonlySet<string> = new Set([
  "ITA_Settings",
  "ITA_IndicatorScores",
  "ITA_QuestionScores",
  "ITA_ToolScores",
]);

const BELOW = { fill: "FFC7CE", color: "9C0006" };
const ZERO = { fill: "FF7C80", color: "FFFFFF", bold: true };
const DROP = { fill: "FFEB9C", color: "9C5700", bold: true };

/** The body range of a column and its first cell, or undefined when the column or the rows are missing. */
function columnRange(
  found: FoundTable,
  key: string,
): { ref: string; first: string; col: string } | undefined {
  const first = bodyCell(found, 1, key);
  const last = bodyCell(found, Math.max(found.table.rows.length, 1), key);
  if (!first || !last) return undefined;
  return { ref: `${first}:${last}`, first, col: first.replace(/\d+$/, "") };
}

/** "B5" → "$B$5". */
function absolute(cell: string): string {
  const { row, column } = parseCell(cell);
  return `$${columnLetter(column)}$${row}`;
}

/** A column-absolute, row-relative reference to a column's first body cell ("$B2"), for row-wise rules. */
const rowRef = (found: FoundTable, key: string) => {
  const cell = bodyCell(found, 1, key);
  return cell ? `$${cell}` : undefined;
};

/**
 * Conditional formats on the score tables: below the pass mark, OIT items at 0, lower than last
 * year. The pass mark is read from ITA_Settings' cell, so changing it there recolours at once.
 */
export function flagWeakOp(snapshot: Snapshot, now: Date, fallbackYear: number): OpResult {
  const model = readWorkbookModel(snapshot, fallbackYear);
  const settings = model.tables.get("ITA_Settings");
  const passRow = settings ? rawRows(settings).find((r) => r.values.key === "passMark") : undefined;
  const passCell = passRow?.cells?.value;
  const pass =
    settings && passCell
      ? `${sheetRef(settings.table.sheet)}!${absolute(passCell)}`
      : String(model.settings.passMark);
  const steps: PatchStep[] = [];
  const log: Patch["log"] = [];
  const add = (found: FoundTable | undefined, formats: ConditionalFormat[]) => {
    if (!found || formats.length === 0) return;
    steps.push({ kind: "conditionalFormats", sheet: found.table.sheet, formats });
    log.push({
      time: now.toISOString(),
      op: "flagWeak",
      sheet: found.table.sheet,
      rows: found.table.rows.length,
      detail: `${formats.length} rule set(s)`,
    });
  };

  const indicators = model.tables.get("ITA_IndicatorScores");
  const score = indicators && columnRange(indicators, "score");
  const last = indicators && rowRef(indicators, "lastYear");
  if (indicators && score) {
    const rules: ConditionalFormat["rules"] = [
      {
        type: "expression",
        formula: `AND(ISNUMBER(${score.first}),ROUND(${score.first},2)<${pass})`,
        ...BELOW,
      },
    ];
    if (last)
      rules.push({
        type: "expression",
        formula: `AND(ISNUMBER(${score.first}),ISNUMBER(${last}),ROUND(${score.first},2)<ROUND(${last},2))`,
        ...DROP,
      });
    add(indicators, [
      { ref: score.ref, rules },
      { ref: score.ref, rules: [{ type: "dataBar", min: 0, max: 100, color: "5B9BD5" }] },
    ]);
  }

  const questions = model.tables.get("ITA_QuestionScores");
  const qScore = questions && columnRange(questions, "score");
  const qTool = questions && rowRef(questions, "tool");
  if (questions && qScore && qTool) {
    add(questions, [
      {
        ref: qScore.ref,
        rules: [
          {
            type: "expression",
            formula: `AND(${qTool}="OIT",ISNUMBER(${qScore.first}),${qScore.first}=0)`,
            ...ZERO,
          },
          {
            type: "expression",
            formula: `AND(${qTool}<>"OIT",ISNUMBER(${qScore.first}),ROUND(${qScore.first},2)<${pass})`,
            ...BELOW,
          },
        ],
      },
    ]);
  }

  const tools = model.tables.get("ITA_ToolScores");
  const tScore = tools && columnRange(tools, "score");
  if (tools && tScore) {
    add(tools, [
      {
        ref: tScore.ref,
        rules: [
          {
            type: "expression",
            formula: `AND(ISNUMBER(${tScore.first}),ROUND(${tScore.first},2)<${pass})`,
            ...BELOW,
          },
        ],
      },
    ]);
  }

  const problems =
    steps.length === 0
      ? [
          reportProblem(
            "error",
            "table.missing",
            { table: "ITA_IndicatorScores" },
            { sheet: "ITA_IndicatorScores" },
          ),
        ]
      : [];
  // The flags follow from the settings and the scores alone: a co-author typing in the plan does not
  // change them, and re-reading a 50,000-row plan to prove it unchanged would cost five more syncs.
  const reads = readsOf([...model.tables.values()].filter((f) => WEAK_SOURCES.has(f.def.name)));
  return { patch: { op: "flagWeak", steps, mustBeEmpty: [], log, reads }, problems };
}
