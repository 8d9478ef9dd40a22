import { lazy, Suspense, useState } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { PaneBadge, type BadgeColour } from "../components/PaneBadge";
import { PaneButton } from "../components/PaneButton";
import { Body1, Caption1, Subtitle2, Title2 } from "../components/type";
import { roundHalfUp } from "../../domain/round";
import { smallestChangeToPass, type WeakFlag } from "../../domain/weak";
import type { WorkbookModel } from "../../workbook/ops/read-model";
import { useText } from "../locale";
import { useNumbers, useWorkbook } from "../workbook";
import { describeFlag } from "./flags";
import { flagCell } from "./indicators";

const DraftMeasures = lazy(() => import(/* webpackChunkName: "measures" */ "./DraftMeasures"));

/** Badge colour of each level id (2566 levels and the letter bands of 2565); data, not branches. */
const LEVEL_COLOUR: Record<string, BadgeColour> = {
  excellent: "success",
  good: "success",
  pass: "brand",
  improve: "warning",
  urgent: "danger",
  AA: "success",
  A: "success",
  B: "brand",
  C: "warning",
  D: "warning",
  E: "danger",
  F: "danger",
};

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  scoreLine: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  overall: { fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800 },
  tools: {
    display: "grid",
    gridTemplateColumns: "repeat(3, 1fr)",
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  tool: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    display: "flex",
    flexDirection: "column",
  },
  toolValue: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  bars: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  barHead: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  track: {
    position: "relative",
    height: "12px",
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground4,
    overflow: "visible",
  },
  lastTrack: { height: "6px", marginTop: "2px" },
  fill: { position: "absolute", top: 0, bottom: 0, left: 0, borderRadius: tokens.borderRadiusSmall },
  fillPass: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  fillBelow: { backgroundColor: tokens.colorPaletteRedBackground3 },
  fillLast: { backgroundColor: tokens.colorNeutralForeground4 },
  passLine: {
    position: "absolute",
    top: "-3px",
    bottom: "-3px",
    width: "2px",
    backgroundColor: tokens.colorNeutralForeground1,
  },
  below: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  weakList: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  weakButton: {
    width: "100%",
    height: "auto",
    justifyContent: "flex-start",
    textAlign: "start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  weakText: { display: "flex", flexDirection: "column", alignItems: "flex-start" },
});

export default function Dashboard() {
  const styles = useStyles();
  const { model } = useWorkbook();
  if (!model) return null;
  return (
    <div className={styles.stack}>
      <ScoreCard model={model} />
      <IndicatorBars model={model} />
      <WeakList model={model} />
      <DraftMeasuresSection model={model} />
    </div>
  );
}

function ScoreCard({ model }: { model: WorkbookModel }) {
  const styles = useStyles();
  const { t, pick } = useText();
  const num = useNumbers();
  const { score, settings } = model;
  const change = smallestChangeToPass(score);
  const overall = score.overall;
  const passed = overall !== undefined && roundHalfUp(overall, 2) >= score.passMark;
  return (
    <section className={styles.section} aria-labelledby="score-heading">
      <Subtitle2 as="h2" id="score-heading" className={styles.heading}>
        {t("scoreHeading", { year: settings.fiscalYear })}
        {settings.organisation ? ` · ${settings.organisation}` : ""}
      </Subtitle2>
      {overall === undefined ? (
        <Body1>{t("noOverall")}</Body1>
      ) : (
        <div className={styles.scoreLine}>
          <div>
            <Caption1 as="p" className={styles.heading}>
              {t("overallLabel")}
            </Caption1>
            <Title2 as="p" data-testid="overall" className={mergeClasses(styles.heading, styles.overall)}>
              {num(overall)}
            </Title2>
          </div>
          {score.level && (
            <PaneBadge
              data-testid="level"
              size="large"
              appearance="filled"
              color={LEVEL_COLOUR[score.level.id] ?? "informative"}
            >
              {pick(score.level)}
            </PaneBadge>
          )}
        </div>
      )}
      <dl className={styles.tools}>
        {score.tools.map((tool) => (
          <div key={tool.id} className={styles.tool}>
            <dt>
              <Caption1>{t("toolWeight", { tool: tool.id, weight: num(tool.weight * 100, 0) })}</Caption1>
            </dt>
            <dd className={styles.toolValue}>{tool.score === undefined ? "—" : num(tool.score)}</dd>
          </div>
        ))}
      </dl>
      {overall !== undefined && (
        <Body1>
          {passed
            ? t("alreadyPassed", { pass: num(score.passMark, 0) })
            : change
              ? t("smallestChange", {
                  no: change.indicator,
                  from: num(change.from),
                  to: num(change.to),
                  overall: num(change.overall),
                })
              : t("noSingleChange", { pass: num(score.passMark, 0) })}
        </Body1>
      )}
    </section>
  );
}

function IndicatorBars({ model }: { model: WorkbookModel }) {
  const styles = useStyles();
  const { t, pick } = useText();
  const num = useNumbers();
  const pass = model.score.passMark;
  const last = new Map((model.lastYear.indicators ?? []).map((i) => [i.no, i.score]));
  const hasLast = last.size > 0;
  return (
    <section className={styles.section} aria-labelledby="bars-heading">
      <Subtitle2 as="h2" id="bars-heading" className={styles.heading}>
        {t("indicatorsHeading")}
      </Subtitle2>
      <Caption1 className={styles.muted}>
        {t(hasLast ? "barsLegendLast" : "barsLegend", { pass: num(pass, 0) })}
      </Caption1>
      <ul className={styles.bars}>
        {model.score.indicators.map((ind) => {
          const value = ind.score;
          const weak = value !== undefined && roundHalfUp(value, 2) < pass;
          const before = last.get(ind.no);
          const described = t(weak ? "barBelow" : value === undefined ? "barNone" : "barAbove", {
            no: ind.no,
            name: pick(ind),
            score: value === undefined ? "" : num(value),
            pass: num(pass, 0),
          });
          const lastText = before === undefined ? "" : ` · ${t("lastYearValue", { score: num(before) })}`;
          return (
            <li key={ind.no}>
              <div className={styles.barHead}>
                <Caption1>
                  {ind.no}. {pick(ind)}
                </Caption1>
                <Caption1 className={weak ? styles.below : undefined}>
                  {value === undefined ? "—" : num(value)}
                  {before !== undefined && <span className={styles.muted}>{lastText}</span>}
                </Caption1>
              </div>
              <div className={styles.track} role="img" aria-label={described + lastText}>
                {value !== undefined && (
                  <div
                    className={mergeClasses(styles.fill, weak ? styles.fillBelow : styles.fillPass)}
                    style={{ width: `${Math.min(100, Math.max(0, value))}%` }}
                  />
                )}
                <div className={styles.passLine} style={{ left: `${pass}%` }} />
              </div>
              {before !== undefined && (
                <div className={mergeClasses(styles.track, styles.lastTrack)} aria-hidden="true">
                  <div
                    className={mergeClasses(styles.fill, styles.fillLast)}
                    style={{ width: `${Math.min(100, Math.max(0, before))}%` }}
                  />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * The weak points worth fixing first, in the core's order (what each adds to the overall score):
 * every weak indicator, and the questions and OIT items among the first ten. Tools are left to
 * the Review view: raising a tool is raising its indicators.
 */
const TOP_FLAGS = 10;

function WeakList({ model }: { model: WorkbookModel }) {
  const styles = useStyles();
  const { t } = useText();
  const ranked = model.weak.filter((f) => f.level !== "tool");
  const flags = ranked.filter((f, i) => f.level === "indicator" || i < TOP_FLAGS);
  return (
    <section className={styles.section} aria-labelledby="weak-heading">
      <Subtitle2 as="h2" id="weak-heading" className={styles.heading}>
        {t("weakHeading")}
      </Subtitle2>
      {flags.length === 0 ? (
        <Body1>{t("noWeak")}</Body1>
      ) : (
        <>
          <Caption1 className={styles.muted}>{t("weakHint")}</Caption1>
          <ul className={styles.weakList}>
            {flags.map((flag) => (
              <li key={`${flag.kind}-${flag.id}`}>
                <WeakItem model={model} flag={flag} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function WeakItem({ model, flag }: { model: WorkbookModel; flag: WeakFlag }) {
  const styles = useStyles();
  const { t, pick } = useText();
  const num = useNumbers();
  const { jump } = useWorkbook();
  const where = flagCell(model, flag);
  const { title, whatIf } = describeFlag(model, flag, { t, pick, num });
  const content = (
    <span className={styles.weakText}>
      <Body1>{title}</Body1>
      <Caption1 className={styles.muted}>{whatIf}</Caption1>
    </span>
  );
  return where ? (
    <PaneButton className={styles.weakButton} appearance="subtle" onClick={() => void jump(where)}>
      {content}
    </PaneButton>
  ) : (
    <div className={styles.weakButton}>{content}</div>
  );
}

function DraftMeasuresSection({ model }: { model: WorkbookModel }) {
  const styles = useStyles();
  const { t } = useText();
  const [open, setOpen] = useState(false);
  const hasWeak = model.weak.some((f) => f.level === "indicator" && f.kind === "below");
  if (!hasWeak) return null;
  return (
    <section className={styles.section} aria-labelledby="measures-heading">
      <Subtitle2 as="h2" id="measures-heading" className={styles.heading}>
        {t("measuresHeading")}
      </Subtitle2>
      {open ? (
        <Suspense fallback={<Caption1 role="status">{t("loadingView")}</Caption1>}>
          <DraftMeasures />
        </Suspense>
      ) : (
        <div>
          <PaneButton appearance="secondary" aria-expanded={false} onClick={() => setOpen(true)}>
            {t("measuresOpen")}
          </PaneButton>
        </div>
      )}
    </section>
  );
}
