import ExcelJS from "exceljs";
import { contains, parseCell, parseRange, type RangeBox } from "../../src/workbook/address";
import type { CellWrite } from "../../src/workbook/model";
import { applyPatch, PatchRefusedError, readSnapshot, readWorkbook, toBuffer } from "../../src/workbook/xlsx";
import { cellMap, headers, patch, refusedWith, tableOf, tableStep, without } from "./support/xlsx";

/**
 * A managed table among a user's own cells: B3:D7 on ITA_Plan (header + 4 rows), with the user's
 * notes above, left, right and below it, a formula and a date next to it, and another sheet.
 */
const COLUMNS = headers("ลำดับ", "โครงการ", "งบประมาณ (บาท)");
const rows = (n: number): CellWrite[][] =>
  Array.from({ length: n }, (_, i) => [String(i + 1), `โครงการ ${i + 1}`, (i + 1) * 1000]);

async function userWorkbook() {
  const wb = new ExcelJS.Workbook();
  applyPatch(
    wb,
    patch([
      { kind: "ensureSheet", sheet: "ITA_Plan" },
      tableStep("ITA_Plan", "ITA_Plan", "B3", COLUMNS, rows(4)),
    ]),
    readSnapshot(wb),
  );
  const ws = wb.getWorksheet("ITA_Plan")!;
  ws.getCell("B1").value = "แผนปฏิบัติการ ปี 2567"; // above
  ws.getCell("A5").value = "หมายเหตุซ้าย"; // left
  ws.getCell("G4").value = "ขวา"; // right, two columns clear of the table
  ws.getCell("G5").value = { formula: "SUM(D4:D7)", result: 10000 };
  ws.getCell("H6").value = new Date(Date.UTC(2024, 0, 15));
  ws.getCell("H6").numFmt = "d mmm yyyy";
  ws.getCell("B20").value = "ลงชื่อ ผู้จัดทำ"; // below
  ws.getCell("C21").value = 42;
  const other = wb.addWorksheet("ข้อมูลของฉัน");
  other.getCell("A1").value = "ของผู้ใช้";
  other.getCell("B3").value = { formula: "ITA_Plan!D4*2", result: 2000 };
  other.getCell("C1").numFmt = "0.00%";
  return readWorkbook(await toBuffer(wb), "user.xlsx");
}

const inBox = (box: RangeBox) => (key: string) => {
  const [sheet, address] = key.split("!");
  if (sheet !== "ITA_Plan") return false;
  const { row, column } = parseCell(address!);
  return contains(box, row, column);
};

async function rewrite(count: number) {
  const before = await userWorkbook();
  const plan = tableOf(before.snapshot, "ITA_Plan");
  applyPatch(
    before.workbook,
    patch([tableStep("ITA_Plan", "ITA_Plan", "B3", COLUMNS, rows(count), plan.fingerprint)]),
    before.snapshot,
  );
  const after = await readWorkbook(await toBuffer(before.workbook), "after.xlsx");
  const original = await userWorkbook();
  return { original, after, oldBox: parseRange(plan.address) };
}

describe("rewriting a table among the user's cells", () => {
  it.each([
    ["fewer", 2],
    ["more", 10],
    ["the same number of", 4],
  ])("with %s rows changes no cell outside the old and new table", async (_, count) => {
    const { original, after, oldBox } = await rewrite(count);
    const table = tableOf(after.snapshot, "ITA_Plan");
    const newBox = parseRange(table.address);
    expect(table.rows).toEqual(rows(count));
    expect(newBox).toEqual({ top: 3, left: 2, bottom: 3 + count, right: 4 });
    const outside = (key: string) => inBox(oldBox)(key) || inBox(newBox)(key);
    expect(without(cellMap(after.workbook), outside)).toEqual(without(cellMap(original.workbook), outside));
    expect(without(cellMap(original.workbook), outside).size).toBeGreaterThanOrEqual(10);
  });

  it("empties the rows a shorter table left behind", async () => {
    const { after } = await rewrite(2);
    const ws = after.workbook.getWorksheet("ITA_Plan")!;
    for (const address of ["B6", "C6", "D6", "B7", "C7", "D7"]) expect(ws.getCell(address).value).toBeNull();
    expect(after.snapshot.looseCells["ITA_Plan"]).toEqual({
      B1: "แผนปฏิบัติการ ปี 2567",
      A5: "หมายเหตุซ้าย",
      G4: "ขวา",
      G5: 10000,
      H6: 45306,
      B20: "ลงชื่อ ผู้จัดทำ",
      C21: 42,
    });
  });

  it("grows rightward into empty columns", async () => {
    const before = await userWorkbook();
    const plan = tableOf(before.snapshot, "ITA_Plan");
    const wide = [...COLUMNS, { header: "หมายเหตุ" }];
    applyPatch(
      before.workbook,
      patch([
        tableStep(
          "ITA_Plan",
          "ITA_Plan",
          "B3",
          wide,
          rows(4).map((r) => [...r, "x"]),
          plan.fingerprint,
        ),
      ]),
      before.snapshot,
    );
    const after = await readWorkbook(await toBuffer(before.workbook), "wide.xlsx");
    expect(tableOf(after.snapshot, "ITA_Plan").address).toBe("B3:E7");
    expect(after.snapshot.looseCells["ITA_Plan"]!["G4"]).toBe("ขวา");
  });

  it("refuses to grow down over a user's cell, naming it, and changes nothing", async () => {
    const before = await userWorkbook();
    const plan = tableOf(before.snapshot, "ITA_Plan");
    const listing = cellMap(before.workbook);
    const grow = patch([tableStep("ITA_Plan", "ITA_Plan", "B3", COLUMNS, rows(18), plan.fingerprint)]);
    let error: unknown;
    try {
      applyPatch(before.workbook, grow, before.snapshot);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PatchRefusedError);
    const problems = (error as PatchRefusedError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: "patch.growsOver", sheet: "ITA_Plan", cell: "B20" });
    expect(problems[0]!.en).toContain("ITA_Plan!B20, ITA_Plan!C21");
    expect(problems[0]!.th).toContain("ITA_Plan!B20");
    expect((error as Error).message).toContain("ITA_Plan!B20");
    expect(cellMap(before.workbook)).toEqual(listing);
    expect(tableOf(readSnapshot(before.workbook), "ITA_Plan").address).toBe("B3:D7");
  });

  it("refuses to grow right over a user's cell", async () => {
    const before = await userWorkbook();
    const plan = tableOf(before.snapshot, "ITA_Plan");
    const wider = [...COLUMNS, ...headers("e", "f", "g")];
    const grow = patch([
      tableStep(
        "ITA_Plan",
        "ITA_Plan",
        "B3",
        wider,
        rows(4).map((r) => [...r, 1, 2, 3]),
        plan.fingerprint,
      ),
    ]);
    expect(() => applyPatch(before.workbook, grow, before.snapshot)).toThrow(/ITA_Plan!G4, ITA_Plan!G5/);
  });

  it("refuses a new table over a user's cells", async () => {
    const before = await userWorkbook();
    const create = patch([
      tableStep(
        "ITA_Plan",
        "ITA_Notes",
        "F1",
        headers("a", "b"),
        rows(5).map((r) => r.slice(0, 2)),
      ),
    ]);
    expect(() => applyPatch(before.workbook, create, before.snapshot)).toThrow(/ITA_Plan!G4/);
  });

  it("refuses a new table that would overlap another table", async () => {
    const before = await userWorkbook();
    const create = patch([tableStep("ITA_Plan", "ITA_Other", "A8", headers("a", "b"), [])]);
    expect(() => applyPatch(before.workbook, create, before.snapshot)).not.toThrow();
    // ITA_Other is A8:B9 and its only body row is empty: A9:A10 takes no value, yet cuts into it.
    const overlap = patch([tableStep("ITA_Plan", "ITA_Third", "A9", headers("a"), [["x"]])]);
    const problems = refusedWith(() => applyPatch(before.workbook, overlap, readSnapshot(before.workbook)));
    expect(problems.map((p) => p.code)).toEqual(["patch.overlapsTable"]);
    expect(problems[0]!.en).toContain("ITA_Other");
  });

  it("rewrites the table where it stands when the user moved it", async () => {
    const before = await userWorkbook();
    const plan = tableOf(before.snapshot, "ITA_Plan");
    applyPatch(
      before.workbook,
      patch([tableStep("ITA_Plan", "ITA_Plan", "A1", COLUMNS, rows(3), plan.fingerprint)]),
      before.snapshot,
    );
    expect(tableOf(readSnapshot(before.workbook), "ITA_Plan").address).toBe("B3:D6");
  });
});
