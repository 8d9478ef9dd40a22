/**
 * Workbooks written by the adapter, recalculated by LibreOffice (an engine that is not ours), must
 * show on their summary sheet the figures the core computes, to the cent. This is what a reviewer
 * without the add-in sees.
 */
import ExcelJS from "exceljs";
import { seed001PlanRows, seed003Indicators, seed003Score } from "../fixtures/seeds";
import { roundHalfUp } from "../../src/domain/round";
import type { WorkbookModel } from "../../src/workbook/ops/read-model";
import { toBuffer } from "../../src/workbook/xlsx";
import { recalculateBuffers } from "../support/libreoffice";
import { buildWorkbook, type Fill } from "./support/build";

jest.setTimeout(180_000);

/** A cell's value, or its formula's cached result (ExcelJS drops 0, false and "" from `value`). */
const plain = (cell: ExcelJS.Cell): unknown => {
  if (cell.formula) return cell.result ?? "";
  const v = cell.value;
  if (v && typeof v === "object" && "error" in v) return v.error;
  return v ?? null;
};

/** The summary sheet as a reviewer reads it: figures found by their labels in column A. */
function readSummary(data: Buffer) {
  return (async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("สรุป")!;
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      rows[n] = Array.from({ length: 14 }, (_, i) => plain(row.getCell(i + 1)));
    });
    const find = (label: string, from = 1) => rows.findIndex((r, i) => i >= from && r?.[0] === label);
    const at = (label: string, col = 2, from = 1) => rows[find(label, from)]?.[col - 1] ?? null;
    const indicatorHeader = find("ตัวชี้วัดที่");
    const indicators = Array.from({ length: 10 }, (_, k) => rows[indicatorHeader + 1 + k]!);
    const dimHeader = find("มิติ");
    const quarterHeader = find("ไตรมาส");
    return {
      overall: at("คะแนนรวม"),
      tools: { IIT: at("IIT"), EIT: at("EIT"), OIT: at("OIT") },
      level: at("ระดับ"),
      used: indicators.map((r) => r[9] ?? null),
      weak: indicators.flatMap((r) => (r[11] ? [r[0]] : [])),
      projects: at("จำนวนโครงการ"),
      budget: at("งบประมาณ (บาท)"),
      spent: at("เบิกจ่ายจริง (บาท)"),
      byDimension: [1, 2, 3, 4].map((k) => rows[dimHeader + k]?.[3] ?? null),
      quarterCounts: [1, 2, 3, 4].map((k) => rows[quarterHeader + k]?.[1] ?? null),
    };
  })();
}

const cents = (v: unknown) => (typeof v === "number" ? roundHalfUp(v, 2) : v === "" ? null : v);

/** What the summary must show, from the core. */
function expected(m: WorkbookModel) {
  const t = m.plan.totals;
  return {
    overall: m.score.overall === undefined ? null : roundHalfUp(m.score.overall, 2),
    tools: Object.fromEntries(
      m.score.tools.map((x) => [x.id, x.score === undefined ? null : roundHalfUp(x.score, 2)]),
    ),
    level: m.score.level?.th ?? null,
    used: m.score.indicators.map((i) => (i.score === undefined ? null : roundHalfUp(i.score, 2))),
    weak: m.weak
      .filter((w) => w.level === "indicator" && w.kind === "below")
      .map((w) => w.indicator)
      .sort((a, b) => a! - b!),
    projects: t.projects,
    budget: roundHalfUp(t.budget, 2),
    spent: roundHalfUp(t.spent, 2),
    byDimension: [1, 2, 3, 4].map((d) => roundHalfUp(t.byDimension[String(d)] ?? 0, 2)),
    quarterCounts: t.quarterCounts,
  };
}

function actual(s: Awaited<ReturnType<typeof readSummary>>) {
  return {
    overall: cents(s.overall),
    tools: { IIT: cents(s.tools.IIT), EIT: cents(s.tools.EIT), OIT: cents(s.tools.OIT) },
    level: s.level === "" ? null : s.level,
    used: s.used.map(cents),
    weak: s.weak,
    projects: s.projects,
    budget: cents(s.budget),
    spent: cents(s.spent),
    byDimension: s.byDimension.map(cents),
    quarterCounts: s.quarterCounts,
  };
}

/** A small deterministic generator, so a failure names a case that can be rebuilt. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (a: number, b: number) => a + Math.floor(next() * (b - a + 1)),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!,
  };
}

function randomFill(seed: number): Fill {
  const r = random(seed);
  const missing = r.next() < 0.5 ? 0 : 0.08;
  const owners = ["สำนักปลัด", "กองคลัง", "กองช่าง", ""];
  const indicators: Record<number, number> = {};
  for (let k = 1; k <= 10; k++) if (r.next() < 0.6) indicators[k] = r.int(5000, 10000) / 100;
  const lastYear: Record<number, number> = {};
  for (let k = 1; k <= 10; k++) if (r.next() < 0.5) lastYear[k] = r.int(6000, 10000) / 100;
  return {
    organisation: `อบต.สุ่ม ${seed}`,
    question: (id) => {
      if (r.next() < missing) return null;
      if (id.startsWith("o")) return r.next() < 0.85 ? 100 : 0;
      return r.int(4000, 10000) / 100;
    },
    indicators,
    lastYear,
    tools:
      r.next() < 0.3
        ? { IIT: r.int(7000, 10000) / 100, EIT1: r.int(7000, 10000) / 100, EIT2: r.int(7000, 10000) / 100 }
        : {},
    plan: Array.from({ length: r.int(0, 30) }, (_, i) => ({
      seq: String(i + 1),
      name: `โครงการ ${seed}-${i + 1}`,
      dimension: r.int(1, 4),
      budget: r.next() < 0.4 ? 0 : r.int(0, 5_000_000) / 100,
      q1: r.next() < 0.5,
      q2: r.next() < 0.5,
      q3: r.next() < 0.5,
      q4: r.next() < 0.5,
      owner: r.pick(owners) || null,
      spent: r.next() < 0.3 ? r.int(0, 1_000_000) / 100 : null,
    })),
  };
}

const seedFill: Fill = {
  organisation: "อบต.เสอเพลอ / อบต.คลองเกตุ",
  question: seed003Score,
  indicators: seed003Indicators(),
  tools: { IIT: 84.81, EIT1: 75.54, EIT2: 80.77, OIT: 88.13 },
  plan: seed001PlanRows(),
};

describe("summary figures recalculated by LibreOffice match the core", () => {
  const cases: { name: string; fill: Fill }[] = [
    { name: "seeds 001 + 003", fill: seedFill },
    ...Array.from({ length: 24 }, (_, i) => ({ name: `random ${i + 1}`, fill: randomFill(i + 1) })),
  ];
  let results: Map<string, { expected: ReturnType<typeof expected>; actual: ReturnType<typeof actual> }>;

  beforeAll(async () => {
    const built = await Promise.all(
      cases.map(async (c) => {
        const { workbook, model } = buildWorkbook(c.fill);
        return { name: c.name, data: await toBuffer(workbook), model };
      }),
    );
    const recalculated = await recalculateBuffers(built.map(({ name, data }) => ({ name, data })));
    results = new Map();
    for (const b of built) {
      results.set(b.name, {
        expected: expected(b.model),
        actual: actual(await readSummary(recalculated.get(b.name)!)),
      });
    }
  });

  it("shows seed 003's overall 84.14 ต้องปรับปรุง and seed 001's plan totals", () => {
    const { actual: a } = results.get("seeds 001 + 003")!;
    expect(a.overall).toBe(84.14);
    expect(a.level).toBe("ต้องปรับปรุง");
    expect(a.tools).toEqual({ IIT: 84.81, EIT: 78.16, OIT: 88.13 });
    expect(a.used).toEqual([93.88, 81.79, 86.5, 81.81, 80.09, 80.11, 76.78, 77.59, 92.5, 83.75]);
    expect([a.projects, a.budget, a.byDimension, a.quarterCounts]).toEqual([
      16,
      10000,
      [0, 0, 5000, 5000],
      [4, 5, 4, 3],
    ]);
  });

  it.each(cases.map((c) => c.name))("%s: every figure equals the core's", (name) => {
    const { expected: e, actual: a } = results.get(name)!;
    expect(a).toEqual(e);
  });
});
