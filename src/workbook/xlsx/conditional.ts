import type ExcelJS from "exceljs";
import type { ConditionalFormat, ConditionalRule } from "../model";
import { bareFormula } from "./cells";
import { argb } from "./styles";

/**
 * Conditional formats as ExcelJS writes them. An expression rule's fill goes in `bgColor`: in a
 * differential style (dxf) Excel paints a solid fill with the background colour, not the pattern
 * colour. A data bar is written with both the 2007 element and the x14 extension Excel 2010+ and
 * LibreOffice read; its ends are fixed numbers so the bar of a score means the same in every sheet.
 */

/** ExcelJS's writer reads the bar colour from `color`, which its typings leave out. */
type DataBarRule = ExcelJS.DataBarRuleType & { color: Partial<ExcelJS.Color> };

function rule(r: ConditionalRule, priority: number): ExcelJS.ConditionalFormattingRule {
  if (r.type === "dataBar") {
    const bar: DataBarRule = {
      type: "dataBar",
      priority,
      cfvo: [
        { type: "num", value: r.min },
        { type: "num", value: r.max },
      ],
      color: { argb: argb(r.color) },
      gradient: false,
    };
    return bar;
  }
  const font: Partial<ExcelJS.Font> = {};
  if (r.color) font.color = { argb: argb(r.color) };
  if (r.bold) font.bold = true;
  return {
    type: "expression",
    priority,
    formulae: [bareFormula(r.formula)],
    style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(r.fill) } }, font },
  };
}

/** Replaces every conditional format of the sheet; priorities follow the order given (1 first). */
export function setConditionalFormats(ws: ExcelJS.Worksheet, formats: readonly ConditionalFormat[]): void {
  ws.removeConditionalFormatting((): boolean => false);
  let priority = 1;
  for (const format of formats) {
    ws.addConditionalFormatting({ ref: format.ref, rules: format.rules.map((r) => rule(r, priority++)) });
  }
}
