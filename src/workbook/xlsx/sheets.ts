import type ExcelJS from "exceljs";
import type { PatchStep } from "../model";
import { clearValidations } from "./internals";
import { argb } from "./styles";

/** The sheet-level steps of a patch: ensure, clear, column widths, freeze/print/protect. */

type Step<K extends PatchStep["kind"]> = Extract<PatchStep, { kind: K }>;

/** Excel compares sheet names without case: "ita_plan" and "ITA_Plan" are one sheet. */
export function findSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const lower = name.toLowerCase();
  return (
    wb.worksheets.find((ws) => ws.name === name) ??
    wb.worksheets.find((ws) => ws.name.toLowerCase() === lower)
  );
}

/** Excel's rules for a sheet name ("History" is reserved by Excel's change tracking). */
export const isSheetName = (name: string): boolean =>
  name.length >= 1 &&
  name.length <= 31 &&
  !/[:\\/?*[\]]/.test(name) &&
  !name.startsWith("'") &&
  !name.endsWith("'") &&
  name.toLowerCase() !== "history";

/** A sheet the previous steps made sure of (preconditions checked that it exists or is created). */
export function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = findSheet(wb, name);
  if (!ws) throw new Error(`Sheet ${name} is missing although the preconditions passed`);
  return ws;
}

export function ensureSheet(wb: ExcelJS.Workbook, step: Step<"ensureSheet">): ExcelJS.Worksheet {
  const ws = findSheet(wb, step.sheet) ?? wb.addWorksheet(step.sheet);
  if (step.visibility) ws.state = step.visibility;
  if (step.tabColor) ws.properties.tabColor = { argb: argb(step.tabColor) };
  return ws;
}

/** Values, styles, merges, conditional formats and validations: what the add-in put there. */
export function clearSheet(ws: ExcelJS.Worksheet): void {
  const masters: string[] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.isMerged && cell.master.address === cell.address) masters.push(cell.address);
    });
  });
  for (const address of masters) ws.unMergeCells(address);
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.value = null;
      cell.style = {};
    });
  });
  ws.removeConditionalFormatting((): boolean => false);
  clearValidations(ws);
}

export function setColumnWidths(
  ws: ExcelJS.Worksheet,
  widths: Record<string, number>,
  hidden: readonly string[] = [],
): void {
  for (const [letter, width] of Object.entries(widths)) ws.getColumn(letter.toUpperCase()).width = width;
  for (const letter of hidden) ws.getColumn(letter.toUpperCase()).hidden = true;
}

/** A4 in ExcelJS's (and Excel's) paper size codes. */
const PAPER_A4 = 9;

export function sheetSetup(ws: ExcelJS.Worksheet, step: Step<"sheetSetup">): void {
  if (step.freezeRows !== undefined) {
    const rows = step.freezeRows;
    ws.views =
      rows > 0
        ? [
            {
              state: "frozen",
              xSplit: 0,
              ySplit: rows,
              topLeftCell: `A${rows + 1}`,
              activeCell: `A${rows + 1}`,
            },
          ]
        : [{ state: "normal" }];
  }
  if (step.print) {
    // fitToHeight 0 = as many pages tall as needed: one page wide only.
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: PAPER_A4,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    };
  }
  if (step.protect === true) {
    // No password: the protection guards against slips, not people. ExcelJS's protect() is async
    // only in form; without a password its body runs synchronously, before this line returns.
    void ws.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      sort: true,
      autoFilter: true,
    });
  } else if (step.protect === false) {
    ws.unprotect();
  }
}
