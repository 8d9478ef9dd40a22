import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { importGrid, importText, type ImportResult } from "../../../src/domain/import";
import { BROKEN, hasMarkup, rowsOf } from "./helpers";
import expected from "../../fixtures/import/broken/expected.json";

/** grid-*.txt are pasted into a sheet (at B2 of วาง); the others are document text. */
function importFile(name: string): ImportResult {
  const text = readFileSync(join(BROKEN, name), "utf8");
  if (!name.startsWith("grid-")) return importText(text);
  const grid = text
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => l.split("\t"));
  return importGrid(grid, { sheet: "วาง", topLeft: "B2" });
}

const where = (p: ImportResult["problems"][number]) =>
  p.cell ?? (p.line === undefined ? "-" : `${p.line}:${p.col}`);

const files = readdirSync(BROKEN)
  .filter((f) => f.endsWith(".txt"))
  .sort();
const table = expected as unknown as Record<string, string[]>;

describe("the broken corpus", () => {
  it("holds at least 30 cases, each with its expected problems", () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(
      Object.keys(table)
        .filter((k) => k !== "$comment")
        .sort(),
    ).toEqual(files);
  });

  it.each(files)("%s gives its problems, placed, and no markup", (name) => {
    const result = importFile(name);
    expect(result.problems.map((p) => `${p.code} @ ${where(p)}`)).toEqual(table[name]);
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) {
      expect(p.code).toMatch(/^import\./);
      expect(p.th).not.toBe("");
      expect(p.en).not.toBe("");
      if (!["import.empty", "import.noTable"].includes(p.code)) expect(where(p)).not.toBe("-");
    }
    for (const t of result.tables) {
      for (const r of t.rows) for (const v of Object.values(r.values)) expect(hasMarkup(v)).toBe(false);
    }
  });
});

describe("what the broken inputs still give", () => {
  it("keeps a script as the plain text it holds", () => {
    expect(rowsOf(importFile("script-in-cell.txt"), "plan")[0]!.values.name).toBe("alert(1)");
    expect(rowsOf(importFile("stray-markup.txt"), "plan")[0]!.values.name).toBe("โครงการ ทดสอบ");
  });

  it("keeps formula-like names as text, never evaluated", () => {
    const names = rowsOf(importFile("formula-like.txt"), "plan").map((r) => r.values.name);
    expect(names).toEqual(["=SUM(A1)", "+66", "@x", "-2"]);
  });

  it("reads mixed digits, a shifted row and an orphan continuation", () => {
    expect(rowsOf(importFile("mixed-digits.txt"), "plan")[0]!.values.budget).toBe(10000);
    const shifted = rowsOf(importFile("shifted-plan-row.txt"), "plan")[1]!;
    expect(shifted.values).toMatchObject({
      seq: "2",
      name: "โครงการ ข",
      dimension: 2,
      budget: 5000,
      q2: true,
    });
    expect(shifted.sources.seq).toEqual({ line: 4, column: 2 });
    const orphan = rowsOf(importFile("continuation-top.txt"), "plan");
    expect(orphan.map((r) => r.values.name)).toEqual(["ต่อจากหน้าก่อน", "โครงการ ก"]);
  });

  it("keeps a bad cell's row with that value null", () => {
    expect(rowsOf(importFile("text-in-number.txt"), "plan")[0]!.values).toMatchObject({
      name: "โครงการ ก",
      budget: null,
      q1: true,
    });
    expect(rowsOf(importFile("bad-tick.txt"), "plan")[0]!.values).toMatchObject({ q1: false, q2: null });
    const oit = rowsOf(importFile("oit-o44.txt"), "oitProgress");
    expect(oit.map((r) => [r.values.id, r.values.title, r.values.status])).toEqual([
      ["o1", "โครงสร้าง", "ดำเนินการแล้ว"],
      [null, "ข้อมูลเกิน", "ยังไม่ได้ดำเนินการ"],
    ]);
    const indicators = rowsOf(importFile("score-over-100.txt"), "indicatorScores");
    expect(indicators.map((r) => r.values.score)).toEqual([null, 81.79]);
  });

  it("skips a question row that cannot stand, keeps the first of two scores", () => {
    expect(rowsOf(importFile("unknown-question-id.txt"), "questionScores").map((r) => r.values.id)).toEqual([
      "i1",
    ]);
    const conflict = rowsOf(importFile("question-conflict.txt"), "questionScores");
    expect(conflict.map((r) => [r.values.id, r.values.score])).toEqual([
      ["i1", 86.8],
      ["i2", 89.73],
    ]);
  });

  it("assumes EIT parts 1 and 2 in order when the document prints no part row", () => {
    const rows = rowsOf(importFile("eit-no-parts.txt"), "questionScores");
    expect(rows.map((r) => [r.values.id, r.values.part, r.values.score])).toEqual([
      ["e1", 1, 74.36],
      ["e1", 2, 81.14],
      ["e2", 1, 72.91],
      ["e2", 2, 82.71],
      ["o1", null, 100],
      ["e3", null, 75.11],
    ]);
  });

  it("carries a merged dimension down in a pasted grid, with cells as sources", () => {
    const rows = rowsOf(importFile("grid-merged-blanks.txt"), "plan");
    expect(rows.map((r) => r.values.dimension)).toEqual([1, 1, 2, 2]);
    expect(rows[1]!.sources.dimension).toEqual({ sheet: "วาง", cell: "D3" });
    expect(rows[1]!.sources.budget).toEqual({ sheet: "วาง", cell: "E4" });
    expect(rows.map((r) => [r.values.q1, r.values.q2, r.values.q3, r.values.q4])).toEqual([
      [true, false, false, false],
      [false, true, false, false],
      [false, false, true, false],
      [false, false, false, true],
    ]);
  });

  it("checks the plan's total against its rows", () => {
    const plan = importFile("plan-total-mismatch.txt").tables[0]!;
    expect(plan.stated).toEqual({
      budget: 12000,
      quarterCounts: [1, 2, 0, 0],
      source: { line: 5, column: 4 },
    });
    const subtotal = importFile("subtotal-row.txt").tables[0]!;
    expect(subtotal.rows).toHaveLength(2);
    expect(subtotal.stated?.budget).toBe(5000);
  });
});
