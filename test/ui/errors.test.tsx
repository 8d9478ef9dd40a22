/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { reportProblem } from "../../src/domain/problem";
import { App } from "../../src/taskpane/App";
import { ExcelSessionUnavailableError } from "../../src/taskpane/session";
import { PatchRefusedError } from "../../src/workbook/errors";
import { emptySession, installMatchMedia, renderPane, sampleSession } from "./support";

describe("errors", () => {
  it("shows a refused patch in a MessageBar: what happened, where, what to do", async () => {
    const session = await sampleSession();
    const refusal = reportProblem(
      "error",
      "sheet.notOurs",
      { sheet: "ITA_Measures", cells: "B1" },
      { sheet: "ITA_Measures", cell: "B1" },
    );
    jest.spyOn(session, "apply").mockRejectedValue(new PatchRefusedError([refusal]));
    const select = jest.spyOn(session, "select");
    renderPane(session);
    await userEvent.click(await screen.findByRole("button", { name: "ร่างมาตรการสำหรับตัวชี้วัดที่ต่ำกว่าเกณฑ์…" }));
    await userEvent.click(await screen.findByRole("button", { name: /^เพิ่ม 7 แถว/ }));
    const title = await screen.findByText("ไม่ได้เขียนอะไรลงสมุดงาน");
    const bar = title.closest(".fui-MessageBar")!;
    expect(bar.textContent).toContain(refusal.th);
    expect(bar.textContent).toContain("แก้หรือย้ายเซลล์ที่ระบุ แล้วสั่งอีกครั้ง");
    await userEvent.click(screen.getByRole("button", { name: "ไปที่เซลล์ ITA_Measures!B1" }));
    expect(select).toHaveBeenCalledWith("ITA_Measures", "B1");
    await userEvent.click(screen.getByRole("button", { name: "ปิด" }));
    expect(screen.queryByText("ไม่ได้เขียนอะไรลงสมุดงาน")).toBeNull();
  });

  it("shows a workbook that cannot be read in a MessageBar", async () => {
    const session = emptySession();
    jest.spyOn(session, "read").mockRejectedValue(new Error("The workbook is busy (cell edit mode)"));
    renderPane(session);
    expect(await screen.findByText("เกิดข้อผิดพลาดที่ไม่คาดคิด")).toBeTruthy();
    expect(screen.getByText("The workbook is busy (cell edit mode)")).toBeTruthy();
    expect(screen.getByText(/ลองอีกครั้ง/)).toBeTruthy();
  });

  it("says what to do when the Excel connection cannot be loaded", async () => {
    installMatchMedia();
    render(
      <App
        environment={{ status: "excel", dark: false }}
        excelSession={() => Promise.reject(new ExcelSessionUnavailableError())}
      />,
    );
    expect(await screen.findByText("ยังเชื่อมต่อกับ Excel ไม่ได้")).toBeTruthy();
    expect((await screen.findByText(/เปิดหน้าเดียวกันในเบราว์เซอร์/)).closest(".fui-MessageBar")).toBeTruthy();
  });

  it("shows an op's own refusal (its problems) without writing", async () => {
    const session = await sampleSession();
    const apply = jest.spyOn(session, "apply");
    renderPane(session);
    await userEvent.click(await screen.findByRole("button", { name: "ร่างมาตรการสำหรับตัวชี้วัดที่ต่ำกว่าเกณฑ์…" }));
    for (const box of await screen.findAllByRole("checkbox")) await userEvent.click(box);
    expect((screen.getByRole("button", { name: /^เพิ่ม 0 แถว/ }) as HTMLButtonElement).disabled).toBe(true);
    expect(apply).not.toHaveBeenCalled();
  });
});
