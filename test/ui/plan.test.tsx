/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readWorkbookModel } from "../../src/workbook/ops/read-model";
import { renderPane, sampleSession, write } from "./support";

describe("the plan view", () => {
  it("totals seed 001's plan: 16 projects, 10,000.00 baht, 4 / 5 / 4 / 3 by quarter", async () => {
    renderPane(await sampleSession(), { view: "plan" });
    expect((await screen.findByTestId("plan-summary")).textContent).toBe(
      "16 โครงการ/มาตรการ/กิจกรรม · งบประมาณรวม 10,000.00 บาท",
    );
    expect(screen.getByTestId("plan-quarters").textContent).toBe(
      "จำนวนโครงการที่ดำเนินการในไตรมาส 1–4: 4 / 5 / 4 / 3",
    );
    const quarters = within(screen.getByTestId("plan-by-quarter")).getAllByRole("row").slice(1);
    expect(
      quarters.map((r) =>
        within(r)
          .getAllByRole("cell")
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ["ไตรมาส 1", "4", expect.stringMatching(/\d/)],
      ["ไตรมาส 2", "5", expect.stringMatching(/\d/)],
      ["ไตรมาส 3", "4", expect.stringMatching(/\d/)],
      ["ไตรมาส 4", "3", expect.stringMatching(/\d/)],
    ]);
  });

  it("gives the budget by dimension under the guide's names", async () => {
    renderPane(await sampleSession(), { view: "plan" });
    const table = (await screen.findByText("งบประมาณตามมิติ")).closest("table")!;
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole("cell")
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([
      ["1. การสร้างวัฒนธรรมสุจริต", "5", "0.00"],
      ["2. การบริหารราชการด้วยความโปร่งใส", "5", "0.00"],
      ["3. การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน", "3", "5,000.00"],
      ["4. การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น", "3", "5,000.00"],
      ["รวม", "16", "10,000.00"],
    ]);
  });

  it("compares budget and spending, and lists the plan's problems; a click selects the cell", async () => {
    const session = await sampleSession();
    await write(session, [
      {
        table: "ITA_Plan",
        rows: [{ seq: "17", name: "โครงการทดสอบ", dimension: 9, budget: 1000, q1: true, spent: 250 }],
        how: { mode: "append" },
      },
    ]);
    const model = readWorkbookModel(await session.read(), 2566);
    const problem = model.problems.find((p) => p.code === "plan.dimension.invalid")!;
    expect(problem.sheet).toBe("ITA_Plan");
    const select = jest.spyOn(session, "select");
    renderPane(session, { view: "plan" });
    expect(await screen.findByText(/เบิกจ่ายแล้ว 250\.00 บาท จากงบประมาณ 1,000\.00 บาท/)).toBeTruthy();
    expect(screen.getByText(problem.th)).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: `ไปที่เซลล์ ITA_Plan!${problem.cell!}` }));
    expect(select).toHaveBeenCalledWith("ITA_Plan", problem.cell);
  });
});
