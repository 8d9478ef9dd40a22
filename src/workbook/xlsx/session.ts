import type ExcelJS from "exceljs";
import type { Problem } from "../../domain/problem";
import type { Patch, Snapshot } from "../model";
import type { WorkbookSession } from "../session";
import { applyPatch } from "./apply";
import { readSnapshot } from "./read";
import { toBytes } from "./save";

/**
 * The browser preview's session: an .xlsx held in memory. Selecting a cell is remembered (the
 * preview shows it) since there is no grid to move; nothing else edits the workbook, so there are
 * no change events to report.
 */
export class XlsxSession implements WorkbookSession {
  readonly kind = "file" as const;
  selected: { sheet: string; cell: string } | undefined;

  constructor(readonly workbook: ExcelJS.Workbook) {}

  async read(options: { backups?: boolean } = {}): Promise<Snapshot> {
    return readSnapshot(this.workbook, options);
  }

  async apply(patch: Patch, snapshot: Snapshot): Promise<{ warnings: Problem[] }> {
    applyPatch(this.workbook, patch, snapshot);
    return { warnings: [] };
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.selected = { sheet, cell };
  }

  async onChange(): Promise<() => void> {
    return () => undefined;
  }

  /** The workbook as .xlsx bytes, for the preview's download. */
  bytes(): Promise<Uint8Array> {
    return toBytes(this.workbook);
  }
}
