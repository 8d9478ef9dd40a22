/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readWorkbookModel } from "../../src/workbook/ops/read-model";
import { emptySession, renderPane } from "./support";
import { buildSample } from "../../src/workbook/ops/sample";
import { initOp } from "../../src/workbook/ops/init";
import { NOW } from "./support";

const SEED_001 = readFileSync(path.join(__dirname, "../fixtures/seeds/001_335952938b5b61de.txt"), "utf8");

async function initialised() {
  const session = emptySession();
  const snapshot = await session.read();
  await session.apply(initOp(snapshot, { fiscalYear: 2567, now: NOW }).patch, snapshot);
  return session;
}

describe("the import view", () => {
  it("reads seed 001's text, shows what it found, and writes the plan on confirmation", async () => {
    const session = await initialised();
    const apply = jest.spyOn(session, "apply");
    renderPane(session, { view: "import" });
    fireEvent.change(await screen.findByLabelText("ข้อความจากเอกสาร"), { target: { value: SEED_001 } });
    await userEvent.click(screen.getByRole("button", { name: "อ่านข้อความ" }));
    const found = await screen.findByTestId("import-found");
    const rows = within(found)
      .getAllByRole("row")
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole("cell")
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([["แผนปฏิบัติการ", "ITA_Plan (แผนปฏิบัติการป้องกันการทุจริต)", "16", "บรรทัด 5–27"]]);
    expect(apply).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole("button", { name: "ยืนยันและเขียนลงสมุดงาน" }));
    expect(await screen.findByText("นำเข้า 16 แถวจาก 1 ตารางแล้ว")).toBeTruthy();
    const { totals } = readWorkbookModel(await session.read(), 2567).plan;
    expect([totals.projects, totals.budget, totals.quarterCounts]).toEqual([16, 10000, [4, 5, 4, 3]]);

    await userEvent.click(screen.getByRole("tab", { name: "แผน" }));
    expect((await screen.findByTestId("plan-summary")).textContent).toContain("10,000.00");
    expect(screen.getByTestId("plan-quarters").textContent).toContain("4 / 5 / 4 / 3");
  });

  it("lists the importer's problems with their line and column", async () => {
    renderPane(await initialised(), { view: "import" });
    const broken = SEED_001.replace("\t10,000.00\t", "\t10,500.00\t");
    fireEvent.change(await screen.findByLabelText("ข้อความจากเอกสาร"), { target: { value: broken } });
    await userEvent.click(screen.getByRole("button", { name: "อ่านข้อความ" }));
    expect(await screen.findByText(/ข้อควรตรวจ \d+ รายการ/)).toBeTruthy();
    expect(screen.getAllByText(/^บรรทัด 28 คอลัมน์ \d+$/).length).toBeGreaterThan(0);
    // Cancel leaves the workbook as it was.
    await userEvent.click(screen.getByRole("button", { name: "ยกเลิก" }));
    expect(screen.queryByTestId("import-found")).toBeNull();
  });

  it("offers the selected range only inside Excel: disabled in the preview, with a note", async () => {
    const session = emptySession();
    await buildSample(session, { now: NOW });
    renderPane(session, { view: "import" });
    const button = await screen.findByRole("button", { name: "ใช้ช่วงที่เลือกใน Excel" });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/ใช้ได้เฉพาะเมื่อเปิดใน Excel/)).toBeTruthy();
  });

  it("reads the selected range through a session that can, and places problems at their cells", async () => {
    const session = Object.assign(await initialised(), {
      kind: "excel" as const,
      readSelection: async () => ({
        sheet: "Sheet1",
        topLeft: "B2",
        grid: SEED_001.split("\n")
          .slice(4, 28)
          .map((line) => line.split("\t")),
      }),
    });
    renderPane(session, { view: "import" });
    await userEvent.click(await screen.findByRole("button", { name: "ใช้ช่วงที่เลือกใน Excel" }));
    const found = await screen.findByTestId("import-found");
    expect(within(found).getAllByRole("row")[1]!.textContent).toContain("16");
    expect(within(found).getAllByRole("row")[1]!.textContent).toContain("Sheet1!B2");
  });
});
