import { lazy, Suspense, useId, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Label,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { LOG_TABLE, SUMMARY_SHEET } from "../../workbook/model";
import { flagWeakOp } from "../../workbook/ops/flag-weak";
import { summaryOp } from "../../workbook/ops/summary";
import { FindingList, problemFindings, type Finding } from "../components/Findings";
import { msg } from "../errors";
import { protectOp } from "../protect";
import { useText } from "../locale";
import { useNumbers, useWorkbook } from "../workbook";
import { describeFlag } from "./flags";
import { flagCell } from "./indicators";
import { useTableStyles } from "./Plan";
import { logTime } from "./time";
import { addTexts } from "../i18n";
import { REVIEW_TEXTS } from "./review-text";

addTexts(REVIEW_TEXTS);

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  filter: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, maxWidth: "240px" },
  detail: { overflowWrap: "anywhere" },
  log: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  entry: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

type Filter = "all" | Finding["kind"];
const FILTERS: readonly {
  value: Filter;
  key: "filterAll" | "filterErrors" | "filterWarnings" | "filterWeak";
}[] = [
  { value: "all", key: "filterAll" },
  { value: "error", key: "filterErrors" },
  { value: "warning", key: "filterWarnings" },
  { value: "weak", key: "filterWeak" },
];

const LOG_SHOWN = 20;

const Restore = lazy(() => import(/* webpackChunkName: "view-restore" */ "./Restore"));

export default function Review() {
  const styles = useStyles();
  const s = useTableStyles();
  const text = useText();
  const { t, pick } = text;
  const num = useNumbers();
  const { model, snapshot, run, now, fallbackYear, lock, busy } = useWorkbook();
  const [filter, setFilter] = useState<Filter>("all");
  const filterId = useId();
  if (!model || !snapshot) return null;

  const weak: Finding[] = model.weak.map((flag, i) => {
    const { title, whatIf } = describeFlag(model, flag, { t, pick, num });
    const where = flagCell(model, flag);
    return {
      key: `weak-${flag.kind}-${flag.id}-${i}`,
      kind: "weak",
      text: `${title} — ${whatIf}`,
      ...(where ? { where } : {}),
    };
  });
  const all = [...problemFindings(model.problems, text), ...weak];
  const shown = filter === "all" ? all : all.filter((f) => f.kind === filter);
  const count = (kind: Finding["kind"]) => all.filter((f) => f.kind === kind).length;

  const locked = lock.locked.length > 0;
  const allLocked = lock.sheets.length > 0 && lock.locked.length === lock.sheets.length;
  const idle = busy === undefined;
  const log = snapshot.tables.find((table) => table.name === LOG_TABLE);
  const logRows = (log?.rows ?? []).slice(-LOG_SHOWN).reverse();

  const refreshSummary = () =>
    void run({
      label: msg("summaryRunning"),
      done: msg("summaryDone"),
      steps: [
        (snap) => summaryOp(snap, now(), fallbackYear),
        (snap) => flagWeakOp(snap, now(), fallbackYear),
      ],
    });
  const setLock = (protect: boolean) =>
    void run({
      label: msg(protect ? "lockRunning" : "unlockRunning"),
      done: msg(protect ? "lockDone" : "unlockDone", { count: lock.sheets.length }),
      steps: [(snap) => protectOp(snap, protect, now())],
    });

  return (
    <div className={s.stack}>
      <section className={s.section} aria-labelledby="findings-heading">
        <Subtitle2 as="h2" id="findings-heading" className={s.heading}>
          {t("reviewHeading")}
        </Subtitle2>
        <Caption1 className={s.muted}>
          {t("reviewCounts", { errors: count("error"), warnings: count("warning"), weak: count("weak") })}
        </Caption1>
        <div className={styles.filter}>
          <Label htmlFor={filterId}>{t("filterLabel")}</Label>
          <Select id={filterId} value={filter} onChange={(_, data) => setFilter(data.value as Filter)}>
            {FILTERS.map((f) => (
              <option key={f.value} value={f.value}>
                {t(f.key)}
              </option>
            ))}
          </Select>
        </div>
        {shown.length === 0 ? (
          <Body1>{t("reviewNothing")}</Body1>
        ) : (
          <FindingList items={shown} limit={40} label={t("reviewHeading")} />
        )}
      </section>

      <section className={s.section} aria-labelledby="summary-heading">
        <Subtitle2 as="h2" id="summary-heading" className={s.heading}>
          {t("summaryHeading")}
        </Subtitle2>
        <Body1>{t("summaryIntro", { sheet: SUMMARY_SHEET })}</Body1>
        {locked && <Caption1>{t("lockedNote")}</Caption1>}
        <div className={styles.row}>
          <Button appearance="primary" disabled={!idle || locked} onClick={refreshSummary}>
            {t("summaryButton")}
          </Button>
        </div>
      </section>

      <section className={s.section} aria-labelledby="lock-heading">
        <Subtitle2 as="h2" id="lock-heading" className={s.heading}>
          {t("lockHeading")}
        </Subtitle2>
        <Body1>
          {allLocked
            ? t("lockStateAll", { count: lock.sheets.length })
            : locked
              ? t("lockStateSome", { locked: lock.locked.length, count: lock.sheets.length })
              : t("lockStateNone", { count: lock.sheets.length })}
        </Body1>
        <div className={styles.row}>
          <Button disabled={!idle || allLocked || lock.sheets.length === 0} onClick={() => setLock(true)}>
            {t("lockButton")}
          </Button>
          <Button disabled={!idle || !locked} onClick={() => setLock(false)}>
            {t("unlockButton")}
          </Button>
        </div>
      </section>

      <section className={s.section} aria-labelledby="log-heading">
        <Subtitle2 as="h2" id="log-heading" className={s.heading}>
          {t("logHeading")}
        </Subtitle2>
        {logRows.length === 0 ? (
          <Body1>{t("logEmpty")}</Body1>
        ) : (
          <>
            <Caption1 className={s.muted}>
              {t("logCaption", { shown: logRows.length, count: log?.rows.length ?? 0 })}
            </Caption1>
            <ol className={styles.log} aria-labelledby="log-heading">
              {logRows.map((row, i) => (
                <li key={i} className={styles.entry}>
                  <Caption1 className={s.muted}>
                    {t("logEntry", {
                      time: logTime(row[0], text.locale),
                      op: String(row[1] ?? ""),
                      sheet: String(row[2] ?? ""),
                      rows: typeof row[3] === "number" ? num(row[3], 0) : String(row[3] ?? ""),
                    })}
                  </Caption1>
                  <Body1 className={styles.detail}>{String(row[4] ?? "")}</Body1>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>

      <Suspense fallback={<Caption1>{t("restoreLoading")}</Caption1>}>
        <Restore />
      </Suspense>
    </div>
  );
}
