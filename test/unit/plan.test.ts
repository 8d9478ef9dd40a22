import fc from "fast-check";
import seed001 from "../fixtures/seed001-plan.json";
import { checkStatedTotals, planTotals, type PlanProject } from "../../src/domain/plan";
import { readPlanRows, type RawRow } from "../../src/domain/validate";

const seedRows = (): RawRow[] =>
  seed001.rows.map((r, i) => {
    const { line, ...values } = r;
    return { row: i + 1, line, values };
  });

describe("seed 001 (อบต.คลองเกตุ, plan 2567)", () => {
  const read = readPlanRows(seedRows());
  const totals = planTotals(read.projects);

  it("reads 16 projects and keeps the total row apart", () => {
    expect(read.projects).toHaveLength(16);
    expect(read.stated?.budget).toBe(10000);
    expect(read.stated?.quarterCounts).toEqual([4, 5, 4, 3]);
    expect(read.problems).toEqual([]);
  });

  it("totals 10,000.00 baht, 0 / 0 / 5,000 / 5,000 by dimension, 4 / 5 / 4 / 3 by quarter", () => {
    expect(totals.budget).toBe(10000);
    expect(totals.byDimension).toEqual({ "1": 0, "2": 0, "3": 5000, "4": 5000 });
    expect(totals.projectsByDimension).toEqual({ "1": 5, "2": 5, "3": 3, "4": 3 });
    expect(totals.quarterCounts).toEqual([4, 5, 4, 3]);
  });

  it("agrees with its printed total row", () => {
    expect(checkStatedTotals(totals, read.stated!)).toEqual([]);
  });

  it("catches a total row that does not match", () => {
    const problems = checkStatedTotals(totals, {
      budget: 12000,
      quarterCounts: [4, 4, 4, 3],
      where: { line: 28 },
    });
    expect(problems.map((p) => p.code)).toEqual(["plan.total.budget", "plan.total.quarter"]);
    expect(problems[0]!.en).toContain("12,000.00");
    expect(problems[0]!.en).toContain("10,000.00");
    expect(problems[1]!.line).toBe(28);
  });
});

describe("plan row problems", () => {
  const row = (values: Record<string, unknown>, n = 1): RawRow => ({
    row: n,
    sheet: "ITA_Plan",
    cells: {
      name: `B${n + 1}`,
      dimension: `C${n + 1}`,
      budget: `D${n + 1}`,
      spent: `J${n + 1}`,
      status: `K${n + 1}`,
      q1: `E${n + 1}`,
    },
    values: { seq: String(n), name: `project ${n}`, dimension: 1, budget: "0.00", q1: true, ...values },
  });
  const codes = (rows: RawRow[]) => readPlanRows(rows).problems.map((p) => [p.code, p.severity, p.cell]);

  it("names the cell of a dimension outside 1–4", () => {
    const { problems } = readPlanRows([row({ dimension: "5" })]);
    expect(problems[0]).toMatchObject({ code: "plan.dimension.invalid", sheet: "ITA_Plan", cell: "C2" });
    expect(problems[0]!.en).toContain('"5"');
  });

  it("rejects negative budgets and text in a budget, never counting them as 0 silently", () => {
    expect(codes([row({ budget: "-500" })])).toEqual([["plan.budget.negative", "error", "D2"]]);
    const bad = readPlanRows([row({ budget: "ห้าพันบาท" })]);
    expect(bad.problems[0]).toMatchObject({ severity: "error", cell: "D2" });
    expect(bad.problems[0]!.en).toContain("ห้าพันบาท");
  });

  it("reads Thai digits, separators and the no-budget phrase", () => {
    const { projects } = readPlanRows([
      row({ budget: "๕,๐๐๐.๐๐ บาท" }, 1),
      row({ budget: "ดำเนินการโดยไม่ใช้งบประมาณ" }, 2),
      row({ budget: "-" }, 3),
    ]);
    expect(projects.map((p) => p.budget)).toEqual([5000, 0, 0]);
  });

  it("warns about a blank budget instead of silently making it 0", () => {
    expect(codes([row({ budget: "" })])).toEqual([["plan.budget.blank", "warning", "D2"]]);
  });

  it("warns about spending above budget and rejects an unknown status", () => {
    const result = codes([row({ budget: 1000, spent: "1,200", status: "เสร็จแล้วครับ" })]);
    expect(result).toEqual([
      ["plan.spent.overBudget", "warning", "J2"],
      ["status.invalid", "error", "K2"],
    ]);
  });

  it("warns about a repeated sequence, and errs on a row pasted twice", () => {
    const a = row({ name: "A" }, 1);
    const b = { ...row({ name: "B" }, 2), values: { ...row({ name: "B" }, 2).values, seq: "1" } };
    expect(codes([a, b]).map((c) => c[0])).toEqual(["plan.seq.duplicate"]);
    const twin = { ...a, row: 2 };
    expect(codes([a, twin]).map((c) => c[0])).toEqual(["plan.row.duplicate"]);
  });

  it("reads statuses, owners and spending into the totals", () => {
    const { projects } = readPlanRows([
      row({ budget: 1000, spent: 400, owner: "กองคลัง", status: "ดำเนินการแล้ว" }, 1),
      row({ budget: 3000, owner: "สำนักปลัด", status: "อยู่ระหว่างดำเนินการ", dimension: 2 }, 2),
    ]);
    const totals = planTotals(projects);
    expect(totals.byOwner).toEqual({ กองคลัง: 1000, สำนักปลัด: 3000 });
    expect(totals.spent).toBe(400);
    expect(totals.budgetReportingSpent).toBe(1000);
    expect(totals.byStatus).toEqual({ "not-started": 0, "in-progress": 1, done: 1, "": 0 });
  });

  it("sums the yearly columns of a multi-year plan", () => {
    const { projects, problems } = readPlanRows(
      [row({ budget: "", budget_2566: "1,000", budget_2567: "2,000", budget_2568: "-" })],
      { years: [2566, 2567, 2568] },
    );
    expect(problems.filter((p) => p.code !== "plan.budget.blank")).toEqual([]);
    expect(projects[0]!.budgets).toEqual({ 2566: 1000, 2567: 2000, 2568: 0 });
    expect(planTotals(projects).byYear).toEqual({ 2566: 1000, 2567: 2000, 2568: 0 });
  });
});

describe("plan totals (properties)", () => {
  const project = fc.record({
    name: fc.string({ minLength: 1 }),
    dimension: fc.integer({ min: 1, max: 4 }),
    budget: fc.integer({ min: 0, max: 100_000_000 }).map((satang) => satang / 100),
    quarters: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean()),
  }) as fc.Arbitrary<PlanProject>;

  it("equal the sum of the rows in any order", () => {
    fc.assert(
      fc.property(fc.array(project, { maxLength: 60 }), fc.nat(), (projects, seed) => {
        const shuffled = [...projects].sort(
          (a, b) => ((a.budget * 7919 + seed) % 13) - ((b.budget * 7919 + seed) % 13),
        );
        const a = planTotals(projects);
        const b = planTotals(shuffled);
        const rowSum = projects.reduce((s, p) => s + p.budget, 0);
        expect(b.budget).toBeCloseTo(a.budget, 6);
        expect(a.budget).toBeCloseTo(rowSum, 6);
        expect(b.quarterCounts).toEqual(a.quarterCounts);
        const byDim = Object.values(a.byDimension).reduce((s, v) => s + v, 0);
        expect(byDim).toBeCloseTo(a.budget, 6);
        expect(a.quarterCounts[0]).toBe(projects.filter((p) => p.quarters[0]).length);
      }),
      { numRuns: 500 },
    );
  });
});
