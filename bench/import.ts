/**
 * Import section: imports 1,000 / 10,000 / 100,000 generated plan rows (tab-separated text as
 * pasted from a report: Thai digits, thousands separators, ticked boxes, a header repeated every
 * 40 rows and a total row); median of several runs and the growth per 10×. Part of `npm run bench`
 * (`npm run bench -- import`). Figures only; no test asserts on time.
 */
import { importText } from "../src/domain/import";
import { growth, medianMs, round, type Figures } from "./lib";

const RUNS = 7;
const TICK = '<input checked="" type="checkbox"/>';
const HEADER = [
  "ลำดับ\tรายการโครงการ (ตั้งต้น)\tมิติ\tงบประมาณ (บาท)\tดำเนินการไตรมาส\t\t\t\tหมายเหตุ",
  "\t\t\t\t1\t2\t3\t4\t",
];

function planText(n: number): string {
  const lines = [...HEADER];
  for (let i = 0; i < n; i++) {
    if (i > 0 && i % 40 === 0) lines.push("", "แผนปฏิบัติการป้องกันการทุจริต", "", ...HEADER);
    const budget = i % 3 === 0 ? "0.00" : i % 3 === 1 ? "๕,๐๐๐.๐๐" : "12,500.00";
    const quarters = [0, 1, 2, 3].map((q) => (q === i % 4 ? TICK : ""));
    lines.push(
      [String(i + 1), `โครงการที่ ${i + 1} ส่งเสริมคุณธรรม`, String((i % 4) + 1), budget, ...quarters, ""].join(
        "\t",
      ),
    );
  }
  lines.push(["รวมทั้งสิ้น", "", "", "0.00", "", "", "", "", ""].join("\t"));
  return lines.join("\n");
}

export async function run(): Promise<Figures> {
  const out: Figures = {};
  const times = new Map<number, number>();
  for (const n of [1_000, 10_000, 100_000]) {
    const text = planText(n);
    const check = importText(text);
    const rows = check.tables.reduce((s, t) => s + t.rows.length, 0);
    if (rows !== n) throw new Error(`expected ${n} rows, got ${rows}`);
    times.set(n, await medianMs(() => importText(text), RUNS));
    out[`importText.${n}planRows.ms`] = round(times.get(n)!);
  }
  return { ...out, ...growth("importText", times) };
}
