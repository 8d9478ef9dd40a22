import { frameworkFor, type Framework } from "../../src/domain/frameworks";
import { levelOf, overallFromTools, score } from "../../src/domain/scoring";
import { roundHalfUp } from "../../src/domain/round";
import { seed003Input, seed003Questions, seed003ReportedIndicators } from "./seed";

const fw2566 = (): Framework => {
  const lookup = frameworkFor(2566);
  if (!lookup.ok) throw new Error("no 2566 framework");
  return lookup.framework;
};
const r2 = (v: number | undefined) => (v === undefined ? undefined : roundHalfUp(v, 2));

describe("seed 003 (อบต.เสอเพลอ, ITA 2566) from its question scores", () => {
  const result = score(fw2566(), { questions: seed003Questions });
  const ind = (no: number) => result.indicators.find((i) => i.no === no)!;

  it("computes indicators 1–5 from i1–i30, with i27 counted under indicator 5", () => {
    expect([1, 2, 3, 4, 5].map((n) => r2(ind(n).computed))).toEqual([93.88, 81.79, 86.5, 81.81, 80.09]);
    expect([1, 2, 3, 4, 5].every((n) => ind(n).complete)).toBe(true);
  });

  it("rounds 86.495 half up to 86.50 despite binary noise", () => {
    expect(ind(3).computed).toBeCloseTo(86.495, 9);
    expect(r2(ind(3).computed)).toBe(86.5);
  });

  it("computes EIT indicators as the mean over parts of each part's mean", () => {
    expect(ind(6).groups.map((g) => g.mean)).toEqual([expect.closeTo(78.468, 9), expect.closeTo(81.742, 9)]);
    expect(r2(ind(6).computed)).toBe(80.11);
    expect(r2(ind(7).computed)).toBe(76.78);
  });

  it("reports e13 as missing from indicator 8 instead of hiding the gap", () => {
    expect(ind(8).complete).toBe(false);
    expect(ind(8).missing).toEqual(["e13"]);
    expect(r2(ind(8).computed)).toBe(74.56);
    expect(ind(8).source).toBe("partial");
    const warning = result.problems.find(
      (p) => p.code === "indicator.incomplete" && p.en.includes("Indicator 8"),
    );
    expect(warning?.en).toContain("e13");
  });

  it("scores OIT from its items with o4 missing and o14, o24, o33, o40 at 0", () => {
    expect(r2(ind(9).computed)).toBe(92.5);
    expect(ind(9).missing).toEqual(["o4"]);
    expect(r2(ind(10).computed)).toBe(83.75);
    expect(ind(10).complete).toBe(true);
    const oit = result.tools.find((t) => t.id === "OIT")!;
    expect(r2(oit.score)).toBe(88.13);
  });

  it("counts a question listed under several issues once", () => {
    const i1 = result.questions.filter((q) => q.id === "i1");
    expect(i1).toHaveLength(1);
    expect(seed003Questions.filter((q) => q.id === "i1").length).toBeGreaterThan(1);
    expect(result.problems.filter((p) => p.code === "score.conflict")).toEqual([]);
  });
});

describe("seed 003 with its reported figures", () => {
  const result = score(fw2566(), seed003Input());
  const ind = (no: number) => result.indicators.find((i) => i.no === no)!;

  it("lets the reported 77.59 stand for indicator 8 and names e13", () => {
    expect(ind(8).score).toBe(77.59);
    expect(ind(8).source).toBe("reported");
    const warning = result.problems.find(
      (p) => p.code === "indicator.incompleteReported" && p.en.includes("Indicator 8"),
    );
    expect(warning?.en).toContain("e13");
    expect(warning?.th).toContain("e13");
  });

  it("gives IIT 84.81, EIT 78.16, OIT 88.13 and overall 84.14 → ต้องปรับปรุง", () => {
    expect(result.tools.map((t) => [t.id, r2(t.score)])).toEqual([
      ["IIT", 84.81],
      ["EIT", 78.16],
      ["OIT", 88.13],
    ]);
    expect(r2(result.overall)).toBe(84.14);
    expect(result.level?.th).toBe("ต้องปรับปรุง");
  });

  it("accepts the printed 84.1 (one decimal) and the printed level without warnings", () => {
    const codes = result.problems.map((p) => p.code);
    expect(codes).not.toContain("overall.mismatch");
    expect(codes).not.toContain("level.mismatch");
    expect(codes).not.toContain("tool.mismatch");
    expect(codes).not.toContain("indicator.mismatch");
  });

  it("gives the same overall from the reported indicator table alone", () => {
    const fromTable = score(fw2566(), { indicators: seed003ReportedIndicators });
    expect(r2(fromTable.tools[0]!.score)).toBe(84.81);
    expect(r2(fromTable.tools[1]!.score)).toBe(78.16);
    expect(r2(fromTable.overall)).toBe(84.14);
    expect(fromTable.problems).toEqual([]);
  });
});

describe("reconciliation", () => {
  const fw = fw2566();
  const iit1 = ["i1", "i2", "i3", "i4", "i5", "i6"].map((id) => ({ id, score: 90 }));

  it("prefers a complete computed score and warns when the reported one differs by more than 0.005", () => {
    const result = score(fw, { questions: iit1, indicators: [{ no: 1, value: 89.5 }] });
    expect(result.indicators[0]!.score).toBe(90);
    expect(result.indicators[0]!.source).toBe("computed");
    expect(result.problems.map((p) => p.code)).toContain("indicator.mismatch");
  });

  it("does not warn for a difference within rounding", () => {
    const result = score(fw, { questions: iit1, indicators: [{ no: 1, value: 90.0 }] });
    expect(result.problems.map((p) => p.code)).not.toContain("indicator.mismatch");
  });

  it("flags conflicting repeats of one question as an error", () => {
    const result = score(fw, { questions: [...iit1, { id: "i2", score: 80 }] });
    const conflict = result.problems.find((p) => p.code === "score.conflict");
    expect(conflict?.severity).toBe("error");
    expect(conflict?.en).toContain("i2");
  });

  it("rejects unknown ids, scores out of range and OIT items that are not 0 or 100", () => {
    const result = score(fw, {
      questions: [
        { id: "i31", score: 50 },
        { id: "i1", score: 101 },
        { id: "o5", score: 50 },
        { id: "e1", part: 3, score: 50 },
        { id: "i2", part: 1, score: 50 },
      ],
    });
    expect(result.problems.filter((p) => p.severity === "error").map((p) => p.code)).toEqual([
      "score.unknownId",
      "score.range",
      "score.itemValue",
      "score.partUnknown",
      "score.partNotUsed",
    ]);
  });

  it("uses reported tool scores when indicators are unknown (the memo: 99.40 / 93.40 / 93.75 → 95.34 ผ่านดี)", () => {
    const result = score(fw, {
      tools: { IIT: { value: 99.4 }, EIT: { value: 93.4 }, OIT: { value: 93.75 } },
      overall: { value: 95.34 },
      level: { value: "ผ่านดี" },
    });
    expect(r2(result.overall)).toBe(95.34);
    expect(result.level?.th).toBe("ผ่านดี");
    expect(result.problems).toEqual([]);
  });

  it("warns when the reported level is not the level of the scores", () => {
    const result = score(fw, {
      tools: { IIT: { value: 99.4 }, EIT: { value: 93.4 }, OIT: { value: 93.75 } },
      level: { value: "ผ่านดีเยี่ยม" },
    });
    expect(result.problems.map((p) => p.code)).toEqual(["level.mismatch"]);
  });

  it("leaves the overall unknown when a tool has no score", () => {
    const result = score(fw, { tools: { IIT: { value: 90 }, EIT: { value: 90 } } });
    expect(result.overall).toBeUndefined();
    expect(result.level).toBeUndefined();
  });
});

describe("levels", () => {
  const fw = fw2566();
  const level = (overall: number, t: [number, number, number]) =>
    levelOf(fw, overall, { IIT: t[0], EIT: t[1], OIT: t[2] })?.th;

  it("applies the 2566 rules", () => {
    expect(level(96, [96, 96, 96])).toBe("ผ่านดีเยี่ยม");
    expect(level(95.34, [99.4, 93.4, 93.75])).toBe("ผ่านดี");
    expect(level(86, [90, 84, 86])).toBe("ผ่าน");
    expect(level(84.14, [84.81, 78.16, 88.13])).toBe("ต้องปรับปรุง");
    expect(level(70, [70, 70, 70])).toBe("ต้องปรับปรุง");
    expect(level(69.99, [70, 70, 70])).toBe("ต้องปรับปรุงโดยด่วน");
  });

  it("compares at the published 2 decimals", () => {
    expect(level(84.995, [90, 90, 90])).toBe("ผ่านดี");
    expect(level(84.994, [90, 90, 90])).toBe("ต้องปรับปรุง");
  });

  it("cannot tell ผ่านดี from ผ่าน without the tool scores", () => {
    expect(levelOf(fw, 90, {})).toBeUndefined();
    expect(levelOf(fw, 80, {})?.th).toBe("ต้องปรับปรุง");
  });

  it("uses the letter bands up to 2565", () => {
    const lookup = frameworkFor(2565);
    if (!lookup.ok) throw new Error("no 2565");
    const letters = [96, 94.99, 85, 80, 70, 60, 52, 49.99].map((o) => levelOf(lookup.framework, o, {})?.id);
    expect(letters).toEqual(["AA", "A", "A", "B", "C", "D", "E", "F"]);
  });

  it("weights the tools 30/30/40", () => {
    expect(roundHalfUp(overallFromTools(fw, { IIT: 99.4, EIT: 93.4, OIT: 93.75 }), 2)).toBe(95.34);
  });
});
