import { createContext, useContext } from "react";
import type { GridImportOptions, ImportKind, ImportResult, TextImportOptions } from "../domain/import";
import type { Snapshot } from "../workbook/model";
import { importOp } from "../workbook/ops/import";
import type { OpResult } from "../workbook/ops/init";
import type { MessageKey } from "./i18n";

/**
 * The importer as the Import view uses it (src/domain/import): text or a grid of cells in, the
 * tables it recognised and the problems it met out. The view gets it through a context and loads
 * it on first use, so the importer's code stays out of the pane's first download.
 */
export interface Importer {
  importText(text: string, options: TextImportOptions): ImportResult;
  importGrid(grid: readonly (readonly unknown[])[], options: GridImportOptions): ImportResult;
}

export class ImporterUnavailableError extends Error {
  constructor(options?: { cause?: unknown }) {
    super("The document reader (src/domain/import) could not be loaded.", options);
    this.name = "ImporterUnavailableError";
  }
}

/** The one place where the importer is loaded. */
export async function loadImporter(): Promise<Importer> {
  try {
    const { importText, importGrid } = await import(/* webpackChunkName: "importer" */ "../domain/import");
    return { importText, importGrid };
  } catch (cause) {
    throw new ImporterUnavailableError({ cause });
  }
}

export const ImporterContext = createContext<() => Promise<Importer>>(loadImporter);

export const useImporter = (): (() => Promise<Importer>) => useContext(ImporterContext);

/** Writes what the importer found through the import op: one patch, one backup, nothing if refused. */
export const commitImportOp = (
  snapshot: Snapshot,
  result: ImportResult,
  options: { now: Date; fallbackYear: number },
): OpResult => importOp(snapshot, result.tables, options);

/** How the pane names each kind of table the importer recognises. */
export const KIND_LABEL: Record<ImportKind, MessageKey> = {
  plan: "kindPlan",
  measures: "kindMeasures",
  indicatorProgress: "kindIndicatorProgress",
  oitProgress: "kindOitProgress",
  indicatorScores: "kindIndicatorScores",
  questionScores: "kindQuestionScores",
  toolSummary: "kindToolSummary",
};
