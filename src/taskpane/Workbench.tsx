import { lazy, Suspense, useRef, useState, type ComponentType, type KeyboardEvent } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Caption1 } from "./components/type";
import { NoticeBar, Notices } from "./components/LazyNotices";
import { msg } from "./errors";
import type { MessageKey } from "./i18n";
import { useText } from "./locale";
import Dashboard from "./views/Dashboard";
import { FirstRun } from "./views/FirstRun";
import { useWorkbook } from "./workbook";

/*
 * The views. The dashboard comes with the pane; the others load when first opened, so the pane
 * inside Excel downloads only what its first view needs.
 */
const Plan = lazy(() => import(/* webpackChunkName: "view-plan" */ "./views/Plan"));
const Import = lazy(() => import(/* webpackChunkName: "view-import" */ "./views/Import"));
const Review = lazy(() => import(/* webpackChunkName: "view-review" */ "./views/Review"));
const Settings = lazy(() => import(/* webpackChunkName: "view-settings" */ "./views/Settings"));

export type ViewId = "dashboard" | "plan" | "import" | "review" | "settings";

const VIEWS: readonly { id: ViewId; label: MessageKey; View: ComponentType }[] = [
  { id: "dashboard", label: "tabDashboard", View: Dashboard },
  { id: "plan", label: "tabPlan", View: Plan },
  { id: "import", label: "tabImport", View: Import },
  { id: "review", label: "tabReview", View: Review },
  { id: "settings", label: "tabSettings", View: Settings },
];

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  tablist: {
    display: "flex",
    flexWrap: "nowrap",
    overflowX: "auto",
    gap: tokens.spacingHorizontalXXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    appearance: "none",
    border: "none",
    background: "none",
    cursor: "pointer",
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
    whiteSpace: "nowrap",
    flexShrink: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalSNudge}`,
    borderBottom: "3px solid transparent",
    borderRadius: `${tokens.borderRadiusMedium} ${tokens.borderRadiusMedium} 0 0`,
    ":hover": { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
  },
  panel: { ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
});

/** Tabs by the ARIA pattern: one tab stop, arrows and Home/End move between tabs. */
function TabBar({ selected, onSelect }: { selected: ViewId; onSelect: (id: ViewId) => void }) {
  const styles = useStyles();
  const { t } = useText();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (event: KeyboardEvent, index: number) => {
    const last = VIEWS.length - 1;
    const next =
      event.key === "ArrowRight"
        ? (index + 1) % VIEWS.length
        : event.key === "ArrowLeft"
          ? (index + last) % VIEWS.length
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    onSelect(VIEWS[next]!.id);
    refs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={t("tabsLabel")} className={styles.tablist}>
      {VIEWS.map((view, i) => (
        <button
          key={view.id}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`tab-${view.id}`}
          aria-selected={view.id === selected}
          aria-controls="view-panel"
          tabIndex={view.id === selected ? 0 : -1}
          className={mergeClasses(styles.tab, view.id === selected && styles.selected)}
          onClick={() => onSelect(view.id)}
          onKeyDown={(e) => move(e, i)}
        >
          {t(view.label)}
        </button>
      ))}
    </div>
  );
}

export function Workbench({ initialView = "dashboard" }: { initialView?: ViewId }) {
  const styles = useStyles();
  const { t } = useText();
  const { model, loading, lock, session, lastJump } = useWorkbook();
  const [view, setView] = useState<ViewId>(initialView);
  const { View } = VIEWS.find((v) => v.id === view)!;
  return (
    <div className={styles.stack}>
      <Notices />
      {session.kind === "file" && lastJump && (
        <Caption1 role="status">
          {t("previewSelected", { place: `${lastJump.sheet}!${lastJump.cell}` })}
        </Caption1>
      )}
      {loading ? (
        <Caption1 role="status">{t("loadingWorkbook")}</Caption1>
      ) : !model ? null : model.tables.size === 0 ? (
        <FirstRun />
      ) : (
        <>
          {lock.locked.length > 0 && (
            <NoticeBar notice={{ intent: "info", title: msg("lockedTitle"), body: msg("lockedNote") }} />
          )}
          <TabBar selected={view} onSelect={setView} />
          <div
            role="tabpanel"
            id="view-panel"
            aria-labelledby={`tab-${view}`}
            tabIndex={0}
            className={styles.panel}
          >
            <Suspense fallback={<Caption1 role="status">{t("loadingView")}</Caption1>}>
              <View />
            </Suspense>
          </div>
        </>
      )}
    </div>
  );
}
