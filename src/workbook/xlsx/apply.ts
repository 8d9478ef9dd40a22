import type ExcelJS from "exceljs";
import { PatchRefusedError } from "../errors";
import { isFormula, type Patch, type PatchStep, type Snapshot } from "../model";
import { setConditionalFormats } from "./conditional";
import { logStep } from "./log";
import { checkPatch } from "./preconditions";
import { putCells } from "./put-cells";
import { checkpoint } from "./rollback";
import { clearSheet, ensureSheet, findSheet, setColumnWidths, sheetOf, sheetSetup } from "./sheets";
import { writeTable } from "./write-table";

export { toBuffer, writeWorkbook } from "./save";

/**
 * Applies a patch to an ExcelJS workbook: every precondition first (preconditions.ts), then the
 * steps in order, then the log entries appended to ITA_Log. Either the patch is refused and the
 * workbook is untouched, or all of it is applied; a step that throws is rolled back (rollback.ts).
 */

export { PatchRefusedError };

export interface ApplyReport {
  /** Cells given a value or formula, by sheet, in the order the sheets were first written. */
  written: { sheet: string; cells: number }[];
}

type Step<K extends PatchStep["kind"]> = Extract<PatchStep, { kind: K }>;
/** Runs one step; returns how many cells got a value. */
type Runner<K extends PatchStep["kind"]> = (wb: ExcelJS.Workbook, step: Step<K>) => number;

const RUNNERS: { [K in PatchStep["kind"]]: Runner<K> } = {
  ensureSheet(wb, step) {
    ensureSheet(wb, step);
    return 0;
  },
  writeTable: (wb, step) => writeTable(wb, step),
  clearSheet(wb, step) {
    const ws = findSheet(wb, step.sheet);
    if (ws) clearSheet(ws);
    return 0;
  },
  setCells: (wb, step) => putCells(sheetOf(wb, step.sheet), step.cells),
  setColumnWidths(wb, step) {
    setColumnWidths(sheetOf(wb, step.sheet), step.widths, step.hidden);
    return 0;
  },
  conditionalFormats(wb, step) {
    setConditionalFormats(sheetOf(wb, step.sheet), step.formats);
    return 0;
  },
  sheetSetup(wb, step) {
    sheetSetup(sheetOf(wb, step.sheet), step);
    return 0;
  },
};

function writesFormulas(patch: Patch): boolean {
  return patch.steps.some(
    (s) =>
      (s.kind === "writeTable" && s.rows.some((row) => row.some(isFormula))) ||
      (s.kind === "setCells" && s.cells.some((c) => isFormula(c.value))),
  );
}

/**
 * `snapshot` is what the op read: a table the patch creates (no `expect`) that is absent from it
 * but present now was added by someone else in between, and is not overwritten.
 */
export function applyPatch(wb: ExcelJS.Workbook, patch: Patch, snapshot: Snapshot): ApplyReport {
  const log = logStep(wb, patch.log);
  const problems = checkPatch(wb, patch, snapshot, log);
  if (problems.length > 0) throw new PatchRefusedError(problems);

  const written = new Map<string, number>();
  const count = (sheet: string, cells: number) => {
    const name = findSheet(wb, sheet)?.name ?? sheet;
    if (cells > 0) written.set(name, (written.get(name) ?? 0) + cells);
  };
  const rollback = checkpoint(wb, patch, log);
  try {
    for (const step of patch.steps) {
      const run = RUNNERS[step.kind] as Runner<PatchStep["kind"]>;
      count(step.sheet, run(wb, step));
    }
    if (log) {
      if (!findSheet(wb, log.sheet))
        ensureSheet(wb, { kind: "ensureSheet", sheet: log.sheet, visibility: "visible" });
      count(log.sheet, writeTable(wb, log));
    }
    // Formulas are written without a cached result: have Excel compute them all when it opens the file.
    if (writesFormulas(patch)) wb.calcProperties.fullCalcOnLoad = true;
  } catch (e) {
    // A step that throws half-way leaves nothing behind (rollback.ts).
    rollback();
    throw e;
  }
  return { written: [...written].map(([sheet, cells]) => ({ sheet, cells })) };
}
