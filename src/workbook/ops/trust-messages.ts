import { problem, type Location, type Problem, type Severity } from "../../domain/problem";

/**
 * Texts of the workbook-level problems bad input gives (test/fixtures/bad): tables a user broke,
 * settings in the wrong era, a summary asked for over errors. Kept out of the core's MESSAGES so
 * the custom functions' bundle does not carry them, and short, as the pane's first chunk does.
 */
type Params = Record<string, string | number>;
type Text = (p: Params) => string;

const TEXTS: Record<string, { th: Text; en: Text }> = {
  "table.asRange": {
    th: (p) => `ชีต ${p.sheet} ไม่มีตาราง ${p.table} (แปลงเป็นช่วง?)`,
    en: (p) => `Sheet ${p.sheet} has no ${p.table} table (converted to a range?)`,
  },
  "table.ignored": {
    th: (p) => `ไม่นับตาราง ${p.found}: ใช้ ${p.table} บนชีต ${p.used} แล้ว`,
    en: (p) => `Table ${p.found} is not counted: ${p.table} on ${p.used} is used`,
  },
  "table.emptyRow": {
    th: (p) => `แถวว่างกลางตาราง ${p.table}`,
    en: (p) => `An empty row inside ${p.table}`,
  },
  "settings.yearCE": {
    th: (p) => `ปี ค.ศ. ${p.value} อ่านเป็น พ.ศ. ${p.year}`,
    en: (p) => `${p.value} CE is read as ${p.year} BE`,
  },
  "settings.unknownKey": {
    th: (p) => `ไม่รู้จักรหัส "${p.key}" จึงไม่อ่านแถวนี้`,
    en: (p) => `Unknown key "${p.key}": the row is not read`,
  },
  "summary.inputErrors": {
    th: (p) => `แก้ข้อผิดพลาด ${p.count} รายการก่อนสร้างชีตสรุป (${p.first})`,
    en: (p) => `Fix the ${p.count} error(s) first (${p.first})`,
  },
};

/** A problem whose texts come from the table above. */
export function trustProblem(
  severity: Severity,
  code: string,
  params: Params,
  where: Location = {},
): Problem {
  const text = TEXTS[code]!;
  return problem(severity, code, text.th(params), text.en(params), where);
}
