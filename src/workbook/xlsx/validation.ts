import type ExcelJS from "exceljs";
import type { Validation } from "../model";

/**
 * Data validation of a table column, as ExcelJS writes it. A list is an inline list formula
 * (`"a,b,c"` with the quotes), so it needs no helper range and survives copying the sheet.
 * Excel caps that formula at 255 characters and has no escape for a comma inside an item.
 */

const MAX_LIST_FORMULA = 255;
/** Excel refuses longer texts in a validation's error box (title 32, message 225). */
const MAX_ERROR_TITLE = 32;
const MAX_ERROR = 225;

const listFormula = (values: readonly string[]): string =>
  `"${values.map((v) => v.replace(/"/g, '""')).join(",")}"`;

export const isWritableList = (values: readonly string[]): boolean =>
  values.every((v) => !v.includes(",")) && listFormula(values).length <= MAX_LIST_FORMULA;

const clip = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

/** What the cell expects, in both languages: the workbook may be read by either. */
function expectation(v: Validation): string {
  switch (v.type) {
    case "list": {
      const items = v.values.join(", ");
      return `เลือกจากรายการ: ${items} / Choose from the list: ${items}`;
    }
    case "whole":
      return `ใส่จำนวนเต็มตั้งแต่ ${v.min} ถึง ${v.max} / Enter a whole number from ${v.min} to ${v.max}`;
    case "decimal":
      return v.max === undefined
        ? `ใส่ตัวเลขตั้งแต่ ${v.min} ขึ้นไป / Enter a number of at least ${v.min}`
        : `ใส่ตัวเลขตั้งแต่ ${v.min} ถึง ${v.max} / Enter a number from ${v.min} to ${v.max}`;
  }
}

function rule(v: Validation): Pick<ExcelJS.DataValidation, "type" | "operator" | "formulae"> {
  switch (v.type) {
    case "list":
      return { type: "list", formulae: [listFormula(v.values)] };
    case "whole":
      return { type: "whole", operator: "between", formulae: [v.min, v.max] };
    case "decimal":
      return v.max === undefined
        ? { type: "decimal", operator: "greaterThanOrEqual", formulae: [v.min] }
        : { type: "decimal", operator: "between", formulae: [v.min, v.max] };
  }
}

/** A fresh object per call: ExcelJS merges equal neighbouring validations into one range when writing. */
export function dataValidation(v: Validation): ExcelJS.DataValidation {
  return {
    ...rule(v),
    // Blank is allowed unless the column says otherwise: a new table row starts empty.
    allowBlank: v.allowBlank ?? true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: clip("ค่าไม่ถูกต้อง / Invalid value", MAX_ERROR_TITLE),
    error: clip(expectation(v), MAX_ERROR),
  };
}
