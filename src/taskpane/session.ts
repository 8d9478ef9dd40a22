import { createContext, useContext } from "react";
import type { WorkbookSession } from "../workbook/session";

/**
 * The task pane's one door to a workbook. Components take the session from this context and
 * never touch Office.js: inside Excel it is the Office.js adapter, in the browser preview an .xlsx
 * held in memory (preview/kit.ts), in tests whatever the test provides.
 */
export const SessionContext = createContext<WorkbookSession | null>(null);

export function useSession(): WorkbookSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession() outside a <SessionContext.Provider>");
  return session;
}

/** A block of cells the user selected, as the importer's `importGrid` takes it. */
export interface SelectedGrid {
  sheet: string;
  /** Top-left cell of the selection ("B3"). */
  topLeft: string;
  grid: (string | number | boolean | null)[][];
}

/**
 * What "use the selected range" needs beyond WorkbookSession. Only a session inside Excel can
 * offer it; the pane asks for it by feature, so an adapter without it simply disables the button.
 */
export interface SelectionSource {
  readSelection(): Promise<SelectedGrid>;
}

export function canReadSelection(session: WorkbookSession): session is WorkbookSession & SelectionSource {
  return typeof (session as Partial<SelectionSource>).readSelection === "function";
}

/** Thrown when the Office.js adapter cannot be loaded. */
export class ExcelSessionUnavailableError extends Error {
  constructor(options?: { cause?: unknown }) {
    super(
      "The Excel connection (src/workbook/office, OfficeSession) could not be loaded; " +
        "use the browser preview on an .xlsx file meanwhile.",
      options,
    );
    this.name = "ExcelSessionUnavailableError";
  }
}

/*
 * ─── The one place where the session inside Excel is created ───────────────────────────────────
 * The Office.js adapter (src/workbook/office) is loaded here, only inside Excel: the browser
 * preview never downloads it. A failure to load it becomes ExcelSessionUnavailableError, which
 * the pane shows with what to do instead.
 */
export async function createExcelSession(): Promise<WorkbookSession> {
  let office: typeof import("../workbook/office");
  try {
    office = await import(/* webpackChunkName: "office" */ "../workbook/office");
  } catch (cause) {
    throw new ExcelSessionUnavailableError({ cause });
  }
  return new office.OfficeSession(office.excelHost());
}
