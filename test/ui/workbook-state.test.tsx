/** @jest-environment jsdom */
import { fiscalYear } from "../../src/domain/thai/dates";
import { fiscalYearOf } from "../../src/taskpane/workbook";

describe("the pane's fallback fiscal year", () => {
  it("agrees with the core's fiscalYear on every day around the turn of the fiscal year", () => {
    for (let year = 2020; year <= 2030; year++) {
      for (const [month, day] of [
        [0, 1],
        [8, 30],
        [9, 1],
        [11, 31],
      ] as const) {
        const date = new Date(Date.UTC(year, month, day, 12));
        expect([date.toISOString(), fiscalYearOf(date)]).toEqual([date.toISOString(), fiscalYear(date)]);
      }
    }
  });
});

describe("the session inside Excel", () => {
  it("is the Office.js adapter's OfficeSession, created in src/taskpane/session.ts", async () => {
    const { createExcelSession } = await import("../../src/taskpane/session");
    const { OfficeSession } = await import("../../src/workbook/office");
    const session = await createExcelSession();
    expect(session).toBeInstanceOf(OfficeSession);
    expect(session.kind).toBe("excel");
  });
});
