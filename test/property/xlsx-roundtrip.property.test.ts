/**
 * write → read → write keeps every value and its type through the .xlsx adapter, for generated
 * plans and score sets full of values a careless writer would mangle (arbitraries.ts). Each run
 * writes several tables to one workbook, saves it, reads it back, writes what it read to a second
 * workbook, saves and reads that: both reads must equal what was written.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import type { Snapshot } from "../../src/workbook/model";
import { applyPatch, readSnapshot, readWorkbook, toBuffer } from "../../src/workbook/xlsx";
import { patch, tableOf, tableStep } from "../workbook/support/xlsx";
import { asWrite, expectedBody, tablesArb, type Tables } from "./arbitraries";

jest.setTimeout(120_000);

const RUNS = 150;

async function writeAndRead(tables: Tables): Promise<Snapshot> {
  const wb = new ExcelJS.Workbook();
  const steps = tables.flatMap(([name, columns, rows]) => [
    { kind: "ensureSheet" as const, sheet: name },
    tableStep(name, name, "A1", columns, rows),
  ]);
  applyPatch(wb, patch(steps), readSnapshot(wb));
  return (await readWorkbook(await toBuffer(wb), "property.xlsx")).snapshot;
}

let cases = 0;
afterAll(() =>
  console.log(`xlsx round trip: ${cases} generated tables (plans and score sets) in ${RUNS} runs`),
);

describe("write → read → write through the xlsx adapter", () => {
  it("keeps every value and type of generated plans and score sets", async () => {
    await fc.assert(
      fc.asyncProperty(tablesArb, async (tables) => {
        const first = await writeAndRead(tables);
        for (const [name, , rows] of tables) expect(tableOf(first, name).rows).toEqual(expectedBody(rows));
        const again: Tables = tables.map(([name, columns]) => [
          name,
          columns,
          tableOf(first, name).rows.map((r) => r.map(asWrite)),
        ]);
        const second = await writeAndRead(again);
        for (const [name] of tables) {
          expect(tableOf(second, name).rows).toEqual(tableOf(first, name).rows);
          expect(tableOf(second, name).fingerprint).toBe(tableOf(first, name).fingerprint);
        }
        cases += tables.length;
      }),
      { numRuns: RUNS },
    );
    expect(cases).toBeGreaterThanOrEqual(RUNS * 2);
  });
});
