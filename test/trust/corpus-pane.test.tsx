/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import ExcelJS from "exceljs";
import { SUMMARY_SHEET } from "../../src/workbook/model";
import { XlsxSession } from "../../src/workbook/xlsx";
import { CASES } from "../fixtures/bad/cases";
import { renderPane } from "../ui/support";
import { caseBytes, EXPECTED } from "./runner";

/**
 * The pane over corpus workbooks (as the browser preview opens them): Review lists the problem
 * the CLI prints, with the same Thai text, and refuses the summary while there are errors.
 */

jest.setTimeout(60_000);

async function session(id: string): Promise<XlsxSession> {
  const bytes = await caseBytes(CASES.find((c) => c.id === id)!);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return new XlsxSession(wb);
}

const list = () => screen.getByRole("list", { name: "ปัญหาและจุดอ่อนทั้งหมด" });

describe("corpus workbooks in the pane", () => {
  it.each([
    "column-budget-retyped",
    "table-to-range",
    "plan-budget-absurd",
    "settings-year-ce",
    "plan-empty-row",
  ])("%s: Review shows the CLI's message", async (id) => {
    renderPane(await session(id), { view: "review" });
    await screen.findByText(/^ข้อผิดพลาด \d+ · คำเตือน \d+ · จุดอ่อน \d+$/);
    await userEvent.selectOptions(
      screen.getByLabelText("แสดง"),
      EXPECTED[id]!.code === 1 ? "error" : "warning",
    );
    expect(
      within(list()).getByText(new RegExp(EXPECTED[id]!.message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))),
    ).toBeTruthy();
  });

  it("refuses the summary while the plan has an error, and writes nothing", async () => {
    const s = await session("plan-budget-negative");
    renderPane(s, { view: "review" });
    await userEvent.click(await screen.findByRole("button", { name: "สร้าง/ปรับปรุงชีตสรุป" }));
    expect(await screen.findByText(/แก้ข้อผิดพลาด 1 รายการก่อนสร้างชีตสรุป \(ITA_Plan!D14\)/)).toBeTruthy();
    expect((await s.read()).sheets.map((x) => x.name)).not.toContain(SUMMARY_SHEET);
  });
});
