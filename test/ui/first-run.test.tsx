/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TABLES } from "../../src/workbook/schema";
import { findTables } from "../../src/workbook/ops/tables";
import { emptySession, renderPane } from "./support";

describe("the first run on an empty workbook", () => {
  it("offers to create the ITA sheets and creates them with one click", async () => {
    const session = emptySession();
    renderPane(session);
    const create = await screen.findByRole("button", { name: "สร้างชีต ITA" });
    expect(screen.queryByRole("tablist")).toBeNull();
    await userEvent.click(create);
    expect(await screen.findByText("สร้างชีต ITA แล้ว")).toBeTruthy();
    const tables = findTables(await session.read());
    expect([...tables.keys()].sort()).toEqual(TABLES.map((t) => t.name).sort());
    // The pane moves on to the views, for fiscal year 2570 (22 November 2026 is in FY 2570).
    expect(await screen.findByRole("tablist")).toBeTruthy();
    expect(screen.getByText(/ผลการประเมิน ปีงบประมาณ 2570/)).toBeTruthy();
    expect(screen.getByText(/ยังคำนวณคะแนนรวมไม่ได้/)).toBeTruthy();
  });
});
