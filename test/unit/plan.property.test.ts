import fc from "fast-check";
import { planTotals } from "../../src/domain/plan";
import { readPlanRows, type RawRow } from "../../src/domain/validate";
import { referencePlanTotals, referenceReadPlanRows } from "./plan-reference";

/**
 * readPlanRows and planTotals are tuned for 100,000-row plans (parsed values shared between equal
 * cells, no per-row arrays); they must give exactly what the plain reference gives, problems and
 * their order included, on rows full of repeats, blanks, bad values and total rows.
 */
const CELL_VALUES: unknown[] = [
  null,
  undefined,
  "",
  "  ",
  0,
  1,
  -1,
  2.5,
  5000,
  -0,
  Number.NaN,
  true,
  false,
  "1",
  "๒",
  " 3 ",
  "5",
  "abc",
  "5,000.00",
  "๕,๐๐๐.๐๐ บาท",
  "1,00,000",
  "-500",
  "(200)",
  "1.2.3",
  "ดำเนินการโดยไม่ใช้งบประมาณ",
  "ไม่ใช้ งบประมาณ",
  "-",
  "งบประมาณ 5,000 บาท",
  "5,000.-",
  "✓",
  "☐",
  "x",
  "✗",
  '<input checked="" type="checkbox"/>',
  '<input type="checkbox">',
  '<input type="text" checked>',
  "#REF!",
  { error: "#N/A" },
  { other: 1 },
  "ยังไม่ดำเนินการ",
  "กำลังดำเนินการ",
  "ดำเนินการแล้ว",
  "done",
  "เสร็จ?",
  "รวม",
  "รวมทั้งสิ้น",
  "Total",
  "โครงการ ก",
  "โครงการ  ก",
  "โครงการ\u00a0ข",
  " โครงการ ค",
  "โครงการ ง ",
  "\tโครงการ\nจ",
  "ก\u3000ข\u2009ค\u202fง",
  "กองคลัง\ufeff",

  Number.POSITIVE_INFINITY,
  1e9,
  "20,000,000,000,000",
  "กองคลัง",
];

const value = fc.constantFrom(...CELL_VALUES);
const FIELDS = [
  "seq",
  "name",
  "dimension",
  "budget",
  "budget_2567",
  "budget_2568",
  "q1",
  "q2",
  "q3",
  "q4",
  "owner",
  "spent",
  "status",
  "remarks",
] as const;

const rawRow = fc.record(
  Object.fromEntries(FIELDS.map((f) => [f, fc.option(value, { nil: undefined, freq: 3 })])) as Record<
    (typeof FIELDS)[number],
    fc.Arbitrary<unknown>
  >,
);

const rows: fc.Arbitrary<RawRow[]> = fc
  .array(fc.tuple(rawRow, fc.boolean(), fc.boolean(), fc.boolean()), { maxLength: 60 })
  .map((list) =>
    list.map(([values, withCells, withSheet, withLine], i) => {
      const raw: RawRow = withLine ? { row: i + 1, values, line: i + 3 } : { row: i + 1, values };
      if (withCells) raw.cells = { name: `B${i + 2}`, budget: `D${i + 2}`, q1: `E${i + 2}` };
      if (withSheet) raw.sheet = "ITA_Plan";
      return raw;
    }),
  );

const options = fc.constantFrom(
  {},
  { years: [2567, 2568] },
  { dimensions: [1, 2, 3] },
  { dimensions: [1, 2, 3, 4, 5], years: [2568] },
);

describe("readPlanRows and planTotals against the reference", () => {
  it("give the same projects, stated totals, problems and totals", () => {
    fc.assert(
      fc.property(rows, options, (input, opts) => {
        const fast = readPlanRows(input, opts);
        const slow = referenceReadPlanRows(input, opts);
        expect(fast).toStrictEqual(slow);
        expect(planTotals(fast.projects, opts.dimensions)).toStrictEqual(
          referencePlanTotals(slow.projects, opts.dimensions),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("agree on rows repeated many times (where shared parses matter)", () => {
    fc.assert(
      fc.property(rows, fc.integer({ min: 2, max: 5 }), (input, times) => {
        const repeated = Array.from({ length: times }, () => input)
          .flat()
          .map((r, i) => ({ ...r, row: i + 1 }));
        expect(readPlanRows(repeated)).toStrictEqual(referenceReadPlanRows(repeated));
      }),
      { numRuns: 100 },
    );
  });
});
