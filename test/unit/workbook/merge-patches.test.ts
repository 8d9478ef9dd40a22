import type { Patch } from "../../../src/workbook/model";
import { mergePatches } from "../../../src/workbook/merge-patches";

const patch = (op: string, reads?: Patch["reads"]): Patch => ({
  op,
  steps: [{ kind: "clearRange", sheet: op, range: "A1" } as unknown as Patch["steps"][number]],
  mustBeEmpty: [{ sheet: op, range: "B2" }],
  log: [{ sheet: op } as unknown as Patch["log"][number]],
  ...(reads ? { reads } : {}),
});

describe("mergePatches (report: summary and flag weak applied as one)", () => {
  it("keeps steps, cells that must stay empty and log entries in order", () => {
    const merged = mergePatches([patch("summary"), patch("flagWeak")]);
    expect(merged.op).toBe("summary+flagWeak");
    expect(merged.steps.map((s) => s.sheet)).toEqual(["summary", "flagWeak"]);
    expect(merged.mustBeEmpty.map((m) => m.sheet)).toEqual(["summary", "flagWeak"]);
    expect(merged.log.map((l) => l.sheet)).toEqual(["summary", "flagWeak"]);
  });

  it("keeps every table either op only read, once each, so a co-author's edit still stops it", () => {
    const merged = mergePatches([
      patch("summary", [
        { table: "ITA_Plan", fingerprint: "p1" },
        { table: "ITA_IndicatorScores", fingerprint: "i1" },
      ]),
      patch("flagWeak", [{ table: "ITA_IndicatorScores", fingerprint: "i1" }]),
    ]);
    expect(merged.reads).toEqual([
      { table: "ITA_Plan", fingerprint: "p1" },
      { table: "ITA_IndicatorScores", fingerprint: "i1" },
    ]);
    expect(mergePatches([patch("a"), patch("b")]).reads).toBeUndefined();
  });
});
