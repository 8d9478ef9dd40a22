import type ExcelJS from "exceljs";
import type { Patch } from "../model";
import { findSheet } from "./sheets";
import type { WriteTableStep } from "./tables";

/**
 * All or nothing for a patch on an ExcelJS workbook. The preconditions catch every reason a step
 * could fail that the workbook itself gives, but a step can still throw half-way (a bug, a value
 * ExcelJS rejects, memory): before the first step the sheets the patch names are copied (their
 * whole model: cells, styles, tables, validation, conditional formats, visibility), and on a throw
 * they are put back and the sheets the patch added are removed, so the workbook is as it was.
 */

interface Saved {
  ws: ExcelJS.Worksheet;
  model: ExcelJS.WorksheetModel;
}

/**
 * A deep copy of a sheet's model: plain objects, arrays and dates (what ExcelJS's models hold).
 * `structuredClone` would do, but the preview's tests run where it is missing (jsdom).
 */
function copy<T>(value: T): T {
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (Array.isArray(value)) return value.map(copy) as T;
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = copy(v);
  return out as T;
}

/** Lower-case names of the sheets a patch (and its log step) may touch. */
function touched(patch: Patch, log: WriteTableStep | undefined): Set<string> {
  const names = new Set(patch.steps.map((s) => s.sheet.toLowerCase()));
  if (log) names.add(log.sheet.toLowerCase());
  return names;
}

/** Saves what `patch` may change; the function returned puts it back. */
export function checkpoint(wb: ExcelJS.Workbook, patch: Patch, log: WriteTableStep | undefined): () => void {
  const ids = new Set(wb.worksheets.map((ws) => ws.id));
  const saved: Saved[] = [];
  for (const name of touched(patch, log)) {
    const ws = findSheet(wb, name);
    if (ws) saved.push({ ws, model: copy(ws.model) });
  }
  const fullCalcOnLoad = wb.calcProperties.fullCalcOnLoad;
  return () => {
    for (const ws of [...wb.worksheets]) if (!ids.has(ws.id)) wb.removeWorksheet(ws.id);
    for (const { ws, model } of saved) ws.model = model;
    wb.calcProperties.fullCalcOnLoad = fullCalcOnLoad;
  };
}
