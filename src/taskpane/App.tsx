import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  FluentProvider,
  Title3,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { DEFAULT_LOCALE, MESSAGES, isLocale, otherLocale, type Locale } from "./i18n";
import type { OfficeEnvironment, OfficeStatus } from "./office-env";

/** Thai faces first; Tahoma and the system sans-serif cover machines without them. */
export const FONT_STACK = '"TH Sarabun New", "Sarabun", "Leelawadee UI", "Tahoma", sans-serif';

const LOCALE_STORAGE_KEY = "ita.locale";

const STATUS_TEXT = {
  excel: "statusExcel",
  preview: "statusPreview",
  unavailable: "statusNoOffice",
} as const satisfies Record<OfficeStatus, keyof (typeof MESSAGES)["th"]>;

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  header: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
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
}

export function App({ environment }: AppProps) {
  const systemDark = useSyncExternalStore(subscribeToSystemTheme, systemPrefersDark, () => false);
  const dark = environment.dark ?? systemDark;
  const theme = useMemo(() => themeFor(dark), [dark]);
  const [locale, setLocale] = useState<Locale>(readStoredLocale);

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
      <Shell locale={locale} status={environment.status} onSwitchLocale={switchLocale} />
    </FluentProvider>
  );
}

interface ShellProps {
  locale: Locale;
  status: OfficeStatus;
  onSwitchLocale: () => void;
}

function Shell({ locale, status, onSwitchLocale }: ShellProps) {
  const styles = useStyles();
  const m = MESSAGES[locale];
  return (
    <main className={styles.root} lang={locale}>
      <header className={styles.header}>
        <Title3 as="h1">{m.title}</Title3>
        <Button size="small" appearance="subtle" aria-label={m.switchLanguageLabel} onClick={onSwitchLocale}>
          {m.switchLanguage}
        </Button>
      </header>
      <Badge appearance="tint" color={status === "excel" ? "success" : "informative"}>
        {m[STATUS_TEXT[status]]}
      </Badge>
      <Body1 as="p">{m.intro}</Body1>
      <Body1 as="p">{m.functionsHint}</Body1>
      <Caption1 as="p" className={styles.muted}>
        {m.comingSoon}
      </Caption1>
    </main>
  );
}
