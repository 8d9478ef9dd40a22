import type ExcelJS from "exceljs";
import type { Problem } from "../../domain/problem";
import type { Patch, Snapshot } from "../model";
import { checkPatch as checkView, type ViewSheet, type WorkbookView } from "../preconditions";
import { nonEmptyCells } from "./boxes";
import { tablesOf } from "./internals";
import { readTable } from "./read";
import { findSheet } from "./sheets";
import type { WriteTableStep } from "./tables";

/**
 * The shared preconditions (../preconditions.ts) over an ExcelJS workbook. Reading only: `findRow`
 * and `findCell`, never `getCell`, so checking adds no cell to the workbook.
 */
function viewOf(wb: ExcelJS.Workbook): WorkbookView {
  const sheetOf = (sheet: ViewSheet) => findSheet(wb, sheet.name)!;
  return {
    sheets: wb.worksheets.map((ws) => ({ name: ws.name, visibility: ws.state ?? "visible" })),
    tables: wb.worksheets.flatMap((ws) =>
      tablesOf(ws).map((info) => ({ name: info.name, sheet: ws.name, box: info.box })),
    ),
    fingerprint(table) {
      const ws = findSheet(wb, table.sheet)!;
      const info = tablesOf(ws).find((t) => t.name === table.name)!;
      return readTable(ws, info).fingerprint;
    },
    nonEmptyCells: (sheet, box, except) => nonEmptyCells(sheetOf(sheet), box, except),
  };
}

/** Every reason to refuse the patch; empty when it may be applied. `log` is the planned log step. */
export function checkPatch(
  wb: ExcelJS.Workbook,
  patch: Patch,
  snapshot: Snapshot,
  log: WriteTableStep | undefined,
): Problem[] {
  return checkView(viewOf(wb), patch, snapshot, log);
}
