import { readFileSync } from "node:fs";
import { CASES } from "../fixtures/bad/cases";
import { EXPECTED, REPORT_PATH, reportMarkdown, runCorpus, SEED_TOTALS, type Outcome } from "./runner";

/**
 * The bad-input corpus (test/fixtures/bad): every case through the CLI gives its exit code and a
 * Thai message at its place, never a crash, and never a total that moves without a problem.
 */

jest.setTimeout(240_000);

let outcomes: Outcome[] = [];
beforeAll(async () => {
  outcomes = await runCorpus();
});
const outcome = (id: string) => outcomes.find((o) => o.case.id === id)!;

describe("the bad-input corpus", () => {
  it("holds 100+ cases over every surface, each with its expectation", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(100);
    const bySurface = (s: string) => CASES.filter((c) => c.surface === s).length;
    expect(bySurface("cell")).toBeGreaterThanOrEqual(40);
    expect(bySurface("workbook")).toBeGreaterThanOrEqual(15);
    expect(bySurface("file")).toBeGreaterThanOrEqual(10);
    expect(bySurface("text")).toBeGreaterThanOrEqual(30);
    expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
    expect(Object.keys(EXPECTED).sort()).toEqual(CASES.map((c) => c.id).sort());
  });

  it.each(CASES.map((c) => [c.id]))("%s: exit code, place and Thai message; no crash", (id) => {
    const o = outcome(id);
    const want = EXPECTED[id]!;
    expect({ code: o.code, line: o.line }).toEqual({ code: want.code, line: expect.any(String) });
    expect(o.line).toContain(want.where);
    expect(o.line).toContain(want.message);
    expect(o.line).toMatch(/[\u0E00-\u0E7F]/);
    expect(o.output).not.toMatch(/CRASH|\n\s+at .+:\d+:\d+\)?|undefined|\[object Object\]|NaN|\/tmp\//);
  });

  it.each(CASES.filter((c) => !c.text).map((c) => [c.id]))(
    "%s: a total that moves comes with a problem",
    (id) => {
      const o = outcome(id);
      if (o.totals === null) {
        expect(o.code).toBe(2);
        return;
      }
      const same = o.totals.overall === SEED_TOTALS.overall && o.totals.budget === SEED_TOTALS.budget;
      if (!same) expect(o.problems).toBeGreaterThan(0);
    },
  );

  it("REPORT.md is up to date (npm run trust:report)", () => {
    expect(readFileSync(REPORT_PATH, "utf8")).toBe(reportMarkdown(outcomes));
  });
});
