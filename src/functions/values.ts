/** Single values as Thai documents write them (NUMBER) and the fiscal calendar (FISCALYEAR, FISCALQUARTER). */
import { fiscalQuarter, fiscalYear, parseBudget } from "../domain/thai";
import { readDate, readEra } from "./arguments";
import { invalidValue, notAvailable } from "./errors";
import { normaliseCell } from "./ranges";

/** ITA.NUMBER: a number from text with Thai digits, separators, units or a "no budget" phrase. */
export function numberFromText(text: unknown): number {
  const parsed = parseBudget(normaliseCell(text));
  if (!parsed.ok) throw invalidValue(`text: ${parsed.en}`);
  if (parsed.value === null) throw notAvailable("text is blank (unknown).");
  return parsed.value;
}

/** ITA.FISCALYEAR: the fiscal year (1 October – 30 September) a date falls in. */
export function fiscalYearOfDate(date: unknown, era: unknown): number {
  const chosen = readEra(era);
  return fiscalYear(readDate("date", date), chosen);
}

/** ITA.FISCALQUARTER: the fiscal quarter (Q1 = October–December) a date falls in. */
export function fiscalQuarterOfDate(date: unknown): number {
  return fiscalQuarter(readDate("date", date));
}
