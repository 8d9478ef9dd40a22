import { MESSAGES, message } from "../../src/domain/messages";
import { describeLocation, hasErrors, problem, reportProblem } from "../../src/domain/problem";

describe("problems", () => {
  it("every message code has a Thai and an English text that use their parameters", () => {
    // Every parameter a text asks for gets a recognisable value, so a misspelt one shows as "undefined".
    const params = new Proxy({} as Record<string, string>, { get: (_, key) => `<${String(key)}>` });
    for (const [code, entry] of Object.entries(MESSAGES)) {
      const th = entry.th(params);
      const en = entry.en(params);
      expect([code, th.length > 0, en.length > 0]).toEqual([code, true, true]);
      expect(en).not.toContain("undefined");
      expect(th).not.toContain("undefined");
    }
  });

  it("falls back to the code for an unknown one", () => {
    expect(message("no.such.code")).toEqual({ th: "no.such.code", en: "no.such.code" });
  });

  it("says where: sheet and cell, or line and column, or row and column", () => {
    expect(describeLocation({ sheet: "ITA_Plan", cell: "D5", row: 4 })).toBe("ITA_Plan!D5");
    expect(describeLocation({ line: 12, col: 3 })).toBe("line 12, column 3");
    expect(describeLocation({ line: 12 })).toBe("line 12");
    expect(describeLocation({ sheet: "ITA_Plan", row: 4, column: "budget" })).toBe("ITA_Plan, row 4, budget");
  });

  it("tells errors from warnings", () => {
    const warning = problem("warning", "x", "ก", "a");
    expect(hasErrors([warning])).toBe(false);
    expect(hasErrors([warning, reportProblem("error", "plan.name.missing", {}, { cell: "B2" })])).toBe(true);
  });
});
