import { findTables } from "../workbook/ops/tables";
import { SUMMARY_SHEET, type Snapshot } from "../workbook/model";

/** Which sheets the add-in manages (those of its tables, and the summary) and which are locked. */

export function managedSheets(snapshot: Snapshot): string[] {
  const sheets = new Set([...findTables(snapshot).values()].map((f) => f.table.sheet));
  if (snapshot.sheets.some((s) => s.name === SUMMARY_SHEET)) sheets.add(SUMMARY_SHEET);
  return [...sheets];
}

export interface LockState {
  sheets: string[];
  locked: string[];
}

export function lockState(snapshot: Snapshot): LockState {
  const sheets = managedSheets(snapshot);
  const locked = sheets.filter((name) => snapshot.sheets.find((s) => s.name === name)?.protected);
  return { sheets, locked };
}
