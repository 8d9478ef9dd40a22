/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readSettings } from "../../src/workbook/ops/settings";
import { findTables } from "../../src/workbook/ops/tables";
import type { WorkbookSession } from "../../src/workbook/session";
import { renderPane, sampleSession } from "./support";

const settingsOf = async (session: WorkbookSession) =>
  readSettings(findTables(await session.read()).get("ITA_Settings"), 2566).settings;

async function replace(label: string, value: string): Promise<void> {
  const input = await screen.findByLabelText(label);
  await userEvent.clear(input);
  if (value !== "") await userEvent.type(input, value);
}

describe("the settings view", () => {
  it("refuses weights that add up to 0.9, with the core's message, and writes nothing", async () => {
    const session = await sampleSession();
    const apply = jest.spyOn(session, "apply");
    renderPane(session, { view: "settings" });
    await replace("IIT", "0.2");
    const message = "น้ำหนัก IIT + EIT + OIT ต้องรวมกันได้ 1 (ได้ 0.9)";
    expect((await screen.findByRole("alert")).textContent).toBe(message);
    await userEvent.click(screen.getByRole("button", { name: "บันทึกค่าตั้ง" }));
    expect(await screen.findByText("ยังบันทึกค่าตั้งไม่ได้")).toBeTruthy();
    expect(screen.getAllByText(message).length).toBeGreaterThan(1);
    expect(apply).not.toHaveBeenCalled();
    expect((await settingsOf(session)).weights).toEqual({ IIT: 0.3, EIT: 0.3, OIT: 0.4 });
  });

  it("refuses a framework year the core does not know, with its message", async () => {
    renderPane(await sampleSession(), { view: "settings" });
    await replace("ปีของเกณฑ์การประเมิน (พ.ศ.)", "2550");
    expect(await screen.findByText(/ไม่มีเกณฑ์การประเมินของปี 2550/)).toBeTruthy();
  });

  it("writes the ITA_Settings rows by key: organisation, pass mark, weights, language, Thai digits", async () => {
    const session = await sampleSession();
    renderPane(session, { view: "settings" });
    await replace("ชื่อหน่วยงาน", "อบต.คลองเกตุ");
    await replace("เกณฑ์ผ่าน (คะแนน)", "80");
    await replace("IIT", "0.25");
    await replace("EIT", "0.35");
    await userEvent.selectOptions(screen.getByLabelText(/ภาษาของหัวตาราง/), "en");
    await userEvent.click(screen.getByLabelText("แสดงตัวเลขเป็นเลขไทย"));
    await userEvent.click(screen.getByRole("button", { name: "บันทึกค่าตั้ง" }));
    expect(await screen.findByText("บันทึกค่าตั้งแล้ว")).toBeTruthy();
    const saved = await settingsOf(session);
    expect(saved).toMatchObject({
      organisation: "อบต.คลองเกตุ",
      passMark: 80,
      weights: { IIT: 0.25, EIT: 0.35, OIT: 0.4 },
      language: "en",
      thaiDigits: true,
    });
    expect(findTables(await session.read()).get("ITA_Settings")!.table.rows).toHaveLength(9);
  });

  it("shows numbers in Thai digits once the workbook asks for them", async () => {
    const session = await sampleSession();
    renderPane(session, { view: "settings" });
    await userEvent.click(await screen.findByLabelText("แสดงตัวเลขเป็นเลขไทย"));
    await userEvent.click(screen.getByRole("button", { name: "บันทึกค่าตั้ง" }));
    await screen.findByText("บันทึกค่าตั้งแล้ว");
    await userEvent.click(screen.getByRole("tab", { name: "ภาพรวม" }));
    await waitFor(() => expect(screen.getByTestId("overall").textContent).toBe("๘๔.๑๔"));
  });
});
