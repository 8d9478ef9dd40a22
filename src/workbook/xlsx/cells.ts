import type ExcelJS from "exceljs";
import { dateToExcelSerial } from "../../domain/thai/dates";
import { isFormula, type CellValue, type CellWrite } from "../model";

/** A cell as the snapshot sees it: its value (a formula's cached result) and its formula text. */
export interface ReadCell {
  value: CellValue;
  /** With the leading "=", as Excel shows it; null when the cell holds no formula. */
  formula: string | null;
}

export const EMPTY_CELL: ReadCell = Object.freeze({ value: null, formula: null });
const MS_PER_DAY = 86_400_000;
/** Days from Excel's serial 0 (1899-12-30 in ExcelJS's reckoning) to the Unix epoch. */
const UNIX_EPOCH_SERIAL = 25_569;
const FIRST_REAL_LEAP_SAFE_DAY = Date.UTC(1900, 2, 1);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/**
 * ExcelJS turns serials with a date format into JS Dates at UTC midnight (plus the time of day).
 * The day goes through the domain's serial arithmetic; before March 1900 (Excel's invented
 * 1900-02-29) ExcelJS's own conversion is simply inverted, which gives back the stored serial.
 */
export function dateToSerial(d: Date): number {
  const ms = d.getTime();
  if (ms < FIRST_REAL_LEAP_SAFE_DAY) return ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  const timeOfDay = ((ms % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
  return dateToExcelSerial(d) + timeOfDay / MS_PER_DAY;
}

function richTextOf(v: Record<string, unknown>): string | undefined {
  const runs = v.richText;
  if (!Array.isArray(runs)) return undefined;
  return runs.map((run: unknown) => (isRecord(run) && typeof run.text === "string" ? run.text : "")).join("");
}

/**
 * A raw ExcelJS value as a snapshot value. An empty string counts as empty: Office.js reports an
 * empty cell as "", so both adapters must agree that "" is no value.
 */
export function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return v === "" ? null : v;
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateToSerial(v);
  if (!isRecord(v)) return null;
  const rich = richTextOf(v);
  if (rich !== undefined) return plainValue(rich);
  if ("hyperlink" in v && "text" in v) return plainValue(v.text);
  if (typeof v.error === "string") return { error: v.error };
  if ("formula" in v || "sharedFormula" in v) return plainValue(v.result);
  return null;
}

/** The value and formula of a cell; the covered cells of a merge read as empty, as in Excel. */
export function readCell(cell: ExcelJS.Cell): ReadCell {
  if (cell.isMerged && cell.master.address !== cell.address) return EMPTY_CELL;
  const formula: unknown = cell.formula;
  if (typeof formula === "string" && formula !== "") {
    return { value: plainValue(cell.result), formula: `=${formula}` };
  }
  const value = plainValue(cell.value);
  return value === null ? EMPTY_CELL : { value, formula: null };
}

export const isEmpty = (c: ReadCell): boolean => c.value === null && c.formula === null;

/** Formula text as ExcelJS stores it: without the leading "=". */
export const bareFormula = (formula: string): string => formula.trim().replace(/^=/, "");

/**
 * A patch value as an ExcelJS value. Text goes in as a plain string whatever it starts with
 * ("=1+1", "+66 81", "@home"): ExcelJS makes a formula only from a `{ formula }` object.
 */
export function toExcelValue(v: CellWrite): ExcelJS.CellValue {
  if (isFormula(v)) return { formula: bareFormula(v.formula) };
  return v;
}

/** A readable value into a writable one, e.g. when rows read back are written again (the log). */
export function toCellWrite(v: CellValue): CellWrite {
  if (v !== null && typeof v === "object") return v.error;
  return v;
}
