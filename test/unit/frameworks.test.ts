import {
  applyOverride,
  FRAMEWORKS,
  frameworkFor,
  indicatorWeight,
  normaliseQuestionId,
  questionIndex,
  type Framework,
} from "../../src/domain/frameworks";

const get = (year: number): Framework => {
  const lookup = frameworkFor(year);
  if (!lookup.ok) throw new Error(`no framework for ${year}`);
  return lookup.framework;
};

describe("the 2566 framework data", () => {
  const fw = get(2566);

  it("has three tools weighted 30 / 30 / 40 and ten indicators", () => {
    expect(fw.tools.map((t) => [t.id, t.weight])).toEqual([
      ["IIT", 0.3],
      ["EIT", 0.3],
      ["OIT", 0.4],
    ]);
    expect(fw.indicators.map((i) => i.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(fw.indicators.every((i) => i.th !== "" && i.en !== "")).toBe(true);
  });

  it("maps i1–i30 six to an indicator and e1–e15 five to an indicator", () => {
    const index = questionIndex(fw);
    for (let q = 1; q <= 30; q++) expect(index.get(`i${q}`)?.indicator).toBe(Math.ceil(q / 6));
    for (let q = 1; q <= 15; q++) expect(index.get(`e${q}`)?.indicator).toBe(5 + Math.ceil(q / 5));
    expect(index.get("i27")?.indicator).toBe(5);
  });

  it("lists o1–o43 once each, with titles, under sub-indicators 9.1–10.2", () => {
    expect(fw.oitItems.map((i) => i.id)).toEqual(Array.from({ length: 43 }, (_, k) => `o${k + 1}`));
    const subs = fw.indicators.flatMap((i) => i.subIndicators ?? []);
    expect(subs.map((s) => [s.id, s.items.length])).toEqual([
      ["9.1", 10],
      ["9.2", 8],
      ["9.3", 4],
      ["9.4", 4],
      ["9.5", 4],
      ["10.1", 8],
      ["10.2", 5],
    ]);
    for (const item of fw.oitItems) {
      expect(subs.find((s) => s.id === item.sub)?.items).toContain(item.id);
      expect(item.th.length).toBeGreaterThan(0);
    }
  });

  it("weighs each IIT indicator 6%, each EIT 10%, each OIT 20% of the overall", () => {
    expect([1, 5, 6, 8, 9, 10].map((n) => Number(indicatorWeight(fw, n).toFixed(10)))).toEqual([
      0.06, 0.06, 0.1, 0.1, 0.2, 0.2,
    ]);
    expect(indicatorWeight(fw, 11)).toBe(0);
  });

  it("has five named levels with the tool conditions", () => {
    expect(fw.levels.map((l) => [l.th, l.minOverall, l.minEachTool])).toEqual([
      ["ผ่านดีเยี่ยม", 95, 95],
      ["ผ่านดี", 85, 85],
      ["ผ่าน", 85, undefined],
      ["ต้องปรับปรุง", 70, undefined],
      ["ต้องปรับปรุงโดยด่วน", 0, undefined],
    ]);
  });
});

describe("framework by year", () => {
  it("uses the 2566 framework for 2567 and 2568, 2565 with letter bands", () => {
    expect(get(2567).id).toBe("ita-2566");
    expect(get(2568).id).toBe("ita-2566");
    expect(get(2565).levels.map((l) => l.id)).toEqual(["AA", "A", "B", "C", "D", "E", "F"]);
  });

  it("warns when a later year borrows the newest framework", () => {
    const lookup = frameworkFor(2570);
    expect(lookup.ok && lookup.framework.id).toBe("ita-2566");
    expect(lookup.problems.map((p) => [p.code, p.severity])).toEqual([["framework.assumedYear", "warning"]]);
  });

  it("refuses a year before the known frameworks", () => {
    const lookup = frameworkFor(2560);
    expect(lookup.ok).toBe(false);
    expect(lookup.problems[0]!.en).toContain("2560");
  });

  it("keeps every framework's weights adding up to 1", () => {
    for (const fw of FRAMEWORKS) expect(fw.tools.reduce((s, t) => s + t.weight, 0)).toBeCloseTo(1, 12);
  });
});

describe("workbook overrides", () => {
  const base = get(2566);

  it("applies weights, pass mark and levels", () => {
    const { framework, problems } = applyOverride(base, {
      passMark: 80,
      weights: { IIT: 0.25, EIT: 0.25, OIT: 0.5 },
    });
    expect(problems).toEqual([]);
    expect(framework.passMark).toBe(80);
    expect(framework.tools.map((t) => t.weight)).toEqual([0.25, 0.25, 0.5]);
    expect(base.tools[0]!.weight).toBe(0.3);
  });

  it("refuses weights that do not add up to 1 instead of rescaling them", () => {
    const { framework, problems } = applyOverride(base, { weights: { IIT: 0.3, EIT: 0.3, OIT: 0.3 } });
    expect(problems.map((p) => p.code)).toEqual(["override.weightsSum"]);
    expect(problems[0]!.en).toContain("0.9");
    expect(framework).toBe(base);
  });

  it("refuses a weight outside 0–1, a pass mark outside 0–100 and unordered levels", () => {
    const { problems } = applyOverride(base, {
      weights: { IIT: 1.5, EIT: -0.5 },
      passMark: 120,
      levels: [
        { id: "a", th: "ก", en: "A", minOverall: 50 },
        { id: "b", th: "ข", en: "B", minOverall: 60 },
      ],
    });
    expect(problems.map((p) => p.code)).toEqual([
      "override.weightRange",
      "override.weightRange",
      "override.weightsSum",
      "override.passMarkRange",
      "override.levelsOrder",
    ]);
  });

  it("accepts custom bands", () => {
    const levels = [
      { id: "pass", th: "ผ่าน", en: "Pass", minOverall: 80 },
      { id: "fail", th: "ไม่ผ่าน", en: "Fail", minOverall: 0 },
    ];
    expect(applyOverride(base, { levels }).framework.levels).toBe(levels);
  });
});

describe("question ids as documents write them", () => {
  it.each([
    ["ข้อ i1", "i1"],
    ["I19", "i19"],
    ["o01", "o1"],
    ["043", "o43"],
    ["O 4", "o4"],
    ["๐๔๓", "o43"],
    ["ข้อ e13", "e13"],
    ["ข้อคำถาม 18", "o18"],
  ])("%s → %s", (text, id) => expect(normaliseQuestionId(text)).toBe(id));

  it("takes the prefix for bare numbers from the caller", () => {
    expect(normaliseQuestionId("18", "i")).toBe("i18");
  });

  it.each(["", "x1", "o0", "i1234", "ข้อ"])("rejects %p", (text) =>
    expect(normaliseQuestionId(text)).toBeUndefined(),
  );
});
