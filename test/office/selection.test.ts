import { importGrid } from "../../src/domain/import";
import { OfficeSession } from "../../src/workbook/office";
import { newWorkbook } from "./fake-excel";

describe("reading the selected range", () => {
  it("gives the sheet, the top-left cell and a grid the importer reads as a plan", async () => {
    const excel = newWorkbook();
    excel.addSheet("วางตาราง");
    const rows = [
      ["ลำดับ", "รายการโครงการ", "มิติ", "งบประมาณ (บาท)", "ไตรมาส 1", "ไตรมาส 2", "ไตรมาส 3", "ไตรมาส 4"],
      [1, "มาตรการ NO Gift Policy", 2, 0, "", "", "", "✓"],
      // Typed with a leading apostrophe, as a user keeps such text from becoming a formula.
      [2, "'=ไม่ใช่สูตร", 3, "5,000.00", "", "✓", "", ""],
    ];
    rows.forEach((row, r) =>
      row.forEach((v, c) => v !== "" && excel.type("วางตาราง", `${String.fromCharCode(66 + c)}${r + 3}`, v)),
    );
    const session = new OfficeSession(excel);
    await session.select("วางตาราง", "B3:I5");
    const picked = await session.readSelection();
    expect([picked.sheet, picked.topLeft]).toEqual(["วางตาราง", "B3"]);
    expect(picked.grid[1]).toEqual([1, "มาตรการ NO Gift Policy", 2, 0, null, null, null, "✓"]);
    const { tables } = importGrid(picked.grid, { sheet: picked.sheet, topLeft: picked.topLeft });
    const plan = tables.find((t) => t.kind === "plan")!;
    expect(plan.rows.map((r) => [r.values.name, r.values.budget, r.values.q2])).toEqual([
      ["มาตรการ NO Gift Policy", 0, false],
      ["=ไม่ใช่สูตร", 5000, true],
    ]);
    expect(plan.rows[1]!.sources.budget).toMatchObject({ sheet: "วางตาราง", cell: "E5" });
  });
});
