import { seed001PlanRows, seed003Indicators, seed003Score } from "../../fixtures/seeds";
import { seed003Questions } from "../seed";
import seed003 from "../../fixtures/seed003-scores.json";
import { roundHalfUp } from "../../../src/domain/round";
import type { CellValue, PatchStep, Snapshot } from "../../../src/workbook/model";
import { flagWeakOp } from "../../../src/workbook/ops/flag-weak";
import { importOp } from "../../../src/workbook/ops/import";
import { initOp } from "../../../src/workbook/ops/init";
import { readWorkbookModel } from "../../../src/workbook/ops/read-model";
import { backupSheetName, writeRowsOp, writeTablesOp } from "../../../src/workbook/ops/rows";
import { summaryOp } from "../../../src/workbook/ops/summary";
import { afterPatch, emptySnapshot, setColumn, table } from "./snapshots";

const NOW = new Date("2026-11-22T02:38:45.123Z");
const init = (snapshot: Snapshot = emptySnapshot(), language: "th" | "en" = "th") =>
  initOp(snapshot, { fiscalYear: 2566, organisation: "อบต.เสอเพลอ", language, now: NOW });
const initialised = () => afterPatch(emptySnapshot(), init().patch);
const tableOf = (s: Snapshot, name: string) => s.tables.find((t) => t.name === name)!;
const kinds = (steps: PatchStep[]) => steps.map((s) => s.kind);

describe("init", () => {
  it("creates the eight managed tables with their prefilled rows", () => {
    const { patch, problems } = init();
    expect(problems).toEqual([]);
    const tables = patch.steps.flatMap((s) => (s.kind === "writeTable" ? [[s.table, s.rows.length]] : []));
    expect(tables).toEqual([
      ["ITA_Settings", 9],
      ["ITA_Plan", 0],
      ["ITA_IndicatorScores", 10],
      ["ITA_QuestionScores", 30 + 30 + 43],
      ["ITA_ToolScores", 6],
      ["ITA_OITProgress", 43],
      ["ITA_Measures", 0],
      ["ITA_IndicatorProgress", 0],
    ]);
    expect(patch.log.map((l) => l.sheet)).toHaveLength(8);
    expect(patch.mustBeEmpty).toContainEqual({ sheet: "ITA_QuestionScores", range: "A1:F104" });
  });

  it("changes nothing when run twice", () => {
    const second = init(initialised());
    expect(second.patch.steps).toEqual([]);
    expect(second.problems).toEqual([]);
  });

  it("writes English headers when asked", () => {
    const step = init(emptySnapshot(), "en").patch.steps.find(
      (s) => s.kind === "writeTable" && s.table === "ITA_Plan",
    );
    expect(step?.kind === "writeTable" && step.columns.map((c) => c.header).slice(0, 4)).toEqual([
      "No.",
      "Project / measure / activity",
      "Dimension",
      "Budget (baht)",
    ]);
  });

  it("stops where a new table would cover the user's cells, and names them", () => {
    const snapshot: Snapshot = {
      ...emptySnapshot(),
      sheets: [{ name: "ITA_Plan", visibility: "visible", protected: false }],
      looseCells: { ITA_Plan: { B1: "my notes", Z40: 1 } },
    };
    const { patch, problems } = init(snapshot);
    expect(problems.map((p) => [p.code, p.sheet, p.cell])).toEqual([["sheet.notOurs", "ITA_Plan", "B1"]]);
    expect(patch.steps.some((s) => s.kind === "writeTable" && s.table === "ITA_Plan")).toBe(false);
    expect(patch.steps.some((s) => s.kind === "writeTable" && s.table === "ITA_Settings")).toBe(true);
  });

  it("adopts a hand-built table recognised by its headers instead of creating another", () => {
    const handBuilt = table(
      "Table1",
      ["ลำดับ", "รายการโครงการ", "มิติ", "งบประมาณ", "ไตรมาส 1", "ไตรมาส 2", "ไตรมาส 3", "ไตรมาส 4"],
      [],
      "แผน",
    );
    const { patch } = init({ ...emptySnapshot(), tables: [handBuilt] });
    expect(patch.steps.some((s) => s.kind === "writeTable" && s.table === "ITA_Plan")).toBe(false);
  });
});

/** Seed 003's figures and seed 001's plan typed into an initialised workbook, as a person would. */
function seededSnapshot(): Snapshot {
  let s = initialised();
  s = setColumn(s, "ITA_QuestionScores", "คะแนน", (row: CellValue[]) => seed003Score(row[0], row[4]));
  s = setColumn(s, "ITA_IndicatorScores", "คะแนน", (_, i) => seed003.indicators[i]!.score);
  const plan = writeRowsOp(s, "ITA_Plan", seed001PlanRows(), {
    mode: "replace",
    now: NOW,
    fallbackYear: 2566,
  });
  return afterPatch(s, plan.patch);
}

describe("the workbook model", () => {
  it("scores seed 003 typed into the sheets: overall 84.14, ต้องปรับปรุง", () => {
    const model = readWorkbookModel(seededSnapshot(), 2566);
    expect(roundHalfUp(model.score.overall!, 2)).toBe(84.14);
    expect(model.score.level?.th).toBe("ต้องปรับปรุง");
    expect(model.problems.filter((p) => p.severity === "error")).toEqual([]);
    const e13 = model.problems.find((p) => p.code === "indicator.incompleteReported" && p.en.includes("e13"));
    expect(e13?.sheet).toBe("ITA_IndicatorScores");
  });

  it("totals seed 001's plan from the sheet", () => {
    const { totals } = readWorkbookModel(seededSnapshot(), 2566).plan;
    expect([totals.projects, totals.budget, totals.quarterCounts]).toEqual([16, 10000, [4, 5, 4, 3]]);
  });

  it("warns where Excel's formulas would not count a value the core reads", () => {
    const s = setColumn(seededSnapshot(), "ITA_Plan", "งบประมาณ (บาท)", (_, i) => (i === 0 ? "๕,๐๐๐" : 0));
    const model = readWorkbookModel(s, 2566);
    const warning = model.problems.find((p) => p.code === "cell.textNumber");
    expect(warning).toMatchObject({ sheet: "ITA_Plan", cell: "D2", severity: "warning" });
  });

  it("flags a question row whose indicator cell does not match its id", () => {
    const s = setColumn(seededSnapshot(), "ITA_QuestionScores", "ตัวชี้วัดที่", (row, i) =>
      i === 0 ? 2 : row[2]!,
    );
    const problem = readWorkbookModel(s, 2566).problems.find((p) => p.code === "score.column");
    expect(problem).toMatchObject({ sheet: "ITA_QuestionScores", cell: "C2", severity: "error" });
  });
});

describe("writing rows", () => {
  it("backs up the rows it replaces and guards them with the table's fingerprint", () => {
    const s = seededSnapshot();
    const { patch } = writeRowsOp(s, "ITA_Plan", [{ name: "ใหม่", dimension: 1, budget: 0 }], {
      mode: "replace",
      now: NOW,
      fallbackYear: 2566,
    });
    expect(kinds(patch.steps)).toEqual(["ensureSheet", "setCells", "writeTable"]);
    const backup = patch.steps[0]!;
    expect(backup).toEqual({
      kind: "ensureSheet",
      sheet: "_ita_backup_20261122T023845",
      visibility: "hidden",
    });
    expect(backupSheetName(NOW).length).toBeLessThanOrEqual(31);
    const cells = patch.steps[1]!.kind === "setCells" ? patch.steps[1]!.cells : [];
    expect(cells.find((c) => c.address === "B3")?.value).toBe(seed001PlanRows()[0]!.name);
    const write = patch.steps[2]!;
    expect(write.kind === "writeTable" && write.expect).toBe(tableOf(s, "ITA_Plan").fingerprint);
  });

  it("appends after the rows already there, without a backup", () => {
    const { patch } = writeRowsOp(seededSnapshot(), "ITA_Plan", [{ name: "ใหม่", dimension: 1, budget: 0 }], {
      mode: "append",
      now: NOW,
      fallbackYear: 2566,
    });
    expect(kinds(patch.steps)).toEqual(["writeTable"]);
    const write = patch.steps[0]!;
    expect(write.kind === "writeTable" && write.rows.length).toBe(17);
  });

  it("refuses a column the table does not have", () => {
    const { problems } = writeRowsOp(initialised(), "ITA_Plan", [{ colour: "red" }], {
      mode: "append",
      now: NOW,
      fallbackYear: 2566,
    });
    expect(problems.map((p) => p.code)).toEqual(["table.columnMissing"]);
  });
});

describe("merging rows by key", () => {
  it("fills the prefilled question rows by id and part, keeping their other cells", () => {
    const s = initialised();
    const { patch } = writeTablesOp(
      s,
      [
        {
          table: "ITA_QuestionScores",
          rows: [
            { id: "e1", part: 2, score: 81.14 },
            { id: "i1", part: null, score: 86.8 },
          ],
          how: { mode: "merge", keys: ["id", "part"] },
        },
      ],
      { now: NOW, fallbackYear: 2566 },
    );
    // Only blank cells were filled: nothing to back up.
    expect(kinds(patch.steps)).toEqual(["writeTable"]);
    const write = patch.steps[0]!;
    const rows = write.kind === "writeTable" ? write.rows : [];
    expect(rows).toHaveLength(103);
    expect(rows[0]).toEqual(["i1", "IIT", 1, null, null, 86.8]);
    expect(rows.find((r) => r[0] === "e1" && r[4] === 2)).toEqual(["e1", "EIT", 6, null, 2, 81.14]);
  });

  it("backs up before overwriting a score, and appends a row whose key is new", () => {
    const filled = afterPatch(
      initialised(),
      writeTablesOp(
        initialised(),
        [
          {
            table: "ITA_IndicatorScores",
            rows: [{ no: 7, score: 70 }],
            how: { mode: "merge", keys: ["no"] },
          },
        ],
        { now: NOW, fallbackYear: 2566 },
      ).patch,
    );
    const { patch } = writeTablesOp(
      filled,
      [
        {
          table: "ITA_IndicatorScores",
          rows: [
            { no: 7, score: 76.78 },
            { no: 11, score: 50 },
          ],
          how: { mode: "merge", keys: ["no"] },
        },
      ],
      { now: NOW, fallbackYear: 2566 },
    );
    expect(kinds(patch.steps)).toEqual(["ensureSheet", "setCells", "writeTable"]);
    const write = patch.steps[2]!;
    const rows = write.kind === "writeTable" ? write.rows : [];
    expect(rows.map((r) => [r[0], r[3]])).toEqual([
      ...Array.from({ length: 10 }, (_, i) => [i + 1, i === 6 ? 76.78 : null]),
      [11, 50],
    ]);
  });
});

describe("import", () => {
  it("fills scores into the prefilled rows, replaces the plan, and the result scores 84.14", () => {
    const questions = seed003Questions.map((q) => ({
      values: { id: q.id, part: q.part ?? null, score: q.score },
    }));
    const indicators = Object.entries(seed003Indicators()).map(([no, score]) => ({
      values: { no: Number(no), name: "ignored", score },
    }));
    const { patch, problems } = importOp(
      initialised(),
      [
        { table: "ITA_QuestionScores", rows: questions },
        { table: "ITA_IndicatorScores", rows: indicators },
        {
          table: "ITA_ToolScores",
          rows: [{ values: { key: "overall", score: 84.1, level: "ต้องปรับปรุง", decimals: 1 } }],
        },
        { table: "ITA_Plan", rows: seed001PlanRows().map((values) => ({ values })) },
      ],
      { now: NOW, fallbackYear: 2566 },
    );
    expect(problems).toEqual([]);
    const model = readWorkbookModel(afterPatch(initialised(), patch), 2566);
    expect(roundHalfUp(model.score.overall!, 2)).toBe(84.14);
    expect(model.plan.totals.budget).toBe(10000);
    // Prefilled labels stay: the document's "ignored" name does not overwrite the framework's.
    const names = tableOf(afterPatch(initialised(), patch), "ITA_IndicatorScores").rows.map((r) => r[1]);
    expect(names).not.toContain("ignored");
    expect(patch.log.map((l) => l.op)).toEqual(["import", "import", "import", "import"]);
  });
});

describe("summary and flags", () => {
  it("writes the summary as formulas over the tables, with the level rule of the framework", () => {
    const { patch, problems } = summaryOp(seededSnapshot(), NOW, 2566);
    expect(problems).toEqual([]);
    const set = patch.steps.find((s) => s.kind === "setCells");
    const cells = set?.kind === "setCells" ? set.cells : [];
    const formulas = cells.flatMap((c) =>
      typeof c.value === "object" && c.value !== null ? [c.value.formula] : [],
    );
    expect(formulas.length).toBeGreaterThan(100);
    expect(formulas.some((f) => f.includes("ITA_QuestionScores[คะแนน]"))).toBe(true);
    expect(formulas.some((f) => f.includes('"ผ่านดีเยี่ยม"'))).toBe(true);
    const banned =
      /\b(LET|LAMBDA|IFS|XLOOKUP|FILTER|UNIQUE|SORT|SEQUENCE|TEXTJOIN|MAXIFS|MINIFS|SWITCH|CONCAT)\(/;
    expect(formulas.filter((f) => banned.test(f))).toEqual([]);
  });

  it("refuses a สรุป sheet that holds the user's own cells", () => {
    const s: Snapshot = {
      ...seededSnapshot(),
      sheets: [{ name: "สรุป", visibility: "visible", protected: false }],
      looseCells: { สรุป: { A1: "งานของฉัน" } },
    };
    expect(summaryOp(s, NOW, 2566).problems.map((p) => p.code)).toEqual(["sheet.notOurs"]);
  });

  it("asks for init when the tables are missing", () => {
    expect(summaryOp(emptySnapshot(), NOW, 2566).problems[0]!.code).toBe("table.missing");
  });

  it("colours the score tables against the pass mark cell of ITA_Settings", () => {
    const { patch } = flagWeakOp(seededSnapshot(), NOW, 2566);
    const rules = patch.steps.flatMap((s) =>
      s.kind === "conditionalFormats" ? s.formats.flatMap((f) => f.rules) : [],
    );
    const formulas = rules.flatMap((r) => (r.type === "expression" ? [r.formula] : []));
    expect(formulas).toContain("AND(ISNUMBER(D2),ROUND(D2,2)<ITA_Settings!$B$5)");
    expect(formulas).toContain('AND($B2="OIT",ISNUMBER(F2),F2=0)');
    expect(formulas.some((f) => f.includes("ROUND(D2,2)<ROUND($E2,2)"))).toBe(true);
  });
});
