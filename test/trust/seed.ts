import ExcelJS from "exceljs";
import { sampleFillOp, sampleInitOp } from "../../src/workbook/ops/sample";
import { applyPatch, readSnapshot, toBuffer } from "../../src/workbook/xlsx";

/** The clock of every trust test: the seed's log and the CLI's "now". */
export const NOW = new Date("2026-11-22T03:00:00Z");

/** The seed workbook of the corpus: built by the sample ops from seeds 001 and 003. */
export function seedWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const op of [sampleInitOp, sampleFillOp]) {
    const snapshot = readSnapshot(wb);
    const result = op(snapshot, { now: NOW });
    if (result.problems.some((p) => p.severity === "error")) throw new Error("the seed ops failed");
    applyPatch(wb, result.patch, snapshot);
  }
  return wb;
}

let cached: Promise<Buffer> | undefined;
/** The seed as .xlsx bytes (built once). */
export function seedBytes(): Promise<Buffer> {
  cached ??= toBuffer(seedWorkbook());
  return cached;
}
