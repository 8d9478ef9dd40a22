import ExcelJS from "exceljs";
import JSZip from "jszip";
import type {
  CellWrite,
  ColumnSpec,
  Patch,
  PatchStep,
  Snapshot,
  TableSnapshot,
} from "../../../src/workbook/model";
import type { Problem } from "../../../src/domain/problem";
import { PatchRefusedError, readWorkbook, toBuffer } from "../../../src/workbook/xlsx";

/** Helpers for the .xlsx adapter tests: whole-workbook cell listings, round trips, patches. */

function jsonValue(v: unknown): unknown {
  return v instanceof Date ? { date: v.toISOString() } : v;
}

/**
 * Every cell of every sheet that holds a value or a number format, "Sheet!A1" → JSON of value,
 * formula and number format: two listings are equal when no cell was changed.
 */
export function cellMap(wb: ExcelJS.Workbook): Map<string, string> {
  const map = new Map<string, string>();
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const value: unknown = cell.value;
        const numFmt = cell.numFmt ?? null;
        if ((value === null || value === undefined) && numFmt === null) return;
        const formula: unknown = cell.formula;
        map.set(
          `${ws.name}!${cell.address}`,
          JSON.stringify({ value: jsonValue(value), formula: formula ?? null, numFmt }),
        );
      });
    });
  }
  return map;
}

/** The entries of a listing whose cell is not in `skip` (a predicate on "Sheet!A1"). */
export function without(map: Map<string, string>, skip: (key: string) => boolean): Map<string, string> {
  return new Map([...map].filter(([key]) => !skip(key)));
}

export async function roundTrip(
  wb: ExcelJS.Workbook,
): Promise<{ workbook: ExcelJS.Workbook; snapshot: Snapshot }> {
  return readWorkbook(await toBuffer(wb), "round-trip.xlsx");
}

/** Bytes of a workbook built directly with ExcelJS, the way a user's file would arrive. */
export async function bytesOf(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function patch(steps: PatchStep[], extra: Partial<Omit<Patch, "steps">> = {}): Patch {
  return { op: "test", steps, mustBeEmpty: [], log: [], ...extra };
}

export function tableStep(
  sheet: string,
  table: string,
  topLeft: string,
  columns: ColumnSpec[],
  rows: CellWrite[][],
  expect?: string,
): PatchStep {
  const step: PatchStep = { kind: "writeTable", sheet, table, topLeft, columns, rows };
  if (expect !== undefined) step.expect = expect;
  return step;
}

export const headers = (...names: string[]): ColumnSpec[] => names.map((header) => ({ header }));

export function tableOf(snapshot: Snapshot, name: string): TableSnapshot {
  const table = snapshot.tables.find((t) => t.name === name);
  if (!table) throw new Error(`no table ${name} in ${snapshot.tables.map((t) => t.name).join(", ")}`);
  return table;
}

/** Every file of the package by path, as text (the XML parts). */
export async function packageParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const path of Object.keys(zip.files)) {
    if (path.endsWith(".xml") || path.endsWith(".rels"))
      parts.set(path, await zip.file(path)!.async("string"));
  }
  return parts;
}

const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The text of every <f> element of every worksheet: the formulas the package holds. */
export async function formulaElements(bytes: Uint8Array): Promise<string[]> {
  const found: string[] = [];
  for (const [path, xml] of await packageParts(bytes)) {
    if (!path.startsWith("xl/worksheets/")) continue;
    for (const m of xml.matchAll(/<f(?:\s[^>]*)?>([^<]*)<\/f>/g)) found.push(decodeXml(m[1]!));
  }
  return found;
}

/** The problems of a refused patch; fails when `apply` does not refuse. */
export function refusedWith(apply: () => unknown): Problem[] {
  try {
    apply();
  } catch (e) {
    if (e instanceof PatchRefusedError) return e.problems;
    throw e;
  }
  throw new Error("the patch was applied, not refused");
}
