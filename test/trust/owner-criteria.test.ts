import ExcelJS from "exceljs";
import { summaryOp } from "../../src/workbook/ops/summary";
import { applyPatch, readSnapshot, toBuffer } from "../../src/workbook/xlsx";
import { recalculateBuffers } from "../support/libreoffice";
import { NOW, seedWorkbook } from "./seed";

/**
 * Owner names are data: "กอง*" must not also count "กองคลัง", "?" must not match any letter,
 * and a name starting with "<" or "=" is not a comparison. LibreOffice recalculates the summary
 * the CLI writes; each owner's count and budget must be its own rows' only.
 */

jest.setTimeout(180_000);

const OWNERS: Record<string, string> = {
  I2: "กอง*",
  I3: "กองคลัง",
  I4: "กองคลัง",
  I5: "ก?งช่าง",
  I6: "กองช่าง",
  I7: "~สำนักปลัด",
  I8: "<5",
  I9: "=กองคลัง",
};

it("each owner's projects and budget in the recalculated summary are its own", async () => {
  const wb = seedWorkbook();
  const plan = wb.getWorksheet("ITA_Plan")!;
  for (const [cell, owner] of Object.entries(OWNERS)) plan.getCell(cell).value = owner;
  plan.getCell("D3").value = 100;
  plan.getCell("D4").value = 20;
  const snapshot = readSnapshot(wb);
  const result = summaryOp(snapshot, NOW, 2566);
  expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
  applyPatch(wb, result.patch, snapshot);
  const recalculated = (await recalculateBuffers([{ name: "owners", data: await toBuffer(wb) }])).get(
    "owners",
  )!;
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(
    recalculated.buffer.slice(
      recalculated.byteOffset,
      recalculated.byteOffset + recalculated.byteLength,
    ) as ArrayBuffer,
  );
  const summary = back.getWorksheet("สรุป")!;
  const rows = new Map<string, [unknown, unknown]>();
  summary.eachRow((row) => {
    const name = row.getCell(1).value;
    const value = (c: number) => {
      const v = row.getCell(c).value;
      // ExcelJS reads a cached 0 as no result.
      return typeof v === "object" && v !== null && "formula" in v ? (v.result ?? 0) : v;
    };
    if (typeof name === "string" && Object.values(OWNERS).includes(name))
      rows.set(name, [value(2), value(3)]);
  });
  expect(Object.fromEntries(rows)).toEqual({
    "กอง*": [1, 0],
    กองคลัง: [2, 120],
    "ก?งช่าง": [1, 0],
    กองช่าง: [1, 0],
    "~สำนักปลัด": [1, 0],
    "<5": [1, 0],
    "=กองคลัง": [1, 0],
  });
});
