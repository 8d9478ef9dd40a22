/**
 * Single-value arguments: scores, the fiscal year (and so the framework), tool, indicator, quarter,
 * dates. Excel passes an omitted optional argument as null (or undefined); both read as blank.
 */
import { frameworkFor, TOOL_IDS, type Framework, type ToolId } from "../domain/frameworks";
import {
  cleanText,
  excelSerialToDate,
  MAX_EXCEL_SERIAL,
  normaliseYear,
  parseNumber,
  toArabicDigits,
  toBuddhistYear,
  type CivilDate,
  type Era,
} from "../domain/thai";
import { invalidValue, notAvailable } from "./errors";
import { checkBounds, isBlank, normaliseCell, type Bounds } from "./ranges";

/** The framework used when the year argument is omitted (2566 onward: levels ผ่านดีเยี่ยม … ต้องปรับปรุงโดยด่วน). */
export const DEFAULT_YEAR = 2566;

/** A 1×1 range given where a single value is expected (a JS caller) is that value. */
function single(name: string, value: unknown): unknown {
  if (!Array.isArray(value)) return normaliseCell(value);
  const inner: unknown = value[0];
  if (value.length === 1 && Array.isArray(inner) && inner.length === 1) return normaliseCell(inner[0]);
  throw invalidValue(`${name} must be a single value, not a range.`);
}

/** A number (Thai digits, separators and units as the core reads them); null when blank or omitted. */
export function optionalNumber(name: string, value: unknown, bounds?: Bounds): number | null {
  const parsed = parseNumber(single(name, value));
  if (!parsed.ok) throw invalidValue(`${name}: ${parsed.en}`);
  return parsed.value === null ? null : checkBounds(parsed.value, bounds, name);
}

/** A number that must be there: blank is unknown (#N/A), not zero. */
export function requiredNumber(name: string, value: unknown, bounds?: Bounds): number {
  const number = optionalNumber(name, value, bounds);
  if (number === null) throw notAvailable(`${name} is blank (unknown); give its value.`);
  return number;
}

function wholeNumber(name: string, value: number, expected: string): number {
  if (!Number.isInteger(value)) throw invalidValue(`${name} must be ${expected}, not ${value}.`);
  return value;
}

/**
 * The framework of a fiscal year, 2566's when omitted. The year is read as the core reads years:
 * 2567, 67 (two-digit BE) and 2024 (CE) all name fiscal year 2567.
 */
export function frameworkOf(year: unknown): Framework {
  const given = optionalNumber("year", year);
  const be =
    given === null
      ? DEFAULT_YEAR
      : toBuddhistYear(normaliseYear(wholeNumber("year", given, "a year such as 2567")));
  const lookup = frameworkFor(be);
  if (!lookup.ok) {
    const reason = lookup.problems[0]?.en ?? `no framework for ${be}`;
    throw invalidValue(`year ${given}: ${reason}.`);
  }
  return lookup.framework;
}

export function readTool(value: unknown): ToolId {
  const raw = single("tool", value);
  const text = typeof raw === "string" ? cleanText(raw).toUpperCase() : "";
  const tool = TOOL_IDS.find((id) => id === text);
  if (!tool) {
    const shown = isBlank(raw) ? "blank" : `"${String(raw)}"`;
    throw invalidValue(`tool must be "IIT", "EIT" or "OIT", not ${shown}.`);
  }
  return tool;
}

/** Words documents write before an indicator's number ("ตัวชี้วัดที่ 7"); data, longest first. */
const INDICATOR_PREFIXES: readonly string[] = ["ตัวชี้วัดที่", "ตัวชี้วัด", "indicator", "ind."];

/** An indicator's number from 7, "7", "๗" or "ตัวชี้วัดที่ 7"; undefined when the value is none of these. */
export function indicatorNumberOf(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isInteger(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  let text = toArabicDigits(cleanText(value)).toLowerCase();
  const prefix = INDICATOR_PREFIXES.find((p) => text.startsWith(p));
  if (prefix) text = text.slice(prefix.length).trim();
  return /^\d{1,2}$/.test(text) ? Number(text) : undefined;
}

/** An indicator of the framework, by number or label. */
export function readIndicator(name: string, value: unknown, fw: Framework): number {
  const raw = single(name, value);
  if (isBlank(raw))
    throw notAvailable(`${name} is blank; give an indicator number from 1 to ${fw.indicators.length}.`);
  const no = indicatorNumberOf(raw);
  if (no === undefined || !fw.indicators.some((i) => i.no === no)) {
    const numbers = fw.indicators.map((i) => i.no);
    throw invalidValue(
      `${name} must be an indicator number from ${Math.min(...numbers)} to ${Math.max(...numbers)} ` +
        `(or "ตัวชี้วัดที่ 7"), not ${typeof raw === "string" ? `"${raw}"` : String(raw)}.`,
    );
  }
  return no;
}

export type Quarter = 1 | 2 | 3 | 4;
const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];

export function readQuarter(value: unknown): Quarter {
  const number = requiredNumber("quarter", value);
  const quarter = QUARTERS.find((q) => q === number);
  if (quarter === undefined) {
    throw invalidValue(
      `quarter must be 1, 2, 3 or 4 (Q1 Oct–Dec, Q2 Jan–Mar, Q3 Apr–Jun, Q4 Jul–Sep), not ${number}.`,
    );
  }
  return quarter;
}

/** The day of an Excel date serial (a time of day is dropped). */
export function readDate(name: string, value: unknown): CivilDate {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 1 || value >= MAX_EXCEL_SERIAL + 1) {
    throw invalidValue(
      `${name} must be an Excel date between 1900-01-01 and 9999-12-31 (a serial from 1 to ${MAX_EXCEL_SERIAL}), not ${String(value)}.`,
    );
  }
  return excelSerialToDate(value);
}

const ERAS: readonly Era[] = ["BE", "CE"];

export function readEra(value: unknown): Era {
  const raw = single("era", value);
  const text = typeof raw === "string" ? cleanText(raw).toUpperCase() : isBlank(raw) ? "" : String(raw);
  if (text === "") return "BE";
  const era = ERAS.find((e) => e === text);
  if (!era)
    throw invalidValue(
      `era must be "BE" (Buddhist Era, the default) or "CE" (Common Era), not "${String(raw)}".`,
    );
  return era;
}
