/**
 * How the custom functions fail: the CustomFunctions.Error they throw in Excel (code and message),
 * the RangeError outside Excel, messages that name the cell and fit Excel's 255 characters, and the
 * range reader's edge cases.
 */
import * as functions from "../../src/functions/functions";
import { functionError, MAX_MESSAGE_LENGTH } from "../../src/functions/errors";
import { cellsOf, describeCell, listAnd } from "../../src/functions/ranges";
import {
  column,
  FakeCustomFunctionsError,
  OMITTED,
  seed001Budgets,
  seed001QuarterFlags,
  seed003IndicatorColumn,
  seed003QuestionColumns,
  thrown,
  withFakeRuntime,
} from "./functions-support";

const textAt3 = () => seed003IndicatorColumn().map((row, k) => (k === 2 ? ["abc"] : row));

describe("errors in Excel (the CustomFunctions runtime mocked)", () => {
  it("throws CustomFunctions.Error with code invalidValue and a message naming the cell", () => {
    withFakeRuntime(() => {
      const error = thrown(() => functions.overallScore(textAt3()));
      expect(error).toBeInstanceOf(FakeCustomFunctionsError);
      expect(error).toEqual(
        new FakeCustomFunctionsError(
          "#VALUE!",
          'indicatorScores, cell 3 (row 3, column 1): "abc" is not a number',
        ),
      );
    });
  });

  it("throws code notAvailable (#N/A) for a blank value the result needs", () => {
    withFakeRuntime(() => {
      const blank = seed003IndicatorColumn().map((row, k) => (k === 6 ? [""] : row));
      expect(thrown(() => functions.gain(blank, 7, 85))).toMatchObject({ code: "#N/A" });
    });
  });

  it("throws a RangeError with the same message outside Excel", () => {
    const error = thrown(() => functions.overallScore(textAt3()));
    expect(error).toBeInstanceOf(RangeError);
    expect((error as RangeError).message).toBe(
      'indicatorScores, cell 3 (row 3, column 1): "abc" is not a number',
    );
  });

  it("cuts a message to 255 characters, ending with …", () => {
    const long = "x".repeat(400);
    withFakeRuntime(() => {
      const error = functionError("invalidValue", long) as unknown as FakeCustomFunctionsError;
      expect(error.message).toHaveLength(MAX_MESSAGE_LENGTH);
      expect(error.message?.endsWith("…")).toBe(true);
    });
    expect(functionError("notAvailable", "short").message).toBe("short");
  });

  it("keeps every message of a battery of bad calls under 255 characters, each naming what is wrong", () => {
    const { ids, scores } = seed003QuestionColumns();
    const longText = "ข้อความยาวมาก ".repeat(40);
    const calls: (() => unknown)[] = [
      () => functions.overallScore(column([longText, 1, 1, 1, 1, 1, 1, 1, 1, 1])),
      () => functions.overallScore(column(["", "", "", "", "", "", "", "", "", ""])),
      () => functions.overallScore([[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]], 1999),
      () => functions.toolScore(seed003IndicatorColumn(), longText),
      () => functions.indicatorScore(column([longText]), column([1]), 1),
      () => functions.indicatorScore(ids, scores, 6),
      () => functions.indicatorScore(column(["o1"]), column([100]), 9),
      () => functions.indicatorScore(ids, scores, longText),
      () => functions.levelName(95.34),
      () => functions.weighted(column([1, 2, 3]), column([0.1, 0.2, 0.3000001])),
      () => functions.weakLabels(column([longText]), column([longText])),
      () => functions.quarterCount(seed001QuarterFlags(), 9),
      () => functions.quarterCounts(column([longText])),
      () => functions.budget(seed001Budgets(), column([1, 2]), 3),
      () => functions.budget(column([longText]), OMITTED, OMITTED),
      () => functions.thaiNumber(longText),
      () => functions.fiscalYearOf(-1, "BE"),
      () => functions.fiscalYearOf(45000, longText),
    ];
    for (const call of calls) {
      const error = thrown(call);
      expect(error).toBeInstanceOf(RangeError);
      const { message } = error as RangeError;
      expect(message.length).toBeGreaterThan(20);
      expect(message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    }
  });
});

describe("reading ranges", () => {
  it("numbers cells row by row, 1-based, and names them", () => {
    const range = cellsOf("flags", [
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(range).toMatchObject({ rows: 2, columns: 3 });
    expect(range.cells.map((c) => describeCell(c.ref))[4]).toBe("flags, cell 5 (row 2, column 2)");
  });

  it("takes a lone value as a 1×1 range and a CustomFunctions.Error cell as its code", () => {
    expect(cellsOf("x", 42).cells).toEqual([{ value: 42, ref: { name: "x", index: 1, row: 1, column: 1 } }]);
    expect(cellsOf("x", [[new FakeCustomFunctionsError("#DIV/0!")]]).cells[0]?.value).toBe("#DIV/0!");
    expect(cellsOf("x", [[{ code: "not an error" }]]).cells[0]?.value).toEqual({ code: "not an error" });
  });

  it("refuses an empty or ragged range", () => {
    expect(() => cellsOf("x", [[]])).toThrow("x is empty: select the cells to read.");
    expect(() => cellsOf("x", [[1, 2], [3]])).toThrow(
      "x: the rows have different lengths; pass a rectangular range.",
    );
  });

  it("lists items for messages", () => {
    expect([listAnd([]), listAnd([8]), listAnd([8, 10]), listAnd([2, 8, 10], "or")]).toEqual([
      "",
      "8",
      "8 and 10",
      "2, 8 or 10",
    ]);
  });

  it("refuses a range where a single value belongs", () => {
    expect(() => functions.overallOfTools([[1], [2]], 90, 90)).toThrow(
      "iit must be a single value, not a range.",
    );
    expect(functions.overallOfTools([[99.4]], 93.4, 93.75)).toBeCloseTo(95.34, 10);
  });
});
