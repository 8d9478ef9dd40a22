import type { CellWrite, Patch } from "../../src/workbook/model";
import { applyPatch, readSnapshot } from "../../src/workbook/office";
import { columnSpecs, tableDef } from "../../src/workbook/schema";
import { newWorkbook } from "./fake-excel";

import {
  command,
  flagWeak,
  importRows,
  init,
  officeRunner,
  planRows,
  questionRows,
  summary,
} from "./support";

/**
 * Round trips per command, on workbooks of 10, 1,000 and 10,000 plan rows (and the 103 question
 * rows): they must not grow with the rows. Each command is a read and an apply through one
 * OfficeSession, as the task pane runs them.
 */

const SIZES = [10, 1_000, 10_000] as const;

type Op = Parameters<typeof command>[1];
const READ_ONLY: Op = () => ({ patch: { op: "read", steps: [], mustBeEmpty: [], log: [] }, problems: [] });

const COMMANDS: Record<string, (size: number) => Op> = {
  "init (first read of the session)": () => init,
  "import 103 question rows": () => importRows("ITA_QuestionScores", questionRows()),
  "import the plan rows": (size) => importRows("ITA_Plan", planRows(size)),
  summary: () => summary,
  "flag weak": () => flagWeak,
  "re-import the plan (backup + replace)": (size) => importRows("ITA_Plan", planRows(size)),
  "read (plan + its backup sheet)": () => READ_ONLY,
};

interface Figures {
  syncs: number;
  request: number;
  response: number;
}

async function measure(size: number): Promise<Map<string, Figures>> {
  const excel = newWorkbook();
  const office = officeRunner(excel);
  const figures = new Map<string, Figures>();
  for (const [name, make] of Object.entries(COMMANDS)) {
    const before = excel.syncs.length;
    await command(office, make(size));
    const largest = excel.largest(before);
    figures.set(name, { syncs: excel.syncs.length - before, ...largest });
    for (const record of excel.syncs.slice(before)) {
      // Excel on the web refuses more; the fake would have thrown, but say it plainly.
      expect(record.requestBytes).toBeLessThan(5_000_000);
      expect(record.responseBytes).toBeLessThan(5_000_000);
    }
  }
  return figures;
}

const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString("en")} KB`;

describe("round trips per command", () => {
  let results: Map<number, Map<string, Figures>>;

  beforeAll(async () => {
    results = new Map();
    for (const size of SIZES) results.set(size, await measure(size));
    const names = Object.keys(COMMANDS);
    const header = ["command", ...SIZES.map((s) => `${s.toLocaleString("en")} rows`)];
    const rows = names.map((name) => [
      name,
      ...SIZES.map((s) => {
        const f = results.get(s)!.get(name)!;
        return `${f.syncs} sync${f.syncs === 1 ? "" : "s"} (req ${kb(f.request)}, resp ${kb(f.response)})`;
      }),
    ]);
    const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => r[i]!.length)));
    const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join(" | ");
    // The figure for the team's notes: syncs per command and the largest request/response of one sync.
    console.log([line(header), widths.map((w) => "-".repeat(w)).join("-|-"), ...rows.map(line)].join("\n"));
  }, 120_000);

  it("costs the same syncs at every size", () => {
    const expected: Record<string, number> = {
      // Cold read of a fresh workbook: nothing managed to read, so the sync that lists the sheets
      // is the read (1; it was 2 when the read always planned again from the lists); check + write (2).
      "init (first read of the session)": 3,
      // Warm: read (1), check (1), write (1).
      "import 103 question rows": 3,
      "import the plan rows": 3,
      summary: 3,
      "flag weak": 3,
    };
    for (const size of SIZES) {
      for (const [name, syncs] of Object.entries(expected)) {
        expect({ size, name, syncs: results.get(size)!.get(name)!.syncs }).toEqual({ size, name, syncs });
      }
    }
  });

  it("splits only what passes the payload budget: 10,000 rows and their backup are 7 MB to write and to read", () => {
    const syncs = (size: number, name: string) => results.get(size)!.get(name)!.syncs;
    for (const size of [10, 1_000]) {
      expect(syncs(size, "re-import the plan (backup + replace)")).toBe(3);
      expect(syncs(size, "read (plan + its backup sheet)")).toBe(1);
    }
    expect(syncs(10_000, "re-import the plan (backup + replace)")).toBe(4);
    // Backup sheets are not read (nothing needs their cells), so the read stays one sync.
    expect(syncs(10_000, "read (plan + its backup sheet)")).toBe(1);
  });
});

describe("a 50,000-row write", () => {
  const def = tableDef("ITA_Plan");
  const columns = columnSpecs(def, "th");
  const rows: CellWrite[][] = planRows(50_000).map((r) => def.columns.map((c) => r[c.key] ?? null));
  const patch: Patch = {
    op: "bulk",
    steps: [
      { kind: "ensureSheet", sheet: "ITA_Plan" },
      { kind: "writeTable", sheet: "ITA_Plan", table: "ITA_Plan", topLeft: "A1", columns, rows },
    ],
    mustBeEmpty: [],
    log: [],
  };

  it("goes out in several syncs, each under 5 MB, and reads back whole", async () => {
    const excel = newWorkbook();
    const snapshot = await excel.run((c) => readSnapshot(c));
    const before = excel.syncs.length;
    await excel.run((c) => applyPatch(c, patch, snapshot));
    const writes = excel.syncs.slice(before + 1);
    expect(writes.length).toBeGreaterThanOrEqual(4);
    for (const w of writes) expect(w.requestBytes).toBeLessThan(5_000_000);
    console.log(
      `50,000 rows: ${writes.length} write syncs of ${writes.map((w) => kb(w.requestBytes)).join(", ")} (1 check sync before)`,
    );
    const table = excel.findTable("ITA_Plan")!;
    expect(table.box).toEqual({ top: 1, left: 1, bottom: 50_001, right: columns.length });
    expect(excel.cell("ITA_Plan", "B50001").value).toBe(rows[49_999]![1]);
    expect(excel.cell("ITA_Plan", "D50001").numberFormat).toBe("#,##0.00");
  }, 120_000);

  it("would be refused by Excel on the web as one request", async () => {
    const excel = newWorkbook();
    const snapshot = await excel.run((c) => readSnapshot(c));
    await expect(
      excel.run((c) => applyPatch(c, patch, snapshot, { budget: Infinity })),
    ).rejects.toMatchObject({
      code: "RequestPayloadSizeLimitExceeded",
    });
  }, 120_000);
});
