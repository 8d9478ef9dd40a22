import fc from "fast-check";
import type { CellValue, CellWrite, ColumnSpec } from "../../src/workbook/model";
import { columnSpecs, tableDef } from "../../src/workbook/schema";

/**
 * Values a careless writer would mangle: Thai text and digits, text Excel would parse (a leading
 * = + - @, a tab, a carriage return, "TRUE", "00123", "#N/A"), control characters XML cannot hold
 * (escaped as _xHHHH_ on save), Excel's own escape syntax, long texts, 0 / false / "", negative,
 * huge and fractional numbers, and dates as serial numbers.
 */

const THAI = "กขคงจฉชซญดตถทนบปผพฟภมยรลวศษสหอฮะาำิีึืุูเแโใไ่้๊๋็์";
const THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";
const PREFIXES = ["=", "+", "-", "@", "\t", "\r", "'", " ", "_x0041_", "\r\n", ""];
const CONTROL = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).concat(["\u007f", "\ufffe"]);
const WORDS = [
  "TRUE",
  "false",
  "00123",
  "#N/A",
  "#REF!",
  "1e5",
  "=SUM(A1:A9)",
  '=HYPERLINK("http://x")',
  "DDE|cmd",
  "1/2",
  "๕,๐๐๐.๕๐",
  "31/12/2566",
  "_x000D_",
  "<b>x</b>",
  "&amp;",
];

const char = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...THAI) },
  { weight: 2, arbitrary: fc.constantFrom(...THAI_DIGITS) },
  { weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom(...CONTROL) },
  { weight: 1, arbitrary: fc.constantFrom("\n", "\r", "\t", "_", "x", "0", "D") },
);

export const nastyText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.constantFrom(...PREFIXES), fc.array(char, { maxLength: 24 }))
      .map(([p, cs]) => p + cs.join("")),
  },
  { weight: 2, arbitrary: fc.constantFrom(...WORDS) },
  {
    weight: 1,
    arbitrary: fc.tuple(char, fc.integer({ min: 500, max: 4000 })).map(([c, n]) => (c + "ก").repeat(n)),
  },
);

export const nastyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 0.1, 0.005, 1e15, -1e15, 999_999_999_999.99, 2.5e-10),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 }),
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map((n) => n / 100),
  // Dates as Excel serial numbers, 1 Oct 2500 BE (1957) to 2600 BE (2057), with a time of day.
  fc
    .integer({ min: 21_094, max: 57_619 })
    .chain((d) => fc.integer({ min: 0, max: 86_399 }).map((s) => d + s / 86_400)),
);

export const nastyValue: fc.Arbitrary<CellWrite> = fc.oneof(
  { weight: 5, arbitrary: nastyText },
  { weight: 4, arbitrary: nastyNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom<CellWrite>(null, "", 0, false) },
);

/** What a written value reads back as: "" is an empty cell, -0 is 0. */
export const expectedRead = (v: CellWrite): CellWrite =>
  v === "" ? null : typeof v === "number" && Object.is(v, -0) ? 0 : v;

/** A plan table's twelve columns of generated rows (1 to `max` rows). */
export const planRowsArb = (max: number) =>
  fc.array(fc.array(nastyValue, { minLength: 12, maxLength: 12 }), { minLength: 1, maxLength: max });

/** A score set: id text, tool, indicator 1–10, sub, part, score (fractional, negative, over 100). */
export const scoreRowsArb = (max: number) =>
  fc.array(
    fc
      .tuple(
        nastyText,
        fc.constantFrom("IIT", "EIT", "OIT"),
        fc.integer({ min: 1, max: 10 }),
        fc.option(nastyText, { nil: null }),
        fc.constantFrom<CellWrite>(null, 1, 2),
        fc.oneof(nastyNumber, nastyText, fc.constant(null)),
      )
      .map((r) => r as CellWrite[]),
    { minLength: 1, maxLength: max },
  );

/** Tables to write in one workbook: name, columns, rows. */
export type Tables = [string, ColumnSpec[], CellWrite[][]][];

const PLAN = columnSpecs(tableDef("ITA_Plan"), "th");
const SCORES = columnSpecs(tableDef("ITA_QuestionScores"), "th");

/** One to five plans and one to five score sets, each of one to six rows. */
export const tablesArb: fc.Arbitrary<Tables> = fc
  .tuple(
    fc.array(planRowsArb(6), { minLength: 1, maxLength: 5 }),
    fc.array(scoreRowsArb(6), { minLength: 1, maxLength: 5 }),
  )
  .map(([plans, scores]) => [
    ...plans.map((rows, i): Tables[number] => [`ITA_P${i}`, PLAN, rows]),
    ...scores.map((rows, i): Tables[number] => [`ITA_S${i}`, SCORES, rows]),
  ]);

/** What a table's body reads back as: a single blank row is the placeholder of an empty table. */
export function expectedBody(rows: CellWrite[][]): CellWrite[][] {
  const read = rows.map((r) => r.map(expectedRead));
  return read.length === 1 && read[0]!.every((v) => v === null) ? [] : read;
}

/** A value read, to write again (an error value as its text). */
export const asWrite = (v: CellValue): CellWrite => (typeof v === "object" && v !== null ? v.error : v);
