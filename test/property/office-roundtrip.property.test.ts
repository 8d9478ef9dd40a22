/**
 * write → read → write keeps every value and its type through the Office.js adapter, on the
 * recording fake (which parses typed input as Excel does: "=…", "+1", "TRUE", "00123"…): the
 * same generated plans and score sets as the xlsx property, written, read, written again to a new
 * workbook and read: both reads equal what was written, and equal the xlsx adapter's reading.
 */
import fc from "fast-check";
import type { CellValue, Patch, PatchStep, Snapshot } from "../../src/workbook/model";
import { OfficeSession } from "../../src/workbook/office";
import { newWorkbook } from "../office/fake-excel";
import { asWrite, expectedBody, tablesArb, type Tables } from "./arbitraries";

jest.setTimeout(120_000);

const RUNS = 300;

async function writeAndRead(tables: Tables): Promise<Snapshot> {
  const session = new OfficeSession(newWorkbook());
  const steps: PatchStep[] = tables.flatMap(([name, columns, rows]): PatchStep[] => [
    { kind: "ensureSheet", sheet: name },
    { kind: "writeTable", sheet: name, table: name, topLeft: "A1", columns, rows },
  ]);
  const patch: Patch = { op: "test", steps, mustBeEmpty: [], log: [] };
  await session.apply(patch, await session.read());
  return session.read();
}

const rowsOf = (s: Snapshot, name: string) => s.tables.find((t) => t.name === name)!;
/** Excel has no negative zero (the fake keeps one); the fingerprint reads -0 as 0 too. */
const noNegativeZero = (rows: CellValue[][]) => rows.map((r) => r.map((v) => (Object.is(v, -0) ? 0 : v)));

let cases = 0;
afterAll(() =>
  console.log(`Office round trip: ${cases} generated tables (plans and score sets) in ${RUNS} runs`),
);

describe("write → read → write through the Office adapter (fake)", () => {
  it("keeps every value and type of generated plans and score sets", async () => {
    await fc.assert(
      fc.asyncProperty(tablesArb, async (tables) => {
        const first = await writeAndRead(tables);
        for (const [name, , rows] of tables) {
          expect(noNegativeZero(rowsOf(first, name).rows)).toEqual(expectedBody(rows));
          expect(rowsOf(first, name).formulas).toBeUndefined();
        }
        const second = await writeAndRead(
          tables.map(([name, columns]) => [
            name,
            columns,
            rowsOf(first, name).rows.map((r) => r.map(asWrite)),
          ]),
        );
        for (const [name] of tables)
          expect(rowsOf(second, name).fingerprint).toBe(rowsOf(first, name).fingerprint);
        cases += tables.length;
      }),
      { numRuns: RUNS },
    );
    expect(cases).toBeGreaterThanOrEqual(RUNS * 2);
  });
});
