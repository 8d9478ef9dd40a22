import { importText, toPlanProjects, toScoreInput } from "../../../src/domain/import";
import { frameworkFor } from "../../../src/domain/frameworks";
import { planTotals } from "../../../src/domain/plan";
import { roundHalfUp } from "../../../src/domain/round";
import { score } from "../../../src/domain/scoring";
import { codes, hasMarkup, rowsOf, seedText, tablesOf, valuesOf } from "./helpers";

const SEED_001 = "001_335952938b5b61de.txt";
const SEED_002 = "002_2065e0d738ff9e85.txt";
const SEED_003 = "003_252c2e0bd1279c27.txt";

describe("seed 001: the anti-corruption plan of อบต.คลองเกตุ, 2567", () => {
  const result = importText(seedText(SEED_001), { name: "seed001.txt" });
  const plans = tablesOf(result, "plan");

  it("reads one plan of 16 projects, the page's repeated header skipped", () => {
    expect(plans).toHaveLength(1);
    expect(plans[0]!.table).toBe("ITA_Plan");
    expect(valuesOf(result, "plan", "seq")).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 1)));
    expect(plans[0]!.from).toMatchObject({ line: 5, column: 1 });
    expect(plans[0]!.to).toMatchObject({ line: 27 });
  });

  it("reads dimensions, budgets and ticked quarters", () => {
    expect(valuesOf(result, "plan", "dimension")).toEqual([1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 4, 4, 4]);
    const totals = planTotals(toPlanProjects(plans[0]!));
    expect(totals.budget).toBe(10000);
    expect(totals.quarterCounts).toEqual([4, 5, 4, 3]);
    expect(totals.byDimension).toEqual({ "1": 0, "2": 0, "3": 5000, "4": 5000 });
    const row13 = rowsOf(result, "plan")[12]!;
    expect(row13.values).toMatchObject({ budget: 5000, q1: false, q2: true, q3: false, q4: false });
    expect(row13.sources.budget).toEqual({ sheet: "seed001.txt", line: 19, column: 4 });
  });

  it("keeps the total row as the stated totals, checked without a problem", () => {
    expect(plans[0]!.stated).toMatchObject({ budget: 10000, quarterCounts: [4, 5, 4, 3] });
    expect(plans[0]!.stated!.source).toMatchObject({ line: 28, column: 4 });
    expect(codes(result).filter((c) => c.startsWith("import.total"))).toEqual([]);
  });

  it("does not take the project sheets after the table (ลำดับที่ ๑ … ๑. ชื่อโครงการ :) for rows", () => {
    expect(rowsOf(result, "plan").some((r) => String(r.values.name).includes("ชื่อโครงการ"))).toBe(false);
    expect(result.tables.map((t) => t.kind)).toEqual(["plan"]);
    expect(result.problems).toEqual([]);
  });
});

describe("seed 002: the measures report of อบต.หนองโสน, 2565", () => {
  const result = importText(seedText(SEED_002));
  const rows = rowsOf(result, "measures");

  it("reads eight measures under five headings, the group on every row", () => {
    expect(tablesOf(result, "measures")).toHaveLength(1);
    expect(rows).toHaveLength(8);
    const groups = rows.map((r) => String(r.values.group).slice(0, 2));
    expect(groups).toEqual(["๑.", "๑.", "๑.", "๒.", "๓.", "๔.", "๔.", "๕."]);
    expect(rows[0]!.values.group).toBe("๑. ด้านนโยบายผู้บริหารและการเสริมสร้างคุณธรรมและความโปร่งใสในการดำเนินงาน");
    expect(rows[0]!.sources.group).toEqual({ line: 59, column: 1 });
  });

  it("keeps both rows numbered ๒.๑ (a numbering typo), each under its heading", () => {
    const twoOne = rows.filter((r) => r.values.seq === "๒.๑");
    expect(twoOne.map((r) => r.values.measure)).toEqual(["การเปิดเผยข้อมูล", "การใช้ดุลยพินิจของผู้บริหาร"]);
    expect(twoOne.map((r) => String(r.values.group).slice(0, 2))).toEqual(["๒.", "๓."]);
  });

  it("turns the HTML inside cells into plain text with line breaks", () => {
    const row = rows[1]!;
    expect(row.values.seq).toBe("๑.๒");
    expect(row.values.owner).toBe("ทุกกองงาน\n- สำนักปลัด\n- กองคลัง\n- กองช่าง\n- กองสาธารณสุข");
    expect(row.values.period).toBe("ตุลาคม ๒๕๖๔ – กันยายน ๒๕๖๕");
    expect(String(row.values.method).split("\n")).toHaveLength(8);
    for (const r of rows) for (const v of Object.values(r.values)) expect(hasMarkup(v)).toBe(false);
  });

  it("finds no problem", () => {
    expect(result.problems).toEqual([]);
  });
});

describe("seed 003: the ITA analysis of อบต.เสอเพลอ, 2566", () => {
  const result = importText(seedText(SEED_003));
  const questions = rowsOf(result, "questionScores");
  const ids = (prefix: string) => questions.filter((q) => String(q.values.id).startsWith(prefix));

  it("reads the ten reported indicator scores with their names", () => {
    expect(valuesOf(result, "indicatorScores", "no")).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(valuesOf(result, "indicatorScores", "score")).toEqual([
      93.88, 81.79, 86.5, 81.81, 80.09, 80.11, 76.78, 77.59, 92.5, 83.75,
    ]);
    expect(rowsOf(result, "indicatorScores")[0]!.values.name).toBe("การปฏิบัติหน้าที่");
  });

  it("reads i1–i30 once each, though many are listed under several issues", () => {
    const iit = ids("i");
    expect(iit).toHaveLength(30);
    expect(new Set(iit.map((q) => q.values.id)).size).toBe(30);
    expect(iit.find((q) => q.values.id === "i27")!.values.score).toBe(77.87);
  });

  it("reads e1–e15 in both parts except the missing e13 (28 rows)", () => {
    const eit = ids("e");
    expect(eit).toHaveLength(28);
    expect(eit.some((q) => q.values.id === "e13")).toBe(false);
    expect(eit.filter((q) => q.values.part === 1)).toHaveLength(14);
    expect(eit.find((q) => q.values.id === "e10" && q.values.part === 2)!.values.score).toBe(76.19);
  });

  it("reads o1–o43 except the missing o4 (42 rows), o42 and o43 from their shifted rows", () => {
    const oit = ids("o");
    expect(oit).toHaveLength(42);
    expect(oit.some((q) => q.values.id === "o4")).toBe(false);
    expect(oit.filter((q) => q.values.score === 0).map((q) => q.values.id)).toEqual([
      "o14",
      "o24",
      "o40",
      "o33",
    ]);
    const o42 = oit.find((q) => q.values.id === "o42")!;
    expect(o42.values).toMatchObject({ score: 100, part: null, tool: "OIT" });
    expect(o42.sources.score).toEqual({ line: 253, column: 2 });
    expect(result.problems.filter((p) => p.code === "import.row.shifted").map((p) => p.line)).toEqual([
      253, 254,
    ]);
  });

  it("reads the tool summary from its sentences", () => {
    const summary = rowsOf(result, "toolSummary").map((r) => r.values);
    expect(summary).toEqual([
      { key: "IIT", score: 84.81, level: null, decimals: 2 },
      { key: "EIT1", score: 75.54, level: null, decimals: 2 },
      { key: "EIT2", score: 80.77, level: null, decimals: 2 },
      { key: "OIT", score: 88.13, level: null, decimals: 2 },
      { key: "overall", score: 84.1, level: "ต้องปรับปรุง", decimals: 1 },
    ]);
    expect(rowsOf(result, "toolSummary")[4]!.sources.score).toEqual({ line: 22, column: 1 });
  });

  it("reads the seven follow-up measures of part 2 with their review rounds", () => {
    const measures = rowsOf(result, "measures");
    expect(measures.map((m) => m.values.seq)).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
    expect(measures[0]!.values.measure).toBe("กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ");
    expect(measures.map((m) => m.values.round)).toEqual([
      "6, 12",
      "3, 6, 9, 12",
      "3, 6, 12",
      "3, 6, 12",
      "3, 6, 12",
      "3, 6",
      "3, 6",
    ]);
    expect(measures.map((m) => m.values.owner)).toEqual([
      "สำนักปลัด",
      "งานธุรการ",
      "งานธุรการ",
      "สำนักปลัด",
      "กองคลัง",
      "นักทรัพยากรบุคคล",
      "สำนักปลัด",
    ]);
    expect(String(measures[0]!.values.method)).toContain("\n1. ผู้รับผิดชอบดำเนินการจัดทำมาตรการตรวจสอบการใช้ดุลพินิจ");
    expect(measures.every((m) => m.values.result === null)).toBe(true);
  });

  it("orders the tables as the document does", () => {
    expect(result.tables.map((t) => t.kind)).toEqual([
      "toolSummary",
      "indicatorScores",
      "questionScores",
      "measures",
    ]);
  });

  it("scores 84.14 end to end through the core, ต้องปรับปรุง", () => {
    const lookup = frameworkFor(2566);
    if (!lookup.ok) throw new Error("no 2566 framework");
    const scored = score(lookup.framework, toScoreInput(result));
    expect(roundHalfUp(scored.overall!, 2)).toBe(84.14);
    expect(scored.level?.th).toBe("ต้องปรับปรุง");
    expect(scored.tools.map((t) => roundHalfUp(t.score!, 2))).toEqual([84.81, 78.16, 88.13]);
    const eight = scored.indicators.find((i) => i.no === 8)!;
    expect(eight.source).toBe("reported");
    expect(eight.missing).toEqual(["e13"]);
    expect(scored.problems.map((p) => p.code)).not.toContain("score.conflict");
  });
});
