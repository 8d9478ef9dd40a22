/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SUMMARY_SHEET } from "../../src/workbook/model";
import { readWorkbookModel } from "../../src/workbook/ops/read-model";
import { renderPane, sampleSession } from "./support";

describe("the review view", () => {
  it("lists every problem and weak flag of the workbook, filtered by severity", async () => {
    const session = await sampleSession();
    const model = readWorkbookModel(await session.read(), 2566);
    const errors = model.problems.filter((p) => p.severity === "error").length;
    const warnings = model.problems.length - errors;
    renderPane(session, { view: "review" });
    expect(
      await screen.findByText(`ข้อผิดพลาด ${errors} · คำเตือน ${warnings} · จุดอ่อน ${model.weak.length}`),
    ).toBeTruthy();
    const total = model.problems.length + model.weak.length;
    const list = screen.getByRole("list", { name: "ปัญหาและจุดอ่อนทั้งหมด" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(40);
    await userEvent.click(screen.getByRole("button", { name: `แสดงอีก ${total - 40} รายการ` }));
    expect(within(list).getAllByRole("listitem")).toHaveLength(total);
    // seed 003 lacks e13: indicator 8 keeps its reported score, and the pane says so.
    const e13 = model.problems.find((p) => p.en.includes("e13"))!;
    expect(within(list).getByText(e13.th)).toBeTruthy();

    await userEvent.selectOptions(screen.getByLabelText("แสดง"), "weak");
    const weakOnly = within(screen.getByRole("list", { name: "ปัญหาและจุดอ่อนทั้งหมด" })).getAllByRole("listitem");
    expect(weakOnly).toHaveLength(model.weak.length);
    expect(weakOnly.every((li) => li.textContent?.startsWith("จุดอ่อน"))).toBe(true);
    expect(weakOnly.some((li) => li.textContent?.includes("ตัวชี้วัดที่ 7 ถึง 85 → คะแนนรวม +0.82"))).toBe(true);

    await userEvent.selectOptions(screen.getByLabelText("แสดง"), "warning");
    const warningsOnly = within(screen.getByRole("list", { name: "ปัญหาและจุดอ่อนทั้งหมด" })).getAllByRole(
      "listitem",
    );
    expect(warningsOnly).toHaveLength(warnings);
  });

  it("creates the summary sheet and the weak-score colouring, then shows them in the change log", async () => {
    const session = await sampleSession();
    renderPane(session, { view: "review" });
    await userEvent.click(await screen.findByRole("button", { name: "สร้าง/ปรับปรุงชีตสรุป" }));
    expect(await screen.findByText("ปรับปรุงชีตสรุปและการระบายสีแล้ว")).toBeTruthy();
    expect((await session.read()).sheets.map((s) => s.name)).toContain(SUMMARY_SHEET);
    await screen.findByText(/^ล่าสุด \d+ จาก \d+ รายการ$/);
    const log = screen.getByRole("list", { name: "บันทึกการเปลี่ยนแปลง" });
    const ops = within(log)
      .getAllByRole("listitem")
      .map((li) => li.textContent!.split(" · ")[1]);
    expect(ops.slice(0, 4)).toEqual(["flagWeak", "flagWeak", "flagWeak", "summary"]);
    expect(ops).toContain("init");
  });

  it("locks the managed sheets for review and unlocks them", async () => {
    const session = await sampleSession();
    renderPane(session, { view: "review" });
    await userEvent.click(await screen.findByRole("button", { name: "ล็อกชีต" }));
    expect(await screen.findByText("ล็อก 8 ชีตแล้ว")).toBeTruthy();
    const locked = (await session.read()).sheets.filter((s) => s.name.startsWith("ITA_"));
    expect(locked).toHaveLength(8);
    expect(locked.every((s) => s.protected)).toBe(true);
    expect(screen.getByText("ล็อกทั้ง 8 ชีตแล้ว: ผู้ตรวจอ่านได้แต่แก้ไขไม่ได้")).toBeTruthy();
    expect(await screen.findByText("ชีตถูกล็อกเพื่อส่งตรวจ")).toBeTruthy();
    expect((screen.getByRole("button", { name: "สร้าง/ปรับปรุงชีตสรุป" }) as HTMLButtonElement).disabled).toBe(
      true,
    );

    await userEvent.click(screen.getByRole("button", { name: "ปลดล็อก" }));
    expect(await screen.findByText("ปลดล็อก 8 ชีตแล้ว")).toBeTruthy();
    await waitFor(async () =>
      expect((await session.read()).sheets.filter((s) => s.protected).map((s) => s.name)).toEqual([]),
    );
  });
});
