import { lazy, Suspense, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from "react";
import {
  FluentProvider,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { PaneBadge } from "./components/PaneBadge";
import { PaneButton } from "./components/PaneButton";
import { Caption1, Title3 } from "./components/type";
import type { WorkbookSession } from "../workbook/session";
import { NoticeBar } from "./components/LazyNotices";
import { describeError, type NoticeContent } from "./errors";
import { DEFAULT_LOCALE, isLocale, otherLocale, type Locale } from "./i18n";
import { makeText, TextContext, useText } from "./locale";
import type { OfficeEnvironment, OfficeStatus } from "./office-env";
import { createExcelSession } from "./session";
import { Workbench } from "./Workbench";
import { WorkbookProvider } from "./workbook";

/** Outside Excel only: the preview's file handling (and, through it, ExcelJS) is a chunk of its own. */
const PreviewHost = lazy(() =>
  import(/* webpackChunkName: "preview-host" */ "./preview/PreviewHost").then((m) => ({
    default: m.PreviewHost,
  })),
);

/**
 * Office's own UI faces: Segoe UI for Latin letters, Leelawadee UI (Windows) or Thonburi (macOS)
 * for Thai, which the browser picks glyph by glyph. TH Sarabun New, the documents' face, is too
 * small at UI sizes; it stays for the workbook's cells (THAI_FONT).
 */
export const FONT_STACK =
  '"Segoe UI", "Segoe UI Web (West European)", -apple-system, "Leelawadee UI", Thonburi, "Noto Sans Thai", Tahoma, sans-serif';

const LOCALE_STORAGE_KEY = "ita.locale";

const STATUS_TEXT = {
  excel: "statusExcel",
  preview: "statusPreview",
  unavailable: "statusNoOffice",
} as const;

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  title: { margin: 0 },
  subtitle: { margin: 0, color: tokens.colorNeutralForeground3 },
  switch: { whiteSpace: "nowrap", flexShrink: 0 },
  status: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE; // storage can be blocked in some Office web views
  }
}

function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // not remembered: the pane opens in Thai next time
  }
}

const DARK_QUERY = "(prefers-color-scheme: dark)";

function subscribeToSystemTheme(onChange: () => void): () => void {
  if (typeof window.matchMedia !== "function") return () => undefined;
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

function systemPrefersDark(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia(DARK_QUERY).matches;
}

function themeFor(dark: boolean): Theme {
  return { ...(dark ? webDarkTheme : webLightTheme), fontFamilyBase: FONT_STACK };
}

export interface AppProps {
  environment: OfficeEnvironment;
  /** Overrides where the session inside Excel comes from (tests). */
  excelSession?: () => Promise<WorkbookSession>;
  now?: () => Date;
}

/** The pane: theme (Office's in Excel, the system's elsewhere), language, and the host it runs in. */
export function App({ environment, excelSession = createExcelSession, now }: AppProps) {
  const systemDark = useSyncExternalStore(subscribeToSystemTheme, systemPrefersDark, () => false);
  const dark = environment.status === "excel" && environment.dark !== null ? environment.dark : systemDark;
  const theme = useMemo(() => themeFor(dark), [dark]);
  const [locale, setLocale] = useState<Locale>(readStoredLocale);
  const text = useMemo(() => makeText(locale), [locale]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const switchLocale = () => {
    const next = otherLocale(locale);
    storeLocale(next);
    setLocale(next);
  };

  return (
    <FluentProvider theme={theme}>
      <TextContext.Provider value={text}>
        <Shell status={environment.status} onSwitchLocale={switchLocale}>
          {environment.status === "excel" ? (
            <ExcelHost create={excelSession} now={now} />
          ) : (
            <Suspense fallback={<Caption1 role="status">{text.t("loadingView")}</Caption1>}>
              <PreviewHost now={now} />
            </Suspense>
          )}
        </Shell>
      </TextContext.Provider>
    </FluentProvider>
  );
}

function Shell({
  status,
  onSwitchLocale,
  children,
}: {
  status: OfficeStatus;
  onSwitchLocale: () => void;
  children: ReactNode;
}) {
  const styles = useStyles();
  const { t, locale } = useText();
  return (
    <main className={styles.root} lang={locale}>
      <header className={styles.header}>
        <div>
          <Title3 as="h1" className={styles.title}>
            {t("title")}
          </Title3>
          <Caption1 as="p" className={styles.subtitle}>
            {t("subtitle")}
          </Caption1>
        </div>
        <PaneButton
          size="small"
          appearance="subtle"
          className={styles.switch}
          lang={otherLocale(locale)}
          onClick={onSwitchLocale}
        >
          {t("switchLanguage")}
        </PaneButton>
      </header>
      <div className={styles.status}>
        <PaneBadge appearance="tint" color={status === "excel" ? "success" : "informative"}>
          {t(STATUS_TEXT[status])}
        </PaneBadge>
      </div>
      {children}
    </main>
  );
}

/** Inside Excel: the Office.js session, created once. */
function ExcelHost({ create, now }: { create: () => Promise<WorkbookSession>; now?: () => Date }) {
  const { t } = useText();
  const [session, setSession] = useState<WorkbookSession>();
  const [error, setError] = useState<NoticeContent>();
  useEffect(() => {
    let active = true;
    create().then(
      (s) => active && setSession(s),
      (e: unknown) => active && setError(describeError(e)),
    );
    return () => {
      active = false;
    };
  }, [create]);
  if (error) return <NoticeBar notice={error} />;
  if (!session) return <Caption1 role="status">{t("loadingWorkbook")}</Caption1>;
  return (
    <WorkbookProvider session={session} now={now}>
      <Workbench />
    </WorkbookProvider>
  );
}
