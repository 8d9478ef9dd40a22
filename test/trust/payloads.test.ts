import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { run } from "../../src/cli/main";
import { importGrid, importText, type ImportResult } from "../../src/domain/import";
import { importOp } from "../../src/workbook/ops/import";
import { initOp } from "../../src/workbook/ops/init";
import { PAYLOADS } from "../fixtures/bad/payloads";
import { hasMarkup, PLAN_HEADER, TICK } from "../unit/import/helpers";
import { newWorkbook } from "../office/fake-excel";
import { officeRunner } from "../office/support";
import { NOW } from "./seed";

/**
 * Every payload of test/fixtures/bad/payloads.ts, as a project name, through the importer (text
 * and pasted range), the CLI (import, then the saved .xlsx read back) and the Office.js adapter:
 * it stays text — never a formula, never markup.
 */

jest.setTimeout(60_000);

/** Payloads a text export can hold on one line (a tab or a line break would start a new cell). */
const ONE_LINE = PAYLOADS.filter((p) => !/[\t\r\n]/.test(p.text));

const planText = (names: readonly string[]) =>
  [
    ...PLAN_HEADER.map((l) => l.join("\t")),
    ...names.map((name, i) => [String(i + 1), name, "1", "0.00", TICK, "", "", "", ""].join("\t")),
  ].join("\n");

const planGrid = (names: readonly string[]) => [
  PLAN_HEADER[0].map(String),
  PLAN_HEADER[1].map(String),
  ...names.map((name, i) => [i + 1, name, 1, 0, TICK, "", "", "", ""]),
];

const names = (result: ImportResult) =>
  result.tables.filter((t) => t.kind === "plan").flatMap((t) => t.rows.map((r) => r.values.name));

/** Characters the importer may drop or normalise: NUL, zero-width, bidi controls, entities. */
const hidden = (text: string) => text.includes("\u0000") || /[\u200b-\u200f\u202a-\u202e\ufeff&]/.test(text);

/** What the importer keeps of a payload: never markup, never a control character that hides text. */
function expectSafe(value: unknown): void {
  expect(typeof value === "string" || value === null).toBe(true);
  expect(hasMarkup(value)).toBe(false);
  expect(String(value ?? "")).not.toMatch(/<script|onerror\s*=|onload\s*=/i);
  expect(String(value ?? "")).not.toContain("\u0000");
}

describe("injection payloads", () => {
  it("holds at least 30 payloads, each starting character and markup kind covered", () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(30);
    for (const lead of ["=", "+", "-", "@", "\t", "\r"])
      expect(PAYLOADS.some((p) => p.text.startsWith(lead))).toBe(true);
    expect(PAYLOADS.filter((p) => p.markup).length).toBeGreaterThanOrEqual(4);
    expect(new Set(PAYLOADS.map((p) => p.id)).size).toBe(PAYLOADS.length);
  });

  it("the importer keeps each one-line payload as text and flags the formula-like ones at their line", () => {
    const result = importText(planText(ONE_LINE.map((p) => p.text)));
    const got = names(result);
    expect(got).toHaveLength(ONE_LINE.length);
    got.forEach(expectSafe);
    ONE_LINE.forEach((p, i) => {
      const line = PLAN_HEADER.length + i + 1;
      const flagged = result.problems.some((q) => q.code === "import.value.formulaLike" && q.line === line);
      if (p.formulaLike) expect({ id: p.id, flagged }).toEqual({ id: p.id, flagged: true });
      if (!p.markup && !p.formulaLike && !hidden(p.text))
        expect({ id: p.id, name: got[i] }).toEqual({ id: p.id, name: p.text.trim() });
    });
  });

  it("a pasted range keeps every payload, tabs and line breaks too, as text", () => {
    const result = importGrid(planGrid(PAYLOADS.map((p) => p.text)), { sheet: "วาง", topLeft: "A1" });
    const got = names(result);
    expect(got).toHaveLength(PAYLOADS.length);
    got.forEach(expectSafe);
    for (const [i, p] of PAYLOADS.entries()) {
      if (!p.formulaLike) continue;
      const cell = `B${PLAN_HEADER.length + i + 1}`;
      expect({ id: p.id, flagged: result.problems.some((q) => q.cell === cell) }).toEqual({
        id: p.id,
        flagged: true,
      });
    }
  });

  it("the CLI imports them into an .xlsx whose cells are strings, with no formula anywhere", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ita-payload-"));
    try {
      writeFileSync(join(dir, "plan.txt"), planText(ONE_LINE.map((p) => p.text)));
      let output = "";
      const io = { cwd: dir, now: () => NOW, stdout: (t: string) => (output += t), isTTY: false };
      const code = await run(["import", "plan.txt", "-o", "out.xlsx"], {
        ...io,
        stderr: (t) => (output += t),
      });
      expect({ code, crash: /\n\s+at /.test(output) }).toEqual({ code: 0, crash: false });
      const bytes = readFileSync(join(dir, "out.xlsx"));
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      );
      const ws = wb.getWorksheet("ITA_Plan")!;
      const column = ws.getRow(1).values as unknown[];
      const nameColumn = column.findIndex((h) => h === "โครงการ/มาตรการ/กิจกรรม");
      const imported = names(importText(planText(ONE_LINE.map((p) => p.text))));
      const cells = ONE_LINE.map((_, i) => ws.getCell(i + 2, nameColumn));
      for (const [i, cell] of cells.entries()) {
        // A payload that was nothing but markup leaves an empty name, never the markup.
        const empty = imported[i] === null || imported[i] === "";
        expect({ id: ONE_LINE[i]!.id, formula: cell.formula, type: cell.type }).toEqual({
          id: ONE_LINE[i]!.id,
          formula: undefined,
          type: empty ? ExcelJS.ValueType.Null : ExcelJS.ValueType.String,
        });
        expect(cell.value ?? null).toEqual(empty ? null : imported[i]);
        expectSafe(cell.value ?? null);
      }
      const zip = await JSZip.loadAsync(bytes);
      for (const name of Object.keys(zip.files).filter((n) => n.startsWith("xl/worksheets/sheet"))) {
        const xml = await zip.file(name)!.async("string");
        expect({ name, formula: /<f[ >]/.test(xml) }).toEqual({ name, formula: false });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the Office.js adapter writes each payload as text (no formula, no error) in ITA_Plan", async () => {
    const excel = newWorkbook();
    const runner = officeRunner(excel);
    const first = await runner.read();
    await runner.apply(initOp(first, { fiscalYear: 2567, now: NOW }).patch, first);
    const imported = importGrid(planGrid(PAYLOADS.map((p) => p.text)), { sheet: "วาง", topLeft: "A1" });
    const snapshot = await runner.read();
    const result = importOp(snapshot, imported.tables, { now: NOW, fallbackYear: 2567 });
    expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
    await runner.apply(result.patch, snapshot);
    const written = names(imported);
    for (const [i, text] of written.entries()) {
      const cell = excel.cell("ITA_Plan", `B${i + 2}`);
      expect({ id: PAYLOADS[i]!.id, value: cell.value, formula: cell.formula, error: cell.error }).toEqual({
        id: PAYLOADS[i]!.id,
        value: text ?? "",
        formula: undefined,
        error: undefined,
      });
    }
    const back = (await runner.read()).tables.find((t) => t.name === "ITA_Plan")!;
    expect(back.formulas).toBeUndefined();
  });
});
