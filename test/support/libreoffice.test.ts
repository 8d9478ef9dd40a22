/**
 * The LibreOffice harness recalculates (it does not echo the cached results ExcelJS wrote), reads back
 * numbers, text, booleans, errors and empty results, handles Thai structured references, converts many
 * files in one soffice run, and fails loudly: missing soffice, missing or corrupt inputs, timeouts.
 */
import { existsSync, promises as fs, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import {
  SOFFICE_MISSING_MESSAGE,
  readComputed,
  recalculate,
  recalculateBuffers,
  removeOutputs,
  type CellRef,
  type ComputedValue,
} from "./libreoffice";

jest.setTimeout(120_000);

/** A deliberately wrong cached result: if it is read back, nothing was recalculated. */
const WRONG = 999;

function expectCents(actual: ComputedValue | undefined, expected: number): void {
  expect(typeof actual).toBe("number");
  const value = actual as number;
  expect(Math.round(value * 100)).toBe(Math.round(expected * 100));
  expect(Math.abs(value - expected)).toBeLessThan(1e-9);
}

async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function readBuffer(data: Buffer, cells: CellRef[]): Promise<Record<string, ComputedValue>> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "ita-lo-test-"));
  try {
    const file = path.join(dir, "read.xlsx");
    await fs.writeFile(file, data);
    return await readComputed(file, cells);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

let scratch: string;
beforeAll(async () => {
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), "ita-lo-test-"));
});
afterAll(async () => {
  await fs.rm(scratch, { recursive: true, force: true });
});

describe("recalculate with LibreOffice", () => {
  interface PlanRow {
    dimension: number;
    activity: string;
    budget: number;
    q1: boolean;
    score: number;
  }
  const ROWS: PlanRow[] = [
    { dimension: 1, activity: "เผยแพร่ข้อมูลพื้นฐาน", budget: 12500.5, q1: true, score: 85 },
    { dimension: 3, activity: "จัดซื้อจัดจ้าง", budget: 30000.25, q1: false, score: 72.5 },
    { dimension: 3, activity: "รายงานผลการใช้จ่ายงบประมาณ", budget: 4999.75, q1: true, score: 90 },
    { dimension: 2, activity: "อบรมจริยธรรม", budget: 86.49, q1: false, score: 66 },
    { dimension: 5, activity: "ช่องทางร้องเรียนการทุจริต", budget: 1200, q1: true, score: 100 },
    { dimension: 3, activity: "แผนป้องกันการทุจริต", budget: 350.1, q1: true, score: 81.25 },
  ];
  const BUDGET = "งบประมาณ (บาท)";
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

  function planWorkbook(): ExcelJS.Workbook {
    const workbook = new ExcelJS.Workbook();
    const data = workbook.addWorksheet("ข้อมูล");
    data.getCell("A1").value = 1.25;
    data.getCell("A2").value = 2.5;
    data.getCell("A3").value = 3;
    data.getCell("B1").value = { formula: "SUM(A1:A3)", result: WRONG };
    data.getCell("C1").value = true;
    data.getCell("C2").value = false;
    data.getCell("C3").value = "ข้อความ";

    const plan = workbook.addWorksheet("แผน");
    plan.addTable({
      name: "ITA_Plan",
      ref: "A1",
      headerRow: true,
      totalsRow: true,
      columns: [
        { name: "มิติ", totalsRowLabel: "รวม" },
        { name: "กิจกรรม" },
        { name: BUDGET, totalsRowFunction: "sum" },
        { name: "ไตรมาส 1" },
        { name: "คะแนน" },
        { name: "คะแนนถ่วง" },
      ],
      rows: ROWS.map((row) => [
        row.dimension,
        row.activity,
        row.budget,
        row.q1,
        row.score,
        // Files spell "this row" as [#This Row]; Excel's [@คะแนน] is only how it displays it.
        { formula: "ITA_Plan[[#This Row],[คะแนน]]*2", result: WRONG },
      ]),
    });

    const summary = workbook.addWorksheet("สรุป");
    const formulas: [string, string][] = [
      ["B1", `SUM(ITA_Plan[${BUDGET}])`],
      ["B2", `SUMIFS(ITA_Plan[${BUDGET}],ITA_Plan[มิติ],3)`],
      ["B3", "COUNTIF(ITA_Plan[ไตรมาส 1],TRUE)"],
      ["B4", "ROUND(86.495,2)"],
      ["B5", "AVERAGEIFS(ITA_Plan[คะแนน],ITA_Plan[มิติ],3)"],
      ["B6", 'IFERROR(1/0,"ไม่มีข้อมูล")'],
      ["B7", "IFERROR(AVERAGEIFS(ITA_Plan[คะแนน],ITA_Plan[มิติ],9),0)"],
      ["B8", "INDEX(ITA_Plan[กิจกรรม],MATCH(5,ITA_Plan[มิติ],0))"],
      ["B9", `SUMPRODUCT(ITA_Plan[${BUDGET}],--ITA_Plan[ไตรมาส 1])`],
      ["B10", `SUMPRODUCT((ITA_Plan[มิติ]=3)*ITA_Plan[${BUDGET}])`],
      ["B11", `ROUND(SUM(ITA_Plan[${BUDGET}])*0.07,2)`],
      ["B12", "1/0"],
      ["B13", "COUNTIF(ITA_Plan[ไตรมาส 1],FALSE)"],
      ["B14", `ITA_Plan[[#Totals],[${BUDGET}]]`],
      ["B15", "SUM('ข้อมูล'!A1:A3)"],
      ["B16", `SUM(ITA_Plan[${BUDGET}])>1000000`],
      ["B17", '""'],
      ["B18", `INDEX(ITA_Plan[[#Headers],[${BUDGET}]],1)`],
      ["B19", "SUM(ITA_Plan[คะแนนถ่วง])"],
      ["B20", "COUNTIFS(ITA_Plan[มิติ],3,ITA_Plan[ไตรมาส 1],TRUE)"],
    ];
    for (const [address, formula] of formulas) {
      summary.getCell(address).value = { formula, result: WRONG };
    }
    return workbook;
  }

  test("recomputes every formula, Thai structured references included, and reads each kind of value", async () => {
    const outputs = await recalculateBuffers([
      { name: "แผน ITA.xlsx", data: await toBuffer(planWorkbook()) },
    ]);
    const data = outputs.get("แผน ITA.xlsx");
    expect(data).toBeDefined();

    const s = (address: string): CellRef => ({ sheet: "สรุป", address });
    const cells: CellRef[] = [
      ...Array.from({ length: 20 }, (_, i) => s(`B${i + 1}`)),
      ...["A1", "B1", "C1", "C2", "C3", "D1"].map((address) => ({ sheet: "ข้อมูล", address })),
      ...["C8", "D2", "D3", "F2", "F7"].map((address) => ({ sheet: "แผน", address })),
    ];
    const v = await readBuffer(data!, cells);

    const budgets = ROWS.map((r) => r.budget);
    const dim3 = ROWS.filter((r) => r.dimension === 3);
    expectCents(v["สรุป!B1"], sum(budgets));
    expectCents(v["สรุป!B2"], sum(dim3.map((r) => r.budget)));
    expect(v["สรุป!B3"]).toBe(ROWS.filter((r) => r.q1).length);
    expect(v["สรุป!B4"]).toBe(86.5);
    expectCents(v["สรุป!B5"], sum(dim3.map((r) => r.score)) / dim3.length);
    expect(v["สรุป!B6"]).toBe("ไม่มีข้อมูล");
    expect(v["สรุป!B7"]).toBe(0);
    expect(v["สรุป!B8"]).toBe("ช่องทางร้องเรียนการทุจริต");
    expectCents(v["สรุป!B9"], sum(ROWS.filter((r) => r.q1).map((r) => r.budget)));
    expectCents(v["สรุป!B10"], sum(dim3.map((r) => r.budget)));
    expectCents(v["สรุป!B11"], Math.round(sum(budgets) * 0.07 * 100) / 100);
    expect(v["สรุป!B12"]).toBe("#DIV/0!");
    expect(v["สรุป!B13"]).toBe(ROWS.filter((r) => !r.q1).length);
    expectCents(v["สรุป!B14"], sum(budgets));
    expect(v["สรุป!B15"]).toBe(6.75);
    expect(v["สรุป!B16"]).toBe(false);
    expect(v["สรุป!B17"]).toBe("");
    expect(v["สรุป!B18"]).toBe(BUDGET);
    expectCents(v["สรุป!B19"], sum(ROWS.map((r) => r.score * 2)));
    expect(v["สรุป!B20"]).toBe(dim3.filter((r) => r.q1).length);

    expect(v["ข้อมูล!A1"]).toBe(1.25);
    expect(v["ข้อมูล!B1"]).toBe(6.75);
    expect(v["ข้อมูล!C1"]).toBe(true);
    expect(v["ข้อมูล!C2"]).toBe(false);
    expect(v["ข้อมูล!C3"]).toBe("ข้อความ");
    expect(v["ข้อมูล!D1"]).toBeNull();
    expectCents(v["แผน!C8"], sum(budgets)); // the totals row
    expect(v["แผน!D2"]).toBe(true);
    expect(v["แผน!D3"]).toBe(false);
    expect(v["แผน!F2"]).toBe(ROWS[0]!.score * 2);
    expect(v["แผน!F7"]).toBe(ROWS[5]!.score * 2);

    // Nothing above is the wrong cached value ExcelJS wrote.
    expect(Object.values(v)).not.toContain(WRONG);
  });

  test("recalculates 25 workbooks in one call, each to its own output", async () => {
    interface Generated {
      file: string;
      values: number[];
      dims: number[];
    }
    const generated: Generated[] = [];
    for (let i = 0; i < 25; i++) {
      const values = Array.from(
        { length: 3 + (i % 5) },
        (_, k) => Math.round((i + 1) * (k + 1.37) * 100) / 100,
      );
      const dims = values.map((_, k) => ((i + k) % 3) + 1);
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("ตัวชี้วัด");
      sheet.addTable({
        name: "ITA_Plan",
        ref: "A1",
        headerRow: true,
        columns: [{ name: "มิติ" }, { name: BUDGET }],
        rows: values.map((value, k) => [dims[k]!, value]),
      });
      const f = (address: string, formula: string): void => {
        sheet.getCell(address).value = { formula, result: WRONG };
      };
      f("E1", `"wb-"&${i}`);
      f("E2", `SUM(ITA_Plan[${BUDGET}])`);
      f("E3", `SUMIFS(ITA_Plan[${BUDGET}],ITA_Plan[มิติ],1)`);
      f("E4", `ROUND(SUM(ITA_Plan[${BUDGET}])/3,2)`);
      f("E5", `COUNTIF(ITA_Plan[มิติ],">1")`);
      // Several inputs share a base name in different directories: outputs must not collide.
      const dir = path.join(scratch, `batch-${i % 2}`);
      await fs.mkdir(dir, { recursive: true });
      const file = path.join(dir, `workbook-${Math.floor(i / 2)}.xlsx`);
      await workbook.xlsx.writeFile(file);
      generated.push({ file, values, dims });
    }

    const started = Date.now();
    const outputs = await recalculate(generated.map((g) => g.file));
    console.log(`LibreOffice recalculated 25 workbooks in one call in ${Date.now() - started} ms`);
    try {
      expect(new Set(outputs.values()).size).toBe(25);
      for (const [i, g] of generated.entries()) {
        const output = outputs.get(g.file);
        expect(output).toBeDefined();
        const cells = ["E1", "E2", "E3", "E4", "E5"].map((address) => ({ sheet: "ตัวชี้วัด", address }));
        const v = await readComputed(output!, cells);
        const total = sum(g.values);
        expect(v["ตัวชี้วัด!E1"]).toBe(`wb-${i}`);
        expectCents(v["ตัวชี้วัด!E2"], total);
        expectCents(v["ตัวชี้วัด!E3"], sum(g.values.filter((_, k) => g.dims[k] === 1)));
        expectCents(v["ตัวชี้วัด!E4"], Math.round((total / 3) * 100) / 100);
        expect(v["ตัวชี้วัด!E5"]).toBe(g.dims.filter((d) => d > 1).length);
      }
    } finally {
      await removeOutputs(outputs);
    }
    for (const output of outputs.values()) expect(existsSync(output)).toBe(false);
  });

  test("an empty list of inputs starts nothing", async () => {
    await expect(recalculate([])).resolves.toEqual(new Map());
  });
});

describe("LibreOffice harness errors", () => {
  async function smallWorkbook(file: string): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("S").getCell("A1").value = { formula: "1+1", result: WRONG };
    await workbook.xlsx.writeFile(file);
    return file;
  }

  test("a missing soffice is an error telling how to install it, never a skip", async () => {
    const good = await smallWorkbook(path.join(scratch, "no-soffice.xlsx"));
    const emptyBin = await fs.mkdtemp(path.join(os.tmpdir(), "ita-lo-test-bin-"));
    const savedPath = process.env.PATH;
    process.env.PATH = emptyBin;
    try {
      await expect(recalculate([good])).rejects.toThrow(SOFFICE_MISSING_MESSAGE);
    } finally {
      process.env.PATH = savedPath;
      await fs.rm(emptyBin, { recursive: true, force: true });
    }
  });

  test("soffice exiting non-zero is an error carrying its stderr, without the javaldx noise", async () => {
    const good = await smallWorkbook(path.join(scratch, "exit-code.xlsx"));
    const bin = await fs.mkdtemp(path.join(os.tmpdir(), "ita-lo-test-bin-"));
    const fake = path.join(bin, "soffice");
    await fs.writeFile(
      fake,
      "#!/bin/sh\necho 'Warning: failed to launch javaldx - java may not function correctly' >&2\n" +
        "echo 'boom: user installation could not be completed' >&2\nexit 3\n",
      { mode: 0o755 },
    );
    const savedPath = process.env.PATH;
    process.env.PATH = `${bin}${path.delimiter}${savedPath ?? ""}`;
    try {
      const run = recalculate([good]);
      await expect(run).rejects.toThrow(
        "LibreOffice (soffice) exited with code 3 recalculating 1 file(s): boom: user installation could not be completed",
      );
      await expect(run).rejects.not.toThrow(/javaldx/);
    } finally {
      process.env.PATH = savedPath;
      await fs.rm(bin, { recursive: true, force: true });
    }
  });

  test("a non-existent input is named", async () => {
    const good = await smallWorkbook(path.join(scratch, "exists.xlsx"));
    const missing = path.join(scratch, "ไม่มีไฟล์นี้.xlsx");
    const error = recalculate([good, missing]);
    await expect(error).rejects.toThrow(missing);
    await expect(error).rejects.toThrow(/no such file/);
  });

  test("a corrupt or truncated .xlsx is named as the input with no output; the good one is not", async () => {
    const good = await smallWorkbook(path.join(scratch, "good.xlsx"));
    const corrupt = path.join(scratch, "corrupt.xlsx");
    await fs.writeFile(corrupt, "this is not a zip file");
    const truncated = path.join(scratch, "truncated.xlsx");
    await fs.writeFile(truncated, readFileSync(good).subarray(0, 400));

    const run = recalculate([good, corrupt, truncated]);
    await expect(run).rejects.toThrow(/no recalculated output for 2 of 3 input\(s\)/);
    const message = await run.then(
      () => "",
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    expect(message).toContain(corrupt);
    expect(message).toContain(truncated);
    expect(message).not.toContain(good);
    expect(message).not.toMatch(/javaldx/);
  });

  test("recalculateBuffers names the caller's file, not its temporary copy", async () => {
    const good = await toBuffer(planlessWorkbook());
    await expect(
      recalculateBuffers([
        { name: "ok.xlsx", data: good },
        { name: "เสีย.xlsx", data: Buffer.from("garbage") },
      ]),
    ).rejects.toThrow(/"เสีย\.xlsx"/);
    await expect(
      recalculateBuffers([
        { name: "x", data: good },
        { name: "x", data: good },
      ]),
    ).rejects.toThrow(/given twice/);
  });

  test("a timeout kills soffice's whole process group", async () => {
    const good = await smallWorkbook(path.join(scratch, "slow.xlsx"));
    const run = recalculate([good], { timeoutMs: 300 });
    await expect(run).rejects.toThrow(/did not finish within 300 ms/);
    const message = await run.then(
      () => "",
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    const group = Number(/process group (\d+)/.exec(message)?.[1]);
    expect(group).toBeGreaterThan(0);
    expect(livingMembersOf(group)).toEqual([]);
  });

  test("readComputed names a missing sheet and rejects a bad address", async () => {
    const file = await smallWorkbook(path.join(scratch, "read.xlsx"));
    await expect(readComputed(file, [{ sheet: "ไม่มี", address: "A1" }])).rejects.toThrow(
      /no sheet "ไม่มี" \(it has "S"\)/,
    );
    await expect(readComputed(file, [{ sheet: "S", address: "A0" }])).rejects.toThrow(/not a cell address/);
    // Without recalculation, the cached (wrong) result is what the file says.
    await expect(readComputed(file, [{ sheet: "S", address: "$A$1" }])).resolves.toEqual({ "S!$A$1": WRONG });
  });
});

function planlessWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("S").getCell("A1").value = 1;
  return workbook;
}

/** Processes (not zombies) still in the given process group, from /proc. */
function livingMembersOf(group: number): number[] {
  const living: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // exited meanwhile
    }
    // pid (comm) state ppid pgrp …; comm may contain spaces and parentheses
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (fields[0] !== "Z" && Number(fields[2]) === group) living.push(Number(entry));
  }
  return living;
}
