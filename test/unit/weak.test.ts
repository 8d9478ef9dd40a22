import { frameworkFor, type Framework } from "../../src/domain/frameworks";
import { roundHalfUp } from "../../src/domain/round";
import { score } from "../../src/domain/scoring";
import { gainIfIndicator, overallWith, smallestChangeToPass, weakFlags } from "../../src/domain/weak";
import { seed003Input, seed003ReportedIndicators } from "./seed";

const fw = (): Framework => {
  const lookup = frameworkFor(2566);
  if (!lookup.ok) throw new Error("no framework");
  return lookup.framework;
};
const r2 = (v: number | undefined) => (v === undefined ? undefined : roundHalfUp(v, 2));

describe("weak flags on seed 003", () => {
  const result = score(fw(), seed003Input());
  const flags = weakFlags(result, {
    indicators: [
      { no: 1, score: 95 },
      { no: 9, score: 90 },
    ],
  });
  const indicatorFlags = flags.filter((f) => f.level === "indicator" && f.kind === "below");

  it("flags the indicators below 85 and ranks them by gain", () => {
    expect(indicatorFlags.map((f) => f.id)).toEqual(["7", "8", "6", "5", "10", "2", "4"]);
    const seven = indicatorFlags.find((f) => f.id === "7")!;
    expect(r2(seven.gap)).toBe(8.22);
    expect(r2(seven.gain)).toBe(0.82);
    const ten = indicatorFlags.find((f) => f.id === "10")!;
    expect(r2(ten.gain)).toBe(0.25);
  });

  it("flags the tools below 85 (IIT 84.81, EIT 78.16) but not OIT 88.13", () => {
    expect(flags.filter((f) => f.level === "tool" && f.kind === "below").map((f) => f.id)).toEqual([
      "EIT",
      "IIT",
    ]);
  });

  it("flags the OIT items at 0 and what publishing each buys", () => {
    const items = flags.filter((f) => f.kind === "zero");
    expect(items.map((f) => f.id).sort()).toEqual(["o14", "o24", "o33", "o40"]);
    const o40 = items.find((f) => f.id === "o40")!;
    // 10.2 has 5 items, indicator 10 has 2 sub-indicators, weight 0.20: 0.20 × 100 / 10
    expect(r2(o40.gain)).toBe(2);
    expect(o40.where).toEqual({ line: expect.any(Number) });
  });

  it("flags questions below the pass mark per EIT part", () => {
    const e10 = flags.filter((f) => f.id.startsWith("e10"));
    expect(e10.map((f) => [f.id, f.part, f.score])).toEqual([
      ["e10#1", 1, 64.49],
      ["e10#2", 2, 76.19],
    ]);
    expect(flags.some((f) => f.id === "i4")).toBe(false);
  });

  it("flags a drop against last year where it is known", () => {
    const drops = flags.filter((f) => f.kind === "drop");
    expect(drops.map((f) => [f.id, r2(f.gap)])).toEqual([["1", 1.12]]);
  });

  it("ranks every flag by gain, best first", () => {
    const gains = flags.map((f) => f.gain);
    expect([...gains].sort((a, b) => b - a)).toEqual(gains);
  });
});

describe("what-if", () => {
  const result = score(fw(), { indicators: seed003ReportedIndicators });

  it("gives the overall when indicator 7 reaches 85 (+0.82)", () => {
    expect(r2(gainIfIndicator(result, 7, 85))).toBe(0.82);
    expect(r2(overallWith(result, { 7: 85 }))).toBe(84.96);
  });

  it("finds the smallest single change that reaches the pass mark", () => {
    const change = smallestChangeToPass(result)!;
    expect(change.indicator).toBe(9);
    expect(r2(change.to)).toBe(96.77);
    expect(roundHalfUp(change.overall, 2)).toBeGreaterThanOrEqual(85);
    const justBelow = overallWith(result, { 9: change.to - 0.01 })!;
    expect(roundHalfUp(justBelow, 2)).toBeLessThan(85);
  });

  it("says nothing is needed at or above the pass mark", () => {
    const passed = score(fw(), {
      tools: { IIT: { value: 99.4 }, EIT: { value: 93.4 }, OIT: { value: 93.75 } },
    });
    expect(smallestChangeToPass(passed)).toBeUndefined();
  });

  it("says when no single indicator can reach the pass mark", () => {
    const low = score(fw(), { indicators: Array.from({ length: 10 }, (_, i) => ({ no: i + 1, value: 40 })) });
    expect(smallestChangeToPass(low)).toBeUndefined();
  });
});
