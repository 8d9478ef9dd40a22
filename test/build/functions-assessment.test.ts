/**
 * The scoring custom functions (SCORE, OVERALL, TOOL, INDICATOR, LEVEL, WEIGHTED, WEAK, GAIN) on the
 * figures of the real documents (test/fixtures), and on the bad input people give them. Results
 * are unrounded; they are compared as the sheet shows them, rounded half up to 2 decimals.
 */
import {
  gain,
  indicatorScore,
  levelName,
  overallOfTools,
  overallScore,
  toolScore,
  weakLabels,
  weighted,
} from "../../src/functions/functions";
import { roundHalfUp } from "../../src/domain/round";
import {
  column,
  FakeCustomFunctionsError,
  messageOf,
  OMITTED,
  seed003IndicatorColumn,
  seed003QuestionColumns,
  thrown,
  withFakeRuntime,
} from "./functions-support";

const shown = (value: number) => roundHalfUp(value, 2);

/** Seed 003's indicators with some cells replaced. */
function seed003With(changes: Record<number, unknown>): unknown[][] {
  return seed003IndicatorColumn().map((row, k) => (k + 1 in changes ? [changes[k + 1]] : row));
}

describe("SCORE", () => {
  it("gives seed 003's overall 84.14 from its ten indicators", () => {
    expect(shown(overallScore(seed003IndicatorColumn()))).toBe(84.14);
  });

  it("takes a row as well as a column, numbers as text with Thai digits, and the year", () => {
    const row = [seed003IndicatorColumn().map(([v]) => v)];
    expect(shown(overallScore(row))).toBe(84.14);
    const thai = seed003With({ 1: "๙๓.๘๘", 2: "81.79 คะแนน" });
    expect(shown(overallScore(thai, 2567))).toBe(84.14);
    expect(shown(overallScore(thai, "๒๕๖๘"))).toBe(84.14);
  });

  it("returns the unrounded figure (the cell's 0.00 format shows it)", () => {
    expect(overallScore(seed003IndicatorColumn())).toBeCloseTo(84.1422, 10);
  });

  it("names the cell that is not a number", () => {
    expect(messageOf(() => overallScore(seed003With({ 3: "abc" })))).toBe(
      'indicatorScores, cell 3 (row 3, column 1): "abc" is not a number',
    );
  });

  it("names the cell holding an Excel error, as text or as an error object", () => {
    const message =
      'indicatorScores, cell 3 (row 3, column 1): the cell holds the Excel error "#REF!" (check the formula)';
    expect(messageOf(() => overallScore(seed003With({ 3: "#REF!" })))).toBe(message);
    expect(messageOf(() => overallScore(seed003With({ 3: new FakeCustomFunctionsError("#REF!") })))).toBe(
      message,
    );
  });

  it("gives #N/A naming the blank (unknown) indicators", () => {
    withFakeRuntime(() => {
      expect(thrown(() => overallScore(seed003With({ 8: "", 10: null })))).toEqual(
        new FakeCustomFunctionsError(
          "#N/A",
          "indicatorScores: indicators 8 and 10 are blank (unknown); the overall needs all 10.",
        ),
      );
    });
  });

  it.each([
    [
      [
        [1, 2],
        [3, 4],
      ],
      "this range is 2×2",
    ],
    [column([90, 90, 90]), "this range is 3×1"],
    [[], "indicatorScores is empty"],
  ])("refuses a range that is not ten cells in a line (%#)", (range, message) => {
    expect(messageOf(() => overallScore(range))).toContain(message);
  });

  it("refuses a score outside 0–100 and a true/false cell", () => {
    expect(messageOf(() => overallScore(seed003With({ 2: 101 })))).toBe(
      "indicatorScores, cell 2 (row 2, column 1): 101 is not a score from 0 to 100.",
    );
    expect(messageOf(() => overallScore(seed003With({ 2: true })))).toContain("cell 2 (row 2, column 1)");
  });

  it.each([
    [2550, "year 2550: No assessment framework for year 2550"],
    [2566.5, "year must be a year such as 2567, not 2566.5"],
    ["next year", 'year: "next year" is not a number'],
  ])("refuses year %p", (year, message) => {
    expect(messageOf(() => overallScore(seed003IndicatorColumn(), year))).toContain(message);
  });
});

describe("OVERALL", () => {
  it("gives the memo's 95.34 from IIT 99.40, EIT 93.40, OIT 93.75", () => {
    expect(shown(overallOfTools(99.4, 93.4, 93.75))).toBe(95.34);
    expect(shown(overallOfTools("๙๙.๔๐", "93.40", 93.75, 2567))).toBe(95.34);
  });

  it("gives seed 003's overall from its reported tool scores", () => {
    expect(shown(overallOfTools(84.814, 78.16, 88.125))).toBe(84.14);
  });

  it("gives #N/A for a blank tool score and #VALUE! for text or a score over 100", () => {
    withFakeRuntime(() => {
      expect(thrown(() => overallOfTools(99.4, "", 93.75))).toEqual(
        new FakeCustomFunctionsError("#N/A", "eit is blank (unknown); give its value."),
      );
      expect(thrown(() => overallOfTools(99.4, 93.4, "ดี"))).toEqual(
        new FakeCustomFunctionsError("#VALUE!", 'oit: "ดี" is not a number'),
      );
      expect(thrown(() => overallOfTools(120, 93.4, 93.75))).toEqual(
        new FakeCustomFunctionsError("#VALUE!", "iit: 120 is not a score from 0 to 100."),
      );
    });
  });
});

describe("TOOL", () => {
  it.each([
    ["IIT", 84.81],
    ["EIT", 78.16],
    ["OIT", 88.13],
    ["oit", 88.13],
  ])("gives seed 003's %s score", (tool, expected) => {
    expect(shown(toolScore(seed003IndicatorColumn(), tool))).toBe(expected);
  });

  it("takes only the tool's own indicators too", () => {
    expect(shown(toolScore([[80.11, 76.78, 77.59]], "EIT"))).toBe(78.16);
    expect(shown(toolScore(column([92.5, 83.75]), "OIT"))).toBe(88.13);
  });

  it("needs only the tool's own indicators to be known", () => {
    expect(shown(toolScore(seed003With({ 1: "", 6: "" }), "OIT"))).toBe(88.13);
    expect(messageOf(() => toolScore(seed003With({ 7: "" }), "EIT"))).toBe(
      "indicatorScores: indicator 7 is blank (unknown); EIT needs indicators 6–8.",
    );
  });

  it("refuses an unknown tool and a range of the wrong size", () => {
    withFakeRuntime(() => {
      expect(thrown(() => toolScore(seed003IndicatorColumn(), "ITA"))).toEqual(
        new FakeCustomFunctionsError("#VALUE!", 'tool must be "IIT", "EIT" or "OIT", not "ITA".'),
      );
    });
    expect(messageOf(() => toolScore(seed003IndicatorColumn(), null))).toBe(
      'tool must be "IIT", "EIT" or "OIT", not blank.',
    );
    expect(messageOf(() => toolScore(column([90, 90, 90]), "IIT"))).toBe(
      "indicatorScores must be 10 cells (indicators 1–10) or 5 cells (IIT's indicators 1–5) in one row or one column, in order; this range is 3×1.",
    );
  });
});

describe("INDICATOR", () => {
  const { ids, scores, parts } = seed003QuestionColumns();

  it("gives seed 003's indicator 3 from i13–i18: 86.495 shows as 86.50 (half up)", () => {
    const value = indicatorScore(ids, scores, 3);
    expect(value).toBeCloseTo(86.495, 10);
    expect(shown(value)).toBe(86.5);
  });

  it("gives seed 003's indicators 1–5 from its question lines (repeats count once)", () => {
    expect([1, 2, 3, 4, 5].map((no) => shown(indicatorScore(ids, scores, no)))).toEqual([
      93.88, 81.79, 86.5, 81.81, 80.09,
    ]);
  });

  it("gives EIT indicators 6 and 7 from the two survey parts", () => {
    expect(shown(indicatorScore(ids, scores, 6, parts))).toBe(80.11);
    expect(shown(indicatorScore(ids, scores, "ตัวชี้วัดที่ 7", parts))).toBe(76.78);
  });

  it("gives OIT indicators 9 (o4 missing) and 10 from the items", () => {
    expect(shown(indicatorScore(ids, scores, 9, parts))).toBe(92.5);
    expect(shown(indicatorScore(ids, scores, 10))).toBe(83.75);
  });

  it("leaves a missing question out of the mean: indicator 8 without e13 is 74.56, not the reported 77.59", () => {
    expect(shown(indicatorScore(ids, scores, 8, parts))).toBe(74.56);
  });

  it("reads ids as documents write them, bare numbers as the indicator's own letter", () => {
    const written = column(["ข้อ i13", "I14", "๑๕", "16", 17, "i 18"]);
    const values = column([77.91, 79.4, 82.33, 94.11, "๙๕.๕๘", 89.64]);
    expect(shown(indicatorScore(written, values, 3))).toBe(86.5);
    const items = column(["o01", "o02", "03", "005", "O 6", "o7", "o8", "o9", "o10"]);
    const published = column([100, 100, 100, 100, 100, 100, 100, 0, 100]);
    const oitIds = column([...items.map(([v]) => v), "o11", "o19", "o23", "o27"]);
    const oitScores = column([...published.map(([v]) => v), 100, 100, 100, 100]);
    expect(shown(indicatorScore(oitIds, oitScores, 9))).toBe(97.78);
  });

  it("skips blank rows and rows of other indicators; parts accept 'ส่วนที่ 2'", () => {
    const someIds = column(["e1", "", "i1", "e1", "e2", "e2"]);
    const someScores = column([70, "", 99, 80, 72, 78]);
    const someParts = column(["ส่วนที่ 1", "", "", "ส่วนที่ ๒", 1, "part 2"]);
    expect(indicatorScore(someIds, someScores, 6, someParts)).toBeCloseTo(75, 10);
  });

  it("names both cells when a repeated question has two scores", () => {
    const twice = column(["i13", "i14", "i13"]);
    expect(messageOf(() => indicatorScore(twice, column([77.91, 79.4, 78]), 3))).toBe(
      "i13 has two scores: 77.91 in scores, cell 1 (row 1, column 1) and 78 in scores, cell 3 (row 3, column 1); a repeated question counts once, so its scores must agree.",
    );
    expect(messageOf(() => indicatorScore(ids, scores, 6))).toMatch(
      /^e1 has two scores: 74\.36 in scores, cell \d+ .* and 81\.14 in scores, cell \d+ .*\(EIT: give the parts range\)\.$/,
    );
  });

  it("refuses ranges of different sizes", () => {
    withFakeRuntime(() => {
      expect(thrown(() => indicatorScore(column(["i1", "i2"]), column([90]), 1))).toEqual(
        new FakeCustomFunctionsError(
          "#VALUE!",
          "ids has 2 cells (2×1) but scores has 1 (1×1); give ranges of the same size.",
        ),
      );
    });
    expect(messageOf(() => indicatorScore(ids, scores, 6, column([1, 2])))).toContain("but parts has 2");
  });

  it("names a cell whose id is unknown, or blank beside a score", () => {
    expect(messageOf(() => indicatorScore(column(["i1", "q7"]), column([90, 80]), 1))).toBe(
      'ids, cell 2 (row 2, column 1): "q7" is not a question or item id of ita-2566 (i1–i30, e1–e15, o1–o43; "ข้อ e13" and "043" work too).',
    );
    expect(messageOf(() => indicatorScore(column(["i31"]), column([90]), 1))).toContain(
      '"i31" is not a question',
    );
    expect(messageOf(() => indicatorScore(column(["i1", ""]), column([90, 80]), 1))).toBe(
      "ids, cell 2 (row 2, column 1) is blank beside the score in scores, cell 2 (row 2, column 1); give its id (e.g. i13).",
    );
  });

  it("refuses what the core refuses, at its cell: an OIT item other than 0 or 100, a part for IIT", () => {
    expect(messageOf(() => indicatorScore(column(["o1"]), column([50]), 9))).toBe(
      "scores, cell 1 (row 1, column 1): OIT item o1 must score 0 / 100 (got 50)",
    );
    expect(messageOf(() => indicatorScore(column(["i1"]), column([90]), 1, column([2])))).toBe(
      "scores, cell 1 (row 1, column 1): Question i1: IIT has no parts, but part 2 is given",
    );
    expect(messageOf(() => indicatorScore(column(["e1"]), column([90]), 6, column([3])))).toContain(
      "there is no part 3",
    );
    expect(messageOf(() => indicatorScore(column(["e1"]), column([90]), 6, column(["x"])))).toBe(
      'parts, cell 1 (row 1, column 1): "x" is not a number',
    );
  });

  it("gives #N/A when the indicator, a survey part or a sub-indicator has no score at all", () => {
    withFakeRuntime(() => {
      expect(thrown(() => indicatorScore(column(["i1"]), column([90]), 2))).toEqual(
        new FakeCustomFunctionsError(
          "#N/A",
          "indicator 2: none of its questions has a score in ids/scores, so it cannot be computed.",
        ),
      );
    });
    expect(messageOf(() => indicatorScore(column(["e1"]), column([90]), 6, column([1])))).toBe(
      "indicator 6: part 2 (e1–e5) has no score in ids/scores, so it cannot be computed.",
    );
    expect(messageOf(() => indicatorScore(column(["o1"]), column([100]), 9))).toBe(
      "indicator 9: sub-indicator 9.2 (o11–o18), sub-indicator 9.3 (o19–o22), sub-indicator 9.4 (o23–o26) and sub-indicator 9.5 (o27–o30) have no score in ids/scores, so it cannot be computed.",
    );
  });

  it("takes the year, and Excel's null for omitted parts; 2565 has no OIT item list", () => {
    expect(shown(indicatorScore(ids, scores, 3, OMITTED, 2567))).toBe(86.5);
    const iitIds = column(["i1", "i2", "i3", "i4", "i5", "i6"]);
    const iitScores = column([86.8, 89.73, 88.98, 100, 100, 97.78]);
    expect(shown(indicatorScore(iitIds, iitScores, 1, OMITTED, 2565))).toBe(93.88);
    expect(messageOf(() => indicatorScore(ids, scores, 9, OMITTED, 2565))).toBe(
      "indicator 9 has no question list in ita-2565; type its reported score instead.",
    );
    // 2565's OIT items are not in the core, so an o-id is unknown there, as any unknown id is.
    expect(messageOf(() => indicatorScore(ids, scores, 1, OMITTED, 2565))).toContain(
      '"o11" is not a question or item id of ita-2565 (i1–i30, e1–e15;',
    );
  });

  it("refuses an indicator that is not 1–10", () => {
    expect(messageOf(() => indicatorScore(ids, scores, 11))).toBe(
      'indicator must be an indicator number from 1 to 10 (or "ตัวชี้วัดที่ 7"), not 11.',
    );
    expect(messageOf(() => indicatorScore(ids, scores, "เจ็ด"))).toContain('not "เจ็ด"');
  });
});

describe("LEVEL", () => {
  it("gives seed 003's level ต้องปรับปรุง from its overall (no tool scores needed below 85)", () => {
    expect(levelName(overallScore(seed003IndicatorColumn()))).toBe("ต้องปรับปรุง");
  });

  it("gives the memo's ผ่านดี, not ผ่านดีเยี่ยม: EIT and OIT are below 95", () => {
    expect(levelName(95.34, 99.4, 93.4, 93.75)).toBe("ผ่านดี");
    expect(levelName(overallOfTools(99.4, 93.4, 93.75), 99.4, 93.4, 93.75)).toBe("ผ่านดี");
  });

  it.each([
    [[96, 95, 95, 95], "ผ่านดีเยี่ยม"],
    [[90, 95, 84.99, 95], "ผ่าน"],
    [[84.996, 85, 85, 85], "ผ่านดี"], // shown 85.00: compared as published
    [[70, null, null, null], "ต้องปรับปรุง"],
    [[69.99, null, null, null], "ต้องปรับปรุงโดยด่วน"],
  ])("LEVEL(%p) = %s", (args, expected) => {
    const [overall, iit, eit, oit] = args as [unknown, unknown, unknown, unknown];
    expect(levelName(overall, iit, eit, oit)).toBe(expected);
  });

  it("gives the letter bands of 2565", () => {
    expect(levelName(95.34, null, null, null, 2565)).toBe("AA");
    expect(levelName(84.14, null, null, null, 2565)).toBe("B");
    expect(levelName(49.99, null, null, null, 2565)).toBe("F");
  });

  it("says when the level needs the tool scores", () => {
    withFakeRuntime(() => {
      expect(thrown(() => levelName(95.34))).toEqual(
        new FakeCustomFunctionsError(
          "#N/A",
          "an overall of 95.34 is ผ่านดีเยี่ยม, ผ่านดี or ผ่าน depending on the tool scores; iit, eit and oit are blank: give iit, eit and oit.",
        ),
      );
    });
    expect(messageOf(() => levelName(86, 90, 90))).toBe(
      "an overall of 86.00 is ผ่านดี or ผ่าน depending on the tool scores; oit is blank: give iit, eit and oit.",
    );
  });

  it("refuses an overall that is blank, text or over 100", () => {
    expect(messageOf(() => levelName(""))).toBe("overall is blank (unknown); give its value.");
    expect(messageOf(() => levelName("ดีมาก"))).toBe('overall: "ดีมาก" is not a number');
    expect(messageOf(() => levelName(84, 101))).toBe("iit: 101 is not a score from 0 to 100.");
  });
});

describe("WEIGHTED", () => {
  it("gives the memo's overall from the tool scores and the 2566 weights", () => {
    expect(shown(weighted(column([99.4, 93.4, 93.75]), column([0.3, 0.3, 0.4])))).toBe(95.34);
    expect(shown(weighted([[99.4, 93.4, 93.75]], [["0.3", "0.3", "0.4"]]))).toBe(95.34);
  });

  it("gives seed 003's overall from the indicators and their shares (0.06, 0.10, 0.20)", () => {
    const shares = column([0.06, 0.06, 0.06, 0.06, 0.06, 0.1, 0.1, 0.1, 0.2, 0.2]);
    expect(shown(weighted(seed003IndicatorColumn(), shares))).toBe(84.14);
  });

  it("refuses weights that do not add up to 1 instead of rescaling them", () => {
    withFakeRuntime(() => {
      expect(thrown(() => weighted(column([99.4, 93.4, 93.75]), column([0.3, 0.3, 0.3])))).toEqual(
        new FakeCustomFunctionsError(
          "#VALUE!",
          "weights add up to 0.9, not 1; ITA.WEIGHTED never rescales them, so fix the weights.",
        ),
      );
    });
    expect(messageOf(() => weighted(column([1, 2]), column([0.5, 0.6])))).toContain("add up to 1.1, not 1");
  });

  it("refuses percent points as weights, naming the cell", () => {
    expect(messageOf(() => weighted(column([99.4, 93.4, 93.75]), column([30, 30, 40])))).toBe(
      "weights, cell 1 (row 1, column 1): 30 is not a weight from 0 to 1 (write 30% as 0.3 or format the cell as a percentage).",
    );
  });

  it("handles blanks: both blank is skipped, a blank weight is refused, a blank value is unknown", () => {
    expect(weighted(column([80, "", 90]), column([0.5, "", 0.5]))).toBe(85);
    expect(messageOf(() => weighted(column([80, 90]), column([1, ""])))).toBe(
      "weights, cell 2 (row 2, column 1) is blank; every value needs a weight.",
    );
    withFakeRuntime(() => {
      expect(thrown(() => weighted(column([80, ""]), column([0.5, 0.5])))).toMatchObject({
        code: "#N/A",
        message: "values, cell 2 (row 2, column 1) is blank (unknown) but its weight is 0.5.",
      });
    });
  });

  it("refuses ranges of different sizes and text", () => {
    expect(messageOf(() => weighted(column([1, 2, 3]), column([0.5, 0.5])))).toBe(
      "values has 3 cells (3×1) but weights has 2 (2×1); give ranges of the same size.",
    );
    expect(messageOf(() => weighted(column(["n/a", 2]), column([0.5, 0.5])))).toBe(
      'values, cell 1 (row 1, column 1): "n/a" is not a number',
    );
  });
});

describe("WEAK", () => {
  const numbers = column([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

  it("lists seed 003's weak indicators, the biggest gain to the overall first", () => {
    // gains: 7 → 0.822, 8 → 0.741, 6 → 0.489, 5 → 0.295, 10 → 0.25, 2 → 0.193, 4 → 0.191
    expect(weakLabels(numbers, seed003IndicatorColumn())).toEqual(column([7, 8, 6, 5, 10, 2, 4]));
  });

  it("reads 'ตัวชี้วัดที่ 7' labels as indicators and returns them as given", () => {
    const labels = column(numbers.map(([n]) => `ตัวชี้วัดที่ ${String(n)}`));
    expect(weakLabels(labels, seed003IndicatorColumn())).toEqual(
      column(["ตัวชี้วัดที่ 7", "ตัวชี้วัดที่ 8", "ตัวชี้วัดที่ 6", "ตัวชี้วัดที่ 5", "ตัวชี้วัดที่ 10", "ตัวชี้วัดที่ 2", "ตัวชี้วัดที่ 4"]),
    );
  });

  it("orders other labels by gap, largest first, and spills along a row when given a row", () => {
    expect(weakLabels([["IIT", "EIT", "OIT"]], [[84.81, 78.16, 88.13]])).toEqual([["EIT", "IIT"]]);
    expect(weakLabels(column(["e10", "e6", "i8"]), column([64.49, 69.96, 60.04]))).toEqual(
      column(["i8", "e10", "e6"]),
    );
  });

  it("takes a pass mark, compares at 2 decimals, and skips blank scores", () => {
    expect(weakLabels(numbers, seed003IndicatorColumn(), 80)).toEqual(column([7, 8]));
    expect(weakLabels(column(["a", "b", "c"]), column([84.996, 84.99, ""]))).toEqual([["b"]]);
  });

  it("returns one empty cell when nothing is weak", () => {
    expect(weakLabels(column(["IIT", "EIT"]), column([99.4, 93.4]))).toEqual([[""]]);
    expect(weakLabels(column(["", ""]), column(["", ""]))).toEqual([[""]]);
  });

  it("refuses bad input, naming the cell", () => {
    expect(messageOf(() => weakLabels(column(["a", "b"]), column([80])))).toBe(
      "labels has 2 cells (2×1) but scores has 1 (1×1); give ranges of the same size.",
    );
    expect(messageOf(() => weakLabels(column(["a", "#REF!"]), column([80, 70])))).toBe(
      'labels, cell 2 (row 2, column 1): the cell holds the Excel error "#REF!" (check the formula)',
    );
    expect(messageOf(() => weakLabels(column(["a", ""]), column([80, 70])))).toBe(
      "labels, cell 2 (row 2, column 1) is blank beside the score in scores, cell 2 (row 2, column 1).",
    );
    expect(messageOf(() => weakLabels(column(["a"]), column(["low"])))).toBe(
      'scores, cell 1 (row 1, column 1): "low" is not a number',
    );
    expect(messageOf(() => weakLabels(column(["a"]), column([80]), 120))).toBe(
      "passMark: 120 is not a score from 0 to 100.",
    );
  });
});

describe("GAIN", () => {
  it("gives +0.82 for seed 003's indicator 7 reaching 85", () => {
    expect(shown(gain(seed003IndicatorColumn(), 7, 85))).toBe(0.82);
    expect(shown(gain(seed003IndicatorColumn(), "ตัวชี้วัดที่ 7", "๘๕"))).toBe(0.82);
  });

  it("weighs each indicator by its share of the overall", () => {
    expect(shown(gain(seed003IndicatorColumn(), 10, 85))).toBe(0.25); // OIT: 0.20 × 1.25
    expect(shown(gain(seed003IndicatorColumn(), 2, 85))).toBe(0.19); // IIT: 0.06 × 3.21
    expect(shown(gain(seed003IndicatorColumn(), 1, 83.88))).toBe(-0.6); // a lower target is a loss
  });

  it("refuses a target outside 0–100, a blank target or indicator, and blank indicator scores", () => {
    expect(messageOf(() => gain(seed003IndicatorColumn(), 7, 120))).toBe(
      "target: 120 is not a score from 0 to 100.",
    );
    expect(messageOf(() => gain(seed003IndicatorColumn(), 7, ""))).toBe(
      "target is blank (unknown); give its value.",
    );
    expect(messageOf(() => gain(seed003IndicatorColumn(), "", 85))).toBe(
      "indicator is blank; give an indicator number from 1 to 10.",
    );
    expect(messageOf(() => gain(seed003With({ 9: "" }), 7, 85))).toBe(
      "indicatorScores: indicator 9 is blank (unknown); the overall needs all 10.",
    );
  });
});
