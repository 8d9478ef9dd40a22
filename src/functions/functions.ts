/*
 * The ITA.* worksheet functions. Each one is a thin wrapper over src/domain: it checks what Excel
 * passed, calls the core, and turns a bad input into an Excel error the user can read.
 *
 * The JSDoc tags are the source of functions.json (custom-functions-metadata-plugin); the plugin's
 * loader appends the CustomFunctions.associate(...) calls at build time, so this file stays plain
 * exports that Jest can import.
 */
import { MAX_EXCEL_SERIAL, excelSerialToDate, fiscalYear, type Era } from "../domain/thai/dates";

const ERAS: readonly Era[] = ["BE", "CE"];

/**
 * An Excel #VALUE! error carrying a message. Outside Excel (browser preview, Node) the
 * CustomFunctions runtime is absent, so a RangeError carries the same message.
 */
function invalidValue(message: string): CustomFunctions.Error | RangeError {
  if (typeof CustomFunctions !== "undefined" && typeof CustomFunctions.Error === "function") {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
  }
  return new RangeError(message);
}

function parseEra(era: string | null | undefined): Era {
  const text = (era ?? "").trim().toUpperCase();
  if (text === "") return "BE";
  const found = ERAS.find((e) => e === text);
  if (!found) {
    throw invalidValue(`era must be "BE" (Buddhist Era, the default) or "CE" (Common Era), not "${era}".`);
  }
  return found;
}

/**
 * Thai government fiscal year (1 October to 30 September) of a date.
 * @customfunction FISCALYEAR
 * @helpurl https://localhost:3000/help.html#fiscalyear
 * @param date A date (an Excel date serial number, such as a cell holding a date).
 * @param [era] "BE" for the Buddhist Era year (the default) or "CE" for the Common Era year.
 * @returns The fiscal year the date falls in.
 */
export function fiscalYearOf(date: number, era?: string): number {
  const chosenEra = parseEra(era);
  if (typeof date !== "number" || !Number.isFinite(date) || date < 1 || date >= MAX_EXCEL_SERIAL + 1) {
    throw invalidValue(
      `date must be an Excel date between 1900-01-01 and 9999-12-31 (a serial from 1 to ${MAX_EXCEL_SERIAL}), not ${String(date)}.`,
    );
  }
  return fiscalYear(excelSerialToDate(date), chosenEra);
}
