/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { formatFixed } from "../../src/domain/round";
import { smallestChangeToPass } from "../../src/domain/weak";
import { readWorkbookModel } from "../../src/workbook/ops/read-model";
import { findTables, rawRows } from "../../src/workbook/ops/tables";
import { renderPane, sampleSession, write } from "./support";

describe("the dashboard", () => {
  it("shows seed 003's overall 84.14, ต้องปรับปรุง and the three tools", async () => {
    renderPane(await sampleSession());
    expect((await screen.findByTestId("overall")).textContent).toBe("84.14");
    expect(screen.getByTestId("level").textContent).toBe("ต้องปรับปรุง");
    const tools = screen.getByText("IIT (30%)").closest("dl")!;
    expect(tools.textContent).toMatch(/84\.81.*78\.16.*88\.13/);
  });

  it("draws the ten indicators against the pass mark, with accessible labels", async () => {
    renderPane(await sampleSession());
    const bars = await screen.findAllByRole("img");
    expect(bars).toHaveLength(10);
    expect(bars[6]!.getAttribute("aria-label")).toBe("ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร: 76.78 ต่ำกว่าเกณฑ์ 85");
    expect(bars[0]!.getAttribute("aria-label")).toContain("93.88 ผ่านเกณฑ์ 85");
  });

  it("ranks the weak points by gain, with indicator 7's what-if at +0.82 first among the indicators", async () => {
    renderPane(await sampleSession());
    const whatIf = await screen.findByText("ตัวชี้วัดที่ 7 ถึง 85 → คะแนนรวม +0.82");
    const items = within(whatIf.closest("ul")!).getAllByRole("button");
    const gains = items.map((b) => Number(/\+(\d+\.\d\d)/.exec(b.textContent ?? "")?.[1]));
    expect(gains.every((g, i) => i === 0 || g <= gains[i - 1]!)).toBe(true);
    // Publishing o40 (an OIT item at 0) buys more than any indicator: 0.20 × 100 / (5 items × 2 subs).
    expect(items[0]!.textContent).toContain("เผยแพร่ข้อ o40 → คะแนนรวม +2.00");
    const indicators = items.filter((b) => b.textContent?.startsWith("ตัวชี้วัดที่"));
    // 0.10 × (85 − 76.78) = 0.82 is the largest gain among the indicators.
    expect(indicators[0]!.textContent).toContain("ตัวชี้วัดที่ 7 ถึง 85 → คะแนนรวม +0.82");
    expect(indicators).toHaveLength(7);
  });

  it("names the smallest single change that reaches the pass mark", async () => {
    const session = await sampleSession();
    const change = smallestChangeToPass(readWorkbookModel(await session.read(), 2566).score)!;
    renderPane(session);
    const expected = `ทางที่ใกล้ที่สุดสู่เกณฑ์: ตัวชี้วัดที่ ${change.indicator} จาก ${formatFixed(change.from)} เป็น ${formatFixed(change.to)} → คะแนนรวม ${formatFixed(change.overall)}`;
    expect(await screen.findByText(expected)).toBeTruthy();
  });

  it("selects the source cell of a weak item when it is clicked", async () => {
    const session = await sampleSession();
    const select = jest.spyOn(session, "select");
    const indicators = findTables(await session.read()).get("ITA_IndicatorScores")!;
    const row7 = rawRows(indicators).find((r) => r.values.no === 7)!;
    renderPane(session);
    const item = (await screen.findByText("ตัวชี้วัดที่ 7 ถึง 85 → คะแนนรวม +0.82")).closest("button")!;
    await userEvent.click(item);
    expect(select).toHaveBeenCalledWith("ITA_IndicatorScores", row7.cells!.score);
    expect(row7.cells!.score).toBe("D8");
    expect(await screen.findByText(/เลือกเซลล์ ITA_IndicatorScores!D8 แล้ว/)).toBeTruthy();
  });

  it("is usable from the keyboard: Tab reaches a weak item and Enter selects its cell", async () => {
    const session = await sampleSession();
    const select = jest.spyOn(session, "select");
    renderPane(session);
    const item = (await screen.findByText("ตัวชี้วัดที่ 7 ถึง 85 → คะแนนรวม +0.82")).closest("button")!;
    const user = userEvent.setup();
    for (let i = 0; i < 40 && document.activeElement !== item; i++) await user.tab();
    expect(document.activeElement).toBe(item);
    await user.keyboard("{Enter}");
    expect(select).toHaveBeenCalledWith("ITA_IndicatorScores", "D8");
  });

  it("shows last year beside this year and flags the drop with its own what-if", async () => {
    const session = await sampleSession();
    await write(session, [
      { table: "ITA_IndicatorScores", rows: [{ no: 7, lastYear: 80 }], how: { mode: "merge", keys: ["no"] } },
    ]);
    renderPane(session);
    expect(await screen.findByText("ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร: 76.78 ลดลงจาก 80.00 ปีที่แล้ว")).toBeTruthy();
    expect(screen.getByText("ตัวชี้วัดที่ 7 ถึง 80.00 → คะแนนรวม +0.32")).toBeTruthy();
    expect(screen.getAllByText(/ปีที่แล้ว 80\.00/).length).toBeGreaterThan(0);
  });

  it("drafts measures: one ITA_Measures row per chosen weak indicator", async () => {
    const session = await sampleSession();
    renderPane(session);
    await userEvent.click(await screen.findByRole("button", { name: "ร่างมาตรการสำหรับตัวชี้วัดที่ต่ำกว่าเกณฑ์…" }));
    const boxes = await screen.findAllByRole("checkbox");
    // Indicators 2, 4, 5, 6, 7, 8 and 10 are below 85.
    expect(boxes).toHaveLength(7);
    for (const box of boxes) {
      const label = box.closest("div")!.textContent ?? "";
      if (!/ตัวชี้วัดที่ (7|10) /.test(label)) await userEvent.click(box);
    }
    await userEvent.click(screen.getByRole("button", { name: "เพิ่ม 2 แถวในตารางมาตรการ" }));
    expect(await screen.findByText("เพิ่มมาตรการ 2 แถวในตาราง ITA_Measures แล้ว")).toBeTruthy();
    const measures = findTables(await session.read()).get("ITA_Measures")!;
    const rows = rawRows(measures).map((r) => r.values);
    expect(rows.map((r) => [r.seq, r.indicator, r.status, r.owner, r.period])).toEqual([
      ["1", 7, "ยังไม่ได้ดำเนินการ", null, null],
      ["2", 10, "ยังไม่ได้ดำเนินการ", null, null],
    ]);
    expect(String(rows[0]!.measure)).toContain("เว็บไซต์");
    // Drafting again appends after them.
    await userEvent.click(screen.getByRole("button", { name: "เพิ่ม 2 แถวในตารางมาตรการ" }));
    await waitFor(async () => {
      const again = findTables(await session.read()).get("ITA_Measures")!;
      expect(rawRows(again).map((r) => r.values.seq)).toEqual(["1", "2", "3", "4"]);
    });
  });
});
