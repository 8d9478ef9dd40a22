import type { OpResult } from "../workbook/ops/init";
import type { PatchStep, Snapshot } from "../workbook/model";
import { managedSheets } from "./lock";

/**
 * Locking the managed sheets for review: a patch of `sheetSetup` steps with `protect` on or off,
 * one per sheet that holds a managed table, and the summary sheet. No password: the lock guards
 * against slips while a reviewer reads, not against people (as in the xlsx adapter).
 */
export function protectOp(snapshot: Snapshot, protect: boolean, now: Date): OpResult {
  const op = protect ? "lock" : "unlock";
  const sheets = managedSheets(snapshot);
  const steps: PatchStep[] = sheets.map((sheet) => ({ kind: "sheetSetup", sheet, protect }));
  const log = sheets.map((sheet) => ({
    time: now.toISOString(),
    op,
    sheet,
    rows: 0,
    detail: protect ? "protected for review" : "protection removed",
  }));
  return { patch: { op, steps, mustBeEmpty: [], log }, problems: [] };
}
