/**
 * An op interrupted half-way leaves the .xlsx as it was. Each op's patch is applied with a fault
 * injected at its k-th write (a step starting, or one cell given a value), for k over the whole
 * run; every failed apply must leave the workbook's package identical to the original's, part by
 * part, and applying the same patch again must then give what an uninterrupted apply gives.
 */
import ExcelJS from "exceljs";
import type { Patch, Snapshot } from "../../src/workbook/model";
import { listBackups } from "../../src/workbook/ops/backup";
import { flagWeakOp } from "../../src/workbook/ops/flag-weak";
import { initOp } from "../../src/workbook/ops/init";
import { restoreBackupOp } from "../../src/workbook/ops/restore";
import { writeRowsOp } from "../../src/workbook/ops/rows";
import { summaryOp } from "../../src/workbook/ops/summary";
import * as conditional from "../../src/workbook/xlsx/conditional";
import * as putCells from "../../src/workbook/xlsx/put-cells";
import * as sheets from "../../src/workbook/xlsx/sheets";
import * as writeTable from "../../src/workbook/xlsx/write-table";
import { applyPatch, readSnapshot, readWorkbook, toBuffer } from "../../src/workbook/xlsx";
import { seed001PlanRows, seed003Indicators, seed003Score } from "../fixtures/seeds";
import { apply, buildWorkbook, NOW, YEAR } from "./support/build";
import { packageParts } from "./support/xlsx";

jest.setTimeout(120_000);

class Fault extends Error {}

/** Counts writes; throws a Fault at the `at`-th (never when `at` is 0). */
const counter = { at: 0, seen: 0 };
function tick(): void {
  counter.seen++;
  if (counter.at > 0 && counter.seen === counter.at) throw new Fault(`fault at write ${counter.at}`);
}

beforeAll(() => {
  const cell = Object.getPrototypeOf(new ExcelJS.Workbook().addWorksheet("x").getCell("A1")) as object;
  const descriptor = Object.getOwnPropertyDescriptor(cell, "value")!;
  Object.defineProperty(cell, "value", {
    ...descriptor,
    set(this: unknown, v: unknown) {
      tick();
      descriptor.set!.call(this, v);
    },
  });
  const spy = <M extends object>(module: M, name: keyof M & string) => {
    const original = (module as Record<string, (...a: unknown[]) => unknown>)[name]!;
    jest.spyOn(module as Record<string, (...a: unknown[]) => unknown>, name).mockImplementation((...a) => {
      tick();
      return original(...a);
    });
  };
  spy(sheets, "ensureSheet");
  spy(sheets, "setColumnWidths");
  spy(sheets, "sheetSetup");
  spy(sheets, "clearSheet");
  spy(putCells, "putCells");
  spy(writeTable, "writeTable");
  spy(conditional, "setConditionalFormats");
});

async function load(bytes: Uint8Array) {
  return (await readWorkbook(bytes, "base.xlsx")).workbook;
}

/** What an op plans against a workbook: its patch and the snapshot it was read from. */
type Plan = (wb: ExcelJS.Workbook) => { patch: Patch; snapshot: Snapshot };

const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

/** A filled workbook whose plan was replaced once (so it holds a backup to restore). */
async function baseBytes(): Promise<Uint8Array> {
  const { workbook } = buildWorkbook({
    question: seed003Score,
    indicators: seed003Indicators(),
    plan: seed001PlanRows(),
  });
  apply(
    workbook,
    writeRowsOp(readSnapshot(workbook), "ITA_Plan", [{ seq: "1", name: "=แทน", dimension: 1, budget: 0 }], {
      mode: "replace",
      now: later(1),
      fallbackYear: YEAR,
    }),
  );
  workbook.addWorksheet("งานของฉัน").getCell("B2").value = "ของผู้ใช้";
  return toBuffer(workbook);
}

const plain =
  (op: (s: Snapshot) => { patch: Patch }): Plan =>
  (wb) => {
    const snapshot = readSnapshot(wb, { backups: true });
    return { patch: op(snapshot).patch, snapshot };
  };

/** A workbook of the user's own, before init. */
async function usersBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("งานของฉัน").getCell("B2").value = "ของผู้ใช้";
  return toBuffer(wb);
}

const OPS: [string, Plan, "fresh" | "filled"][] = [
  ["init", plain((s) => initOp(s, { fiscalYear: YEAR, now: later(5) })), "fresh"],
  [
    "import (replace rows)",
    plain((s) =>
      writeRowsOp(s, "ITA_Plan", seed001PlanRows().slice(0, 5), {
        mode: "replace",
        now: later(5),
        fallbackYear: YEAR,
      }),
    ),
    "filled",
  ],
  ["summary", plain((s) => summaryOp(s, later(5), YEAR)), "filled"],
  ["flag weak", plain((s) => flagWeakOp(s, later(5), YEAR)), "filled"],
  [
    "restore",
    plain((s) => restoreBackupOp(s, listBackups(s)[0]!.sheet, { now: later(5), fallbackYear: YEAR })),
    "filled",
  ],
];

/** About `n` fault points spread over 1..total, always the first and the last. */
function points(total: number, n: number): number[] {
  if (total <= n) return Array.from({ length: total }, (_, i) => i + 1);
  const step = (total - 1) / (n - 1);
  return [...new Set(Array.from({ length: n }, (_, i) => 1 + Math.round(i * step)))];
}

/** Parts that differ, each with the text around the first difference (short, for a readable failure). */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const out: string[] = [];
  // ExcelJS gives each data bar a fresh random id at every save: not a change of the workbook.
  const stable = (xml: string) =>
    xml.replace(/\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}/g, "{id}");
  for (const part of new Set([...a.keys(), ...b.keys()])) {
    const x = stable(a.get(part) ?? "");
    const y = stable(b.get(part) ?? "");
    if (x === y) continue;
    let i = 0;
    while (i < x.length && x[i] === y[i]) i++;
    out.push(`${part}@${i}: ${x.slice(i - 60, i + 80)} ≠ ${y.slice(i - 60, i + 80)}`);
  }
  return out;
}

const outcomes: Record<string, { faults: number; writes: number; unchanged: number }> = {};

afterAll(() => {
  // The figure the note reports.
  console.log(
    "interrupted xlsx applies (op: fault points / writes per apply / left unchanged):\n" +
      Object.entries(outcomes)
        .map(([op, o]) => `  ${op}: ${o.faults} / ${o.writes} / ${o.unchanged}`)
        .join("\n"),
  );
});

describe("an op interrupted half-way (xlsx)", () => {
  const bases = new Map<string, { bytes: Uint8Array; parts: Map<string, string> }>();
  beforeAll(async () => {
    for (const [kind, bytes] of [
      ["fresh", await usersBytes()],
      ["filled", await baseBytes()],
    ] as const)
      bases.set(kind, { bytes, parts: await packageParts(await toBuffer(await load(bytes))) });
  });

  it.each(OPS)("%s: a fault at any write leaves the workbook as it was", async (name, plan, kind) => {
    const { bytes: base, parts: original } = bases.get(kind)!;
    // An uninterrupted apply: how many writes it makes, and what it leaves.
    const clean = await load(base);
    const cleanPlan = plan(clean);
    counter.at = 0;
    counter.seen = 0;
    applyPatch(clean, cleanPlan.patch, cleanPlan.snapshot);
    const writes = counter.seen;
    expect(writes).toBeGreaterThan(0);
    const applied = await packageParts(await toBuffer(clean));
    expect(applied).not.toEqual(original);

    const record = { faults: 0, writes, unchanged: 0 };
    for (const k of points(writes, 24)) {
      const wb = await load(base);
      const { patch, snapshot } = plan(wb);
      counter.at = k;
      counter.seen = 0;
      expect(() => applyPatch(wb, patch, snapshot)).toThrow(Fault);
      counter.at = 0;
      record.faults++;
      expect(differences(await packageParts(await toBuffer(wb)), original)).toEqual([]);
      record.unchanged++;
      // Fixed by re-running: the same op, planned again, gives the uninterrupted result.
      if (k === 1 || k === writes) {
        const again = plan(wb);
        applyPatch(wb, again.patch, again.snapshot);
        expect(differences(await packageParts(await toBuffer(wb)), applied)).toEqual([]);
      }
    }
    outcomes[name] = record;
  });
});
