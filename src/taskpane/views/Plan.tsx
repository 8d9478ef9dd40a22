import type { ReactNode } from "react";
import { Body1, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { PLAN_DIMENSIONS } from "../../domain/plan";
import { STATUSES } from "../../domain/status";
import { sum } from "../../domain/stats";
import type { WorkbookModel } from "../../workbook/ops/read-model";
import { FindingList, problemFindings } from "../components/Findings";
import { useText } from "../locale";
import { useNumbers, useWorkbook } from "../workbook";
import { addTexts } from "../i18n";
import { PLAN_TEXTS } from "./plan-text";

addTexts(PLAN_TEXTS);

export const useTableStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  table: { borderCollapse: "collapse", width: "100%" },
  caption: {
    textAlign: "start",
    paddingBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  th: {
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    verticalAlign: "bottom",
  },
  td: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    verticalAlign: "top",
  },
  number: { textAlign: "end", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  total: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  nowrap: { whiteSpace: "nowrap" },
});

/** A small table: header cells, rows of cells, numbers right-aligned. */
export function DataTable({
  caption,
  head,
  rows,
  numeric,
  foot,
  testId,
}: {
  caption: string;
  head: string[];
  rows: ReactNode[][];
  numeric: boolean[];
  foot?: ReactNode[];
  testId?: string;
}) {
  const s = useTableStyles();
  const cell = (i: number) => (numeric[i] ? `${s.td} ${s.number}` : s.td);
  return (
    <table className={s.table} data-testid={testId}>
      <caption className={s.caption}>{caption}</caption>
      <thead>
        <tr>
          {head.map((h, i) => (
            <th key={i} scope="col" className={numeric[i] ? `${s.th} ${s.number}` : s.th}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, j) => (
          <tr key={j}>
            {r.map((c, i) => (
              <td key={i} className={cell(i)}>
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      {foot && (
        <tfoot>
          <tr className={s.total}>
            {foot.map((c, i) => (
              <td key={i} className={cell(i)}>
                {c}
              </td>
            ))}
          </tr>
        </tfoot>
      )}
    </table>
  );
}

/** Budget of the projects that run in each quarter (a project in two quarters counts in both). */
const quarterBudgets = (model: WorkbookModel) =>
  [0, 1, 2, 3].map((q) => sum(model.plan.projects.filter((p) => p.quarters[q]).map((p) => p.budget)));

export default function Plan() {
  const s = useTableStyles();
  const text = useText();
  const { t, pick } = text;
  const num = useNumbers();
  const { model } = useWorkbook();
  if (!model) return null;
  const planTable = model.tables.get("ITA_Plan");
  const { totals } = model.plan;
  const planSheet = planTable?.table.sheet ?? "ITA_Plan";
  const problems = model.problems.filter((p) => p.sheet === planSheet);
  const dimensions = [
    ...PLAN_DIMENSIONS.map((d) => ({ key: String(d.no), label: `${d.no}. ${pick(d)}` })),
    ...("" in totals.byDimension ? [{ key: "", label: t("planNoDimension") }] : []),
  ];
  const owners = Object.entries(totals.byOwner).sort((a, b) => b[1] - a[1]);
  const perQuarter = quarterBudgets(model);
  const baht = (n: number) => num(n, 2);
  const share =
    totals.budgetReportingSpent > 0 ? (totals.spent / totals.budgetReportingSpent) * 100 : undefined;

  if (!planTable) return <Body1>{t("planMissing")}</Body1>;
  return (
    <div className={s.stack}>
      <section className={s.section} aria-labelledby="plan-heading">
        <Subtitle2 as="h2" id="plan-heading" className={s.heading}>
          {t("planHeading")}
        </Subtitle2>
        <Body1 data-testid="plan-summary">
          {t("planSummary", { projects: totals.projects, budget: baht(totals.budget) })}
        </Body1>
        <Body1 data-testid="plan-quarters">
          {t("planQuarterCounts")}{" "}
          <span className={s.nowrap}>{totals.quarterCounts.map((c) => num(c, 0)).join(" / ")}</span>
        </Body1>
      </section>

      <DataTable
        caption={t("planByDimension")}
        head={[t("colDimension"), t("colProjects"), t("colBudget")]}
        numeric={[false, true, true]}
        rows={dimensions.map((d) => [
          d.label,
          num(totals.projectsByDimension[d.key] ?? 0, 0),
          baht(totals.byDimension[d.key] ?? 0),
        ])}
        foot={[t("total"), num(totals.projects, 0), baht(totals.budget)]}
      />

      <DataTable
        caption={t("planByQuarter")}
        testId="plan-by-quarter"
        head={[t("colQuarter"), t("colProjects"), t("colBudget")]}
        numeric={[false, true, true]}
        rows={totals.quarterCounts.map((count, q) => [
          t("quarterN", { q: q + 1 }),
          num(count, 0),
          baht(perQuarter[q] ?? 0),
        ])}
      />

      <DataTable
        caption={t("planByOwner")}
        head={[t("colOwner"), t("colBudget")]}
        numeric={[false, true]}
        rows={owners.map(([owner, budget]) => [owner === "" ? t("planNoOwner") : owner, baht(budget)])}
      />

      <section className={s.section} aria-labelledby="spent-heading">
        <Subtitle2 as="h2" id="spent-heading" className={s.heading}>
          {t("planSpentHeading")}
        </Subtitle2>
        {totals.budgetReportingSpent === 0 && totals.spent === 0 ? (
          <Body1>{t("planNoSpent")}</Body1>
        ) : (
          <Body1>
            {t("planSpent", {
              spent: baht(totals.spent),
              budget: baht(totals.budgetReportingSpent),
              share: share === undefined ? "—" : num(share, 1),
              remaining: baht(totals.budgetReportingSpent - totals.spent),
            })}
          </Body1>
        )}
        <Caption1 className={s.muted}>
          {STATUSES.map((st) => `${pick(st)} ${num(totals.byStatus[st.key] ?? 0, 0)}`)
            .concat(`${t("planNoStatus")} ${num(totals.byStatus[""] ?? 0, 0)}`)
            .join(" · ")}
        </Caption1>
      </section>

      <section className={s.section} aria-labelledby="plan-problems-heading">
        <Subtitle2 as="h2" id="plan-problems-heading" className={s.heading}>
          {t("planProblemsHeading", { count: problems.length })}
        </Subtitle2>
        {problems.length === 0 ? (
          <Body1>{t("planNoProblems")}</Body1>
        ) : (
          <FindingList items={problemFindings(problems, text)} />
        )}
      </section>
    </div>
  );
}
