import { frameworkFor, type Framework } from "../../src/domain/frameworks";
import { score } from "../../src/domain/scoring";
import { parseStatus, statusInfo } from "../../src/domain/status";
import { readIndicatorRows, readQuestionRows, type RawRow } from "../../src/domain/validate";

const fw: Framework = (() => {
  const lookup = frameworkFor(2566);
  if (!lookup.ok) throw new Error("no framework");
  return lookup.framework;
})();

const rows = (values: Record<string, unknown>[]): RawRow[] =>
  values.map((v, i) => ({
    row: i + 1,
    sheet: "ITA_QuestionScores",
    cells: { id: `A${i + 2}`, part: `B${i + 2}`, score: `C${i + 2}`, no: `A${i + 2}`, lastYear: `D${i + 2}` },
    values: v,
  }));

describe("question score rows", () => {
  it("normalises ids as documents write them and reads Thai digits", () => {
    const { questions, problems } = readQuestionRows(
      fw,
      rows([
        { id: "ข้อ I19", score: "74.87" },
        { id: "043", score: "๑๐๐" },
        { id: "e13", part: "2", score: 80 },
      ]),
    );
    expect(problems).toEqual([]);
    expect(questions.map((q) => [q.id, q.part, q.score])).toEqual([
      ["i19", undefined, 74.87],
      ["o43", undefined, 100],
      ["e13", 2, 80],
    ]);
    expect(questions[0]!.where).toMatchObject({ sheet: "ITA_QuestionScores", cell: "C2" });
  });

  it("names the cell of an unknown id, a text score and a blank score", () => {
    const { questions, problems } = readQuestionRows(
      fw,
      rows([{ id: "i31", score: 50 }, { id: "i1", score: "ดี" }, { id: "i2", score: "" }, {}]),
    );
    expect(questions).toEqual([]);
    expect(problems.map((p) => [p.code, p.severity, p.cell])).toEqual([
      ["score.unknownId", "error", "A2"],
      ["number.invalid", "error", "C3"],
      ["score.blank", "warning", "C4"],
    ]);
    expect(problems[1]!.en).toContain('"ดี"');
  });

  it("lets the scorer flag a score over 100 at its cell", () => {
    const { questions } = readQuestionRows(fw, rows([{ id: "i1", score: 120 }]));
    const result = score(fw, { questions });
    expect(result.problems[0]).toMatchObject({
      code: "score.range",
      cell: "C2",
      sheet: "ITA_QuestionScores",
    });
  });

  it("flags an Excel error in a score cell as such", () => {
    const { problems } = readQuestionRows(fw, rows([{ id: "i1", score: "#REF!" }]));
    expect(problems[0]).toMatchObject({ code: "cell.error", cell: "C2" });
  });
});

describe("indicator rows", () => {
  it("reads this year's and last year's scores", () => {
    const result = readIndicatorRows(
      rows([
        { no: "๗", score: "76.78", lastYear: 80 },
        { no: 8, score: 77.59 },
      ]),
    );
    expect(result.indicators.map((i) => [i.no, i.value])).toEqual([
      [7, 76.78],
      [8, 77.59],
    ]);
    expect(result.lastYear).toEqual([{ no: 7, score: 80 }]);
    expect(result.problems).toEqual([]);
  });

  it("rejects last year's score over 100 at its cell", () => {
    const result = readIndicatorRows(rows([{ no: 1, score: 90, lastYear: 190 }]));
    expect(result.problems.map((p) => [p.code, p.cell])).toEqual([["score.range", "D2"]]);
    expect(result.lastYear).toEqual([]);
  });
});

describe("statuses", () => {
  it.each([
    ["ยังไม่ได้ดำเนินการ", "not-started"],
    ["อยู่ระหว่าง ดำเนินการ", "in-progress"],
    ["ดำเนินการ", "done"],
    ["ดำเนินการแล้ว", "done"],
    ["Done", "done"],
    ["in-progress", "in-progress"],
  ])("%s → %s", (text, key) => expect(parseStatus(text)).toBe(key));

  it("knows nothing of other text", () => {
    expect(parseStatus("อาจจะ")).toBeUndefined();
    expect(parseStatus(3)).toBeUndefined();
    expect(statusInfo("done").th).toBe("ดำเนินการแล้ว");
  });
});
