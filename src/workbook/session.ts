import type { Problem } from "../domain/problem";
import type { Patch, Snapshot } from "./model";

/**
 * What the task pane talks to: Excel through Office.js, or an .xlsx in the browser preview. Every
 * command is one `read`, a pure op, and one `apply`.
 */
export interface WorkbookSession {
  /** "excel" inside Excel, "file" for the browser preview over an .xlsx. */
  readonly kind: "excel" | "file";
  /** `backups`: also read the hidden backup sheets' cells (to list or restore them). */
  read(options?: { backups?: boolean }): Promise<Snapshot>;
  /**
   * Applies a patch read from `snapshot`. Rejects with a PatchRefused-style error carrying problems
   * (sheet, cell, Thai and English) when a precondition fails; then nothing was written.
   */
  apply(patch: Patch, snapshot: Snapshot): Promise<{ warnings: Problem[] }>;
  /** Selects a cell for the user ("ITA_Plan", "D5"); a no-op where there is nothing to select. */
  select(sheet: string, cell: string): Promise<void>;
  /** Calls back (debounced) when a managed sheet changes; returns an unsubscribe function. */
  onChange(callback: () => void): Promise<() => void>;
}
