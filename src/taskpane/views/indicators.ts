import type { Location } from "../../domain/problem";
import { roundHalfUp } from "../../domain/round";
import { gainIfIndicator } from "../../domain/weak";
import type { WeakFlag } from "../../domain/weak";
import type { WorkbookModel } from "../../workbook/ops/read-model";
import { rawRows } from "../../workbook/ops/tables";

/** Where an indicator's score sits: the cell the core read it from, else its row's score cell. */
export function indicatorCell(model: WorkbookModel, no: number): Location | undefined {
  const scored = model.score.indicators.find((i) => i.no === no);
  if (scored?.where?.sheet && scored.where.cell) return scored.where;
  const table = model.tables.get("ITA_IndicatorScores");
  const row = table ? rawRows(table).find((r) => Number(r.values.no) === no) : undefined;
  const cell = row?.cells?.score;
  return row && cell ? { sheet: row.sheet, cell } : undefined;
}

/** The cell to select for a weak flag. */
export function flagCell(model: WorkbookModel, flag: WeakFlag): Location | undefined {
  if (flag.where?.sheet && flag.where.cell) return flag.where;
  return flag.indicator !== undefined && flag.level === "indicator"
    ? indicatorCell(model, flag.indicator)
    : undefined;
}

/** What the overall gains, rounded half up to the cent, if indicator `no` reached `target`. */
export function roundedGain(model: WorkbookModel, no: number, target: number): number | undefined {
  const gain = gainIfIndicator(model.score, no, target);
  return gain === undefined ? undefined : roundHalfUp(gain, 2);
}

/** Indicators scored below the pass mark, as the core compares them (at 2 decimals). */
export const belowPass = (model: WorkbookModel) =>
  model.weak.filter((f) => f.level === "indicator" && f.kind === "below" && f.indicator !== undefined);
