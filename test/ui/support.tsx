import { TextDecoder, TextEncoder } from "node:util";
import type { ReactElement } from "react";
import ExcelJS from "exceljs";
import { render, type RenderResult } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import type { Locale } from "../../src/taskpane/i18n";
import { makeText, TextContext } from "../../src/taskpane/locale";
import { Workbench, type ViewId } from "../../src/taskpane/Workbench";
import { WorkbookProvider } from "../../src/taskpane/workbook";
import { buildSample } from "../../src/workbook/ops/sample";
import { writeTablesOp, type TableWrite } from "../../src/workbook/ops/rows";
import type { WorkbookSession } from "../../src/workbook/session";
import { XlsxSession } from "../../src/workbook/xlsx";

// jsdom lacks them; the workbook's fingerprints (and ExcelJS) use them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

/** The clock of every op in these tests. */
export const NOW = new Date("2026-11-22T03:00:00.000Z");
export const now = () => NOW;

/** jsdom has no matchMedia; Fluent's motion and the pane's theme ask it. */
export function installMatchMedia(dark = false): void {
  Object.defineProperty(window, "matchMedia", {
    configurable: true,
    writable: true,
    value: (query: string) => ({
      matches: dark && query.includes("dark"),
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}

export const emptySession = () => new XlsxSession(new ExcelJS.Workbook());

/** The bundled sample (seed 003's scores, seed 001's plan) in an in-memory workbook. */
export async function sampleSession(): Promise<XlsxSession> {
  const session = emptySession();
  const problems = await buildSample(session, { now: NOW });
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) throw new Error(errors.map((p) => p.en).join("\n"));
  return session;
}

/** Writes rows through an op and the session, as a user's edit would land in the workbook. */
export async function write(session: WorkbookSession, writes: TableWrite[]): Promise<void> {
  const snapshot = await session.read();
  const { patch, problems } = writeTablesOp(snapshot, writes, { now: NOW, fallbackYear: 2566 });
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) throw new Error(errors.map((p) => p.en).join("\n"));
  await session.apply(patch, snapshot);
}

/** The pane's Workbench over a session, in a language, on a view. */
export function renderPane(
  session: WorkbookSession,
  { locale = "th", view = "dashboard" }: { locale?: Locale; view?: ViewId } = {},
): RenderResult {
  installMatchMedia();
  return render(
    <FluentProvider theme={webLightTheme}>
      <TextContext.Provider value={makeText(locale)}>
        <WorkbookProvider session={session} now={now}>
          <Workbench initialView={view} />
        </WorkbookProvider>
      </TextContext.Provider>
    </FluentProvider>,
  );
}

/** The whole pane as Excel would show it, with the session the test gives. */
export function renderApp(session: WorkbookSession): RenderResult {
  installMatchMedia();
  window.localStorage.clear();
  return render(
    <App environment={{ status: "excel", dark: false }} excelSession={async () => session} now={now} />,
  );
}

export function wrap(element: ReactElement, locale: Locale = "th"): ReactElement {
  return (
    <FluentProvider theme={webLightTheme}>
      <TextContext.Provider value={makeText(locale)}>{element}</TextContext.Provider>
    </FluentProvider>
  );
}

/** Thai letters and digits: what an English pane shows only inside workbook data. */
export const THAI = /[\u0e00-\u0e7f]/;
