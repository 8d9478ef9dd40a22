/**
 * write → read → write keeps every value and its type through the .xlsx adapter, for generated
 * plans and score sets full of values a careless writer would mangle (arbitraries.ts). Each run
 * writes several tables to one workbook, saves it, reads it back, writes what it read to a second
 * workbook, saves and reads that: both reads must equal what was written.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import type { CellValue, CellWrite, Snapshot } from "../../src/workbook/model";
import { columnSpecs, tableDef } from "../../src/workbook/schema";
import { applyPatch, readSnapshot, readWorkbook, toBuffer } from "../../src/workbook/xlsx";
import { patch, tableOf, tableStep } from "../workbook/support/xlsx";
import { expectedRead, planRowsArb, scoreRowsArb } from "./arbitraries";

jest.setTimeout(120_000);

const PLAN = columnSpecs(tableDef("ITA_Plan"), "th");
const SCORES = columnSpecs(tableDef("ITA_QuestionScores"), "th");
const RUNS = 150;

const asWrite = (v: CellValue): CellWrite => (typeof v === "object" && v !== null ? v.error : v);

/** The tables to write: name → [columns, rows]. */
type Tables = [string, typeof PLAN, CellWrite[][]][];

async function writeAndRead(tables: Tables): Promise<Snapshot> {
  const wb = new ExcelJS.Workbook();
  const steps = tables.flatMap(([name, columns, rows]) => [
    { kind: "ensureSheet" as const, sheet: name },
    tableStep(name, name, "A1", columns, rows),
  ]);
  applyPatch(wb, patch(steps), readSnapshot(wb));
  return (await readWorkbook(await toBuffer(wb), "property.xlsx")).snapshot;
}

/** What a table's body reads back as: a single blank row is the placeholder of an empty table. */
function expected(rows: CellWrite[][]): CellWrite[][] {
  const read = rows.map((r) => r.map(expectedRead));
  return read.length === 1 && read[0]!.every((v) => v === null) ? [] : read;
}

let cases = 0;
afterAll(() =>
  console.log(`xlsx round trip: ${cases} generated tables (plans and score sets) in ${RUNS} runs`),
);

describe("write → read → write through the xlsx adapter", () => {
  it("keeps every value and type of generated plans and score sets", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(planRowsArb(6), { minLength: 1, maxLength: 5 }),
        fc.array(scoreRowsArb(6), { minLength: 1, maxLength: 5 }),
        async (plans, scores) => {
          const tables: Tables = [
            ...plans.map((rows, i): Tables[number] => [`ITA_P${i}`, PLAN, rows]),
            ...scores.map((rows, i): Tables[number] => [`ITA_S${i}`, SCORES, rows]),
          ];
          const first = await writeAndRead(tables);
          for (const [name, , rows] of tables) expect(tableOf(first, name).rows).toEqual(expected(rows));
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
        },
      ),
      { numRuns: RUNS },
    );
    expect(cases).toBeGreaterThanOrEqual(RUNS * 2);
  });
});
