import { OfficeSession, type Timer } from "../../src/workbook/office";
import { newWorkbook } from "./fake-excel";

/** A clock the test moves by hand. */
class ManualTimer implements Timer {
  private now = 0;
  private nextId = 1;
  private pending = new Map<number, { at: number; run: () => void }>();
  setTimeout(run: () => void, ms: number): number {
    const id = this.nextId++;
    this.pending.set(id, { at: this.now + ms, run });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  advance(ms: number): void {
    this.now += ms;
    for (const [id, t] of [...this.pending].sort((a, b) => a[1].at - b[1].at)) {
      if (t.at > this.now) continue;
      this.pending.delete(id);
      t.run();
    }
  }
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("onChange", () => {
  it("calls back once for a burst of edits, and not after unsubscribing", async () => {
    const excel = newWorkbook();
    excel.addSheet("ITA_Plan");
    const timer = new ManualTimer();
    const session = new OfficeSession(excel, { timer });
    const callback = jest.fn();
    const unsubscribe = await session.onChange(callback);

    for (const cell of ["A2", "B2", "C2"]) {
      excel.type("ITA_Plan", cell, 1);
      await settle();
      timer.advance(150);
    }
    expect(callback).not.toHaveBeenCalled();
    timer.advance(400);
    expect(callback).toHaveBeenCalledTimes(1);

    excel.type("Sheet1", "A1", "not a managed sheet");
    await settle();
    timer.advance(1000);
    expect(callback).toHaveBeenCalledTimes(1);

    unsubscribe();
    await settle();
    excel.type("ITA_Plan", "A3", 2);
    await settle();
    timer.advance(1000);
    expect(callback).toHaveBeenCalledTimes(1);
    expect(excel.sheet("ITA_Plan").changedHandlers.size).toBe(0);
    expect(excel.addedHandlers.size + excel.deletedHandlers.size).toBe(0);
  });

  it("watches a managed sheet added later", async () => {
    const excel = newWorkbook();
    const timer = new ManualTimer();
    const callback = jest.fn();
    const unsubscribe = await new OfficeSession(excel, { timer, debounceMs: 100 }).onChange(callback);
    excel.addSheet("_ita_backup_20261122T030000");
    await settle();
    timer.advance(100);
    expect(callback).toHaveBeenCalledTimes(1);
    excel.type("_ita_backup_20261122T030000", "A1", 1);
    await settle();
    timer.advance(100);
    expect(callback).toHaveBeenCalledTimes(2);
    unsubscribe();
  });

  it("does nothing where Excel has no worksheet events (ExcelApi < 1.7)", async () => {
    const excel = newWorkbook({ version: "1.6" });
    excel.addSheet("ITA_Plan");
    const callback = jest.fn();
    const unsubscribe = await new OfficeSession(excel).onChange(callback);
    excel.type("ITA_Plan", "A1", 1);
    await settle();
    expect(callback).not.toHaveBeenCalled();
    unsubscribe();
  });
});

describe("select", () => {
  it("activates the sheet and selects the cell", async () => {
    const excel = newWorkbook();
    excel.addSheet("ITA_Plan");
    await new OfficeSession(excel).select("ITA_Plan", "D5");
    expect(excel.active).toEqual({ sheet: "ITA_Plan", selection: "ITA_Plan!D5" });
  });
});
