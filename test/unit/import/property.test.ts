import fc from "fast-check";
import { importGrid, importText, type ImportResult } from "../../../src/domain/import";
import { TICK, hasMarkup } from "./helpers";

/** Fragments real reports are made of, to build inputs the importer's rules actually meet. */
const FRAGMENTS = [
  "ลำดับ",
  "รายการโครงการ (ตั้งต้น)",
  "มิติ",
  "งบประมาณ (บาท)",
  "ดำเนินการไตรมาส",
  "หมายเหตุ",
  "ข้อคำถาม",
  "คะแนน",
  "เครื่องมือ การประเมิน",
  "ส่วนที่",
  "ตัวชี้วัดที่",
  "ความก้าวหน้า (ยังไม่ได้ดำเนินการ / อยู่ระหว่างดำเนินการ / ดำเนินการ)",
  "มาตรการ/แนวทาง",
  "วิธีการดำเนินการ",
  "ผู้รับผิดชอบ",
  "ข้อ",
  "ข้อมูล",
  "องค์ประกอบด้านข้อมูล",
  "รวมทั้งสิ้น",
  "รวมมิติที่ 1",
  "มิติที่ 2",
  "**๑. ด้านนโยบาย**",
  "IIT",
  "EIT",
  "OIT",
  "ข้อ i1",
  "ข้อ e13",
  "o44",
  "043",
  "1",
  "2",
  "๒.๑",
  "10,000.00",
  "๕,๐๐๐",
  "ห้าพันบาท",
  "100.00",
  "-2",
  "=SUM(A1)",
  TICK,
  '<input type="checkbox" checked="false"/>',
  "☑ ดำเนินการแล้ว ☐ ยังไม่ได้ดำเนินการ",
  "<p>ย่อหน้า</p><ul><li>- ข้อ</li></ul>",
  "<script>alert(1)</script>",
  "&nbsp;&amp;&#3585;&#x0E01;&bogus;",
  "<span style=",
  "คะแนนรวม 84.81 คะแนน",
  "อยู่ในระดับ **ต้องปรับปรุง**",
  "- ส่วนที่ 1",
  "รอบ 6 เดือน",
  "",
];

const cell = fc.oneof(
  fc.constantFrom(...FRAGMENTS),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 6 }),
);
const grid = fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 25 });

function wellFormed(result: ImportResult): void {
  for (const p of result.problems) {
    expect(p.code).toMatch(/^import\./);
    expect(typeof p.th).toBe("string");
    expect(typeof p.en).toBe("string");
  }
  for (const t of result.tables) {
    expect(t.rows.length).toBeGreaterThan(0);
    for (const r of t.rows) {
      for (const [key, v] of Object.entries(r.values)) {
        expect(["string", "number", "boolean"].includes(typeof v) || v === null).toBe(true);
        expect(hasMarkup(v)).toBe(false);
        if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
        if (r.sources[key]) expect(r.sources[key]!.line ?? r.sources[key]!.cell).toBeDefined();
      }
    }
  }
}

describe("importer properties", () => {
  it("never throws on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => wellFormed(importText(text))),
      { numRuns: 500 },
    );
  });

  it("never throws on arbitrary tab-separated grids of report fragments", () => {
    fc.assert(
      fc.property(grid, (rows) => wellFormed(importText(rows.map((r) => r.join("\t")).join("\n")))),
      { numRuns: 500 },
    );
  });

  it("never throws on arbitrary pasted grids of any values", () => {
    const value = fc.oneof(
      cell,
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.date({ noInvalidDate: true }),
      fc.constant({ error: "#REF!" }),
      fc.constant({ richText: [{ text: "มิติ" }] }),
      fc.constant({ formula: "SUM(A1)", result: 5 }),
      fc.object({ maxDepth: 1 }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(value, { maxLength: 10 }), { maxLength: 20 }), (rows) =>
        wellFormed(importGrid(rows, { sheet: "วาง" })),
      ),
      { numRuns: 300 },
    );
  });

  it("reads every generated plan row once, whatever the page breaks", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 2, max: 15 }),
        (quarters, pageSize) => {
          const header = "ลำดับ\tโครงการ\tมิติ\tงบประมาณ\tไตรมาส 1\tไตรมาส 2\tไตรมาส 3\tไตรมาส 4";
          const lines = [header];
          quarters.forEach((q, i) => {
            if (i > 0 && i % pageSize === 0) lines.push("", "- หน้า -", "", header);
            const ticks = [0, 1, 2, 3].map((k) => (k === q ? TICK : ""));
            lines.push(
              [String(i + 1), `โครงการ ${i + 1}`, String((i % 4) + 1), "1,000.00", ...ticks].join("\t"),
            );
          });
          const result = importText(lines.join("\n"));
          expect(result.problems).toEqual([]);
          expect(result.tables).toHaveLength(1);
          expect(result.tables[0]!.rows.map((r) => r.values.q1)).toEqual(quarters.map((q) => q === 0));
        },
      ),
      { numRuns: 100 },
    );
  });
});
