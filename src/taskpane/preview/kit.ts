import ExcelJS from "exceljs";
import type { Language } from "../../workbook/schema";
import { buildSample } from "../../workbook/ops/sample";
import { loadWorkbook, XlsxSession, type LostPart } from "../../workbook/xlsx";

/**
 * What only the browser preview needs: ExcelJS and the .xlsx adapter. Loaded as its own chunk
 * (see PreviewHost), so the pane inside Excel never downloads it.
 */

export interface Opened {
  session: XlsxSession;
  /** Parts ExcelJS would drop when the workbook is downloaded again (charts, pivot tables…). */
  unsupportedParts: string[];
  /** The same, one entry per part with its Thai and English name (for the download dialog). */
  lostParts: LostPart[];
}

export async function openWorkbook(bytes: Uint8Array, name: string): Promise<Opened> {
  const { workbook, unsupportedParts, lostParts } = await loadWorkbook(bytes, name);
  return { session: new XlsxSession(workbook), unsupportedParts, lostParts };
}

export const emptyWorkbook = (): Opened => ({
  session: new XlsxSession(new ExcelJS.Workbook()),
  unsupportedParts: [],
  lostParts: [],
});

export class SampleBuildError extends Error {
  constructor(reasons: string[]) {
    super(`The sample workbook could not be built: ${reasons.join("; ")}`);
    this.name = "SampleBuildError";
  }
}

/** The bundled sample: seed 003's scores and seed 001's plan in a new workbook. */
export async function sampleWorkbook(now: Date, language: Language): Promise<Opened> {
  const opened = emptyWorkbook();
  const problems = await buildSample(opened.session, { now, language });
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) throw new SampleBuildError(errors.map((p) => p.en));
  return opened;
}
