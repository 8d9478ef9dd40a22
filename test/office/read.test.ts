import ExcelJS from "exceljs";
import { layoutOf, readSnapshot, type Supports } from "../../src/workbook/office";
import { readSnapshot as readXlsx } from "../../src/workbook/xlsx";
import type { Snapshot } from "../../src/workbook/model";
import { newWorkbook, type FakeExcel } from "./fake-excel";
import { command, importRows, init, officeRunner, planRows } from "./support";

/** Reading: how many syncs, and what comes back, as the xlsx adapter would read it. */

const without19: Supports = (v) => Number(v.split(".")[1]) < 9;

async function syncsOf(excel: FakeExcel, read: () => Promise<unknown>): Promise<number> {
  const before = excel.syncs.length;
  await read();
  return excel.syncs.length - before;
}

describe("round trips of a read", () => {
  it("lists the sheets first on a cold read, then reads everything in one sync", async () => {
    const excel = newWorkbook();
    // An empty workbook: nothing managed to load, so the sync that lists the sheets is the read.
    let cold: Snapshot | undefined;
    expect(await syncsOf(excel, async () => (cold = await excel.run((c) => readSnapshot(c))))).toBe(1);
    expect(cold).toEqual({
      sheets: [{ name: "Sheet1", visibility: "visible", protected: false }],
      tables: [],
      looseCells: {},
    });
    const runner = officeRunner(excel);
    await command(runner, init);
    // Cold, with tables: the lists, their addresses, their contents.
    expect(await syncsOf(excel, () => excel.run((c) => readSnapshot(c)))).toBe(3);
    // Warm (the layout from the last read or apply): one sync.
    const snapshot = await runner.read();
    expect(
      await syncsOf(excel, () => excel.run((c) => readSnapshot(c, { layout: layoutOf(snapshot) }))),
    ).toBe(1);
  });

  it("learns that a table holds formulas once, then reads their texts in the same sync", async () => {
    const excel = newWorkbook();
    const runner = officeRunner(excel);
    await command(runner, init);
    await command(runner, importRows("ITA_Plan", planRows(3)));
    excel.type("ITA_Plan", "J3", "=D3*0.8"); // a user's formula in the spent column
    expect(await syncsOf(excel, () => runner.read())).toBe(2);
    const snapshot = await runner.read();
    expect(await syncsOf(excel, () => runner.read())).toBe(1);
    const plan = snapshot.tables.find((t) => t.name === "ITA_Plan")!;
    expect(plan.formulas?.[1]?.[9]).toBe("=D3*0.8");
    expect(plan.formulas?.[0]?.[9]).toBeNull();
  });

  it("skips the body of a table known not to be a managed one, and notices when it becomes one", async () => {
    const excel = newWorkbook();
    excel.addSheet("Budget");
    excel.type("Budget", "A1", "เลขที่");
    excel.type("Budget", "B1", "สินค้า");
    for (let r = 2; r <= 2_001; r++) {
      excel.type("Budget", `A${r}`, r);
      excel.type("Budget", `B${r}`, `'รายการจัดซื้อจัดจ้างลำดับที่ ${r}`);
    }
    excel.addTable("Budget", "Purchases", "A1:B2001");
    const runner = officeRunner(excel);
    expect((await runner.read()).tables).toEqual([]);
    const before = excel.syncs.length;
    await runner.read();
    expect(excel.syncs.length - before).toBe(1);
    expect(excel.syncs[before]!.responseBytes).toBeLessThan(5_000);
    excel.findTable("Purchases")!.name = "ITA_Purchases"; // a user renames it
    excel.epoch++;
    const renamed = excel.syncs.length;
    const snapshot = await runner.read();
    expect(snapshot.tables.map((t) => [t.name, t.rows.length])).toEqual([["ITA_Purchases", 2_000]]);
    // The old name fails (ItemNotFound), then the lists, the new table's address, its contents.
    expect(excel.syncs.length - renamed).toBe(4);
  });

  it("splits what passes the response budget into row blocks, and reads the same", async () => {
    const excel = newWorkbook();
    const runner = officeRunner(excel);
    await command(runner, init);
    await command(runner, importRows("ITA_Plan", planRows(1_000)));
    const whole = await runner.read();
    const layout = layoutOf(whole);
    const before = excel.syncs.length;
    const split = await excel.run((c) => readSnapshot(c, { layout, budget: 60_000 }));
    const syncs = excel.syncs.slice(before);
    expect(syncs.length).toBeGreaterThan(5);
    for (const s of syncs.slice(1)) expect(s.responseBytes).toBeLessThan(80_000);
    expect(split).toEqual(whole);
  });
});

/** The same hand-made table, typed into Excel and built with ExcelJS. */
const HEADERS = ["ลำดับ", "โครงการ", "มิติ", "งบประมาณ", "ไตรมาส 1", "ไตรมาส 2", "ไตรมาส 3", "ไตรมาส 4"];
const ROWS: (string | number | boolean)[][] = [
  ["1", "อบรมคุณธรรม", 1, 0.1 + 0.2, true, false, true, false],
  ["2", "=เปิดเผยข้อมูล", 2, 12_345.678, false, false, false, true],
  ["3", "ประชุม", 3, -0, true, true, true, true],
];

function typedTable(): FakeExcel {
  const excel = newWorkbook();
  excel.addSheet("แผนงาน");
  [HEADERS, ...ROWS].forEach((row, r) =>
    row.forEach((v, c) =>
      excel.type("แผนงาน", `${String.fromCharCode(66 + c)}${r + 3}`, typeof v === "string" ? `'${v}` : v),
    ),
  );
  excel.type("แผนงาน", "C6", "#N/A"); // an error typed over the third project's name
  excel.addTable("แผนงาน", "Table1", "B3:I6");
  return excel;
}

function builtTable(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sheet1");
  const ws = wb.addWorksheet("แผนงาน");
  const rows = ROWS.map((r, i) => (i === 2 ? [r[0], { error: "#N/A" }, ...r.slice(2)] : r));
  ws.addTable({
    name: "Table1",
    ref: "B3",
    columns: HEADERS.map((name) => ({ name })),
    rows: rows as ExcelJS.CellValue[][],
  });
  return wb;
}

describe("what a read returns", () => {
  it("a table built by hand reads, and digests, the same as through the xlsx adapter", async () => {
    const excel = typedTable();
    const office = await excel.run((c) => readSnapshot(c));
    const xlsx = readXlsx(builtTable());
    expect(office.tables).toEqual(xlsx.tables);
    expect(office.tables[0]!.rows[2]![1]).toEqual({ error: "#N/A" });
    expect(office.tables[0]!.rows[1]![1]).toBe("=เปิดเผยข้อมูล");
  });

  it("reads the same without special cells (ExcelApi < 1.9: values, formulas and value types)", async () => {
    const excel = typedTable();
    excel.type("แผนงาน", "E5", "=2+3");
    const withSpecial = await excel.run((c) => readSnapshot(c));
    const fallback = await excel.run((c) => readSnapshot(c, { supports: without19 }));
    expect(fallback).toEqual(withSpecial);
    expect(fallback.tables[0]!.formulas?.[1]?.[3]).toBe("=2+3");
    expect(fallback.tables[0]!.rows[1]![3]).toBe(5);
  });
});
