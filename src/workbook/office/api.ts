/**
 * The part of the Excel JavaScript API this adapter uses, as structural types. Excel's own
 * `Excel.RequestContext` satisfies them (checked at the end of this file), and so does the
 * recording fake of the tests: the adapter never names the `Excel` global, which does not exist
 * outside Excel. Member names and shapes follow Office.js exactly; only what is used is listed.
 *
 * Requirement sets: everything here is ExcelApi 1.1–1.4 unless a comment says otherwise; the
 * adapter checks the newer ones before it calls them (requirements.ts).
 */

/** `load` takes the comma-separated property paths Office.js accepts ("items/name,values"). */
interface Loadable {
  load(propertyNames: string): unknown;
}

/** Set in Excel after a sync when an `*OrNullObject` call found nothing. */
interface Nullable {
  readonly isNullObject: boolean;
}

export interface ExcelEventResult {
  /** The request context the handler was added in: removing it must run in that context. */
  readonly context: unknown;
  remove(): void;
}

export interface ExcelEvents<Args> {
  add(handler: (args: Args) => Promise<unknown>): ExcelEventResult;
}

export interface ExcelRangeFont {
  name: string;
  size: number;
  bold: boolean;
  color: string;
}

export interface ExcelRangeFormat {
  readonly font: ExcelRangeFont;
  readonly fill: { color: string; clear(): void };
  /** Points, at 100% zoom (ExcelApi 1.2). */
  columnWidth: number;
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
}

/** ExcelApi 1.8. */
export interface ExcelDataValidation {
  rule: Excel.DataValidationRule;
  errorAlert: Excel.DataValidationErrorAlert;
  ignoreBlanks: boolean;
  clear(): void;
}

/** ExcelApi 1.6. */
export interface ExcelConditionalFormat {
  readonly custom: {
    readonly rule: { formula: string };
    readonly format: {
      readonly fill: { color: string };
      readonly font: { color: string; bold: boolean };
    };
  };
  readonly dataBar: {
    lowerBoundRule: Excel.ConditionalDataBarRule;
    upperBoundRule: Excel.ConditionalDataBarRule;
    readonly positiveFormat: { fillColor: string; gradientFill: boolean };
  };
}

/** ExcelApi 1.9. */
export interface ExcelRangeAreas extends Loadable, Nullable {
  readonly address: string;
  readonly format: ExcelRangeFormat;
  clear(applyTo?: "All" | "Formats" | "Contents"): void;
  readonly conditionalFormats: {
    add(type: "Custom" | "DataBar"): ExcelConditionalFormat;
  };
}

export interface ExcelRange extends Loadable, Nullable {
  /** "Sheet!A1:B2", sheet-qualified. */
  readonly address: string;
  /**
   * 2-D, or one value for every cell ("Update all cells in a range" in Microsoft's guide). In a
   * 2-D array `null` leaves a cell as it is and "" empties it.
   */
  values: unknown[][] | string | number | boolean;
  formulas: unknown[][] | string;
  numberFormat: unknown[][] | string;
  /** "Empty", "String", "Double", "Boolean", "Error", "Integer", "Unknown", "RichValue". */
  readonly valueTypes: string[][];
  readonly format: ExcelRangeFormat;
  columnHidden: boolean;
  readonly dataValidation: ExcelDataValidation;
  readonly conditionalFormats: {
    add(type: "Custom" | "DataBar"): ExcelConditionalFormat;
    clearAll(): void;
  };
  clear(applyTo?: "All" | "Formats" | "Contents"): void;
  unmerge(): void;
  select(): void;
  getUsedRangeOrNullObject(valuesOnly?: boolean): ExcelRange;
  /** ExcelApi 1.9. */
  getSpecialCellsOrNullObject(
    cellType: "Constants" | "Formulas",
    cellValueType?: "All" | "Errors",
  ): ExcelRangeAreas;
}

export interface ExcelTable extends Loadable {
  name: string;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  readonly worksheet: { readonly name: string };
  readonly columns: Loadable & { readonly items: { readonly name: string }[] };
  getRange(): ExcelRange;
  getHeaderRowRange(): ExcelRange;
  getDataBodyRange(): ExcelRange;
  /** ExcelApi 1.13. */
  resize(newRange: string): void;
}

export interface ExcelTableCollection extends Loadable {
  readonly items: ExcelTable[];
  getItem(key: string): ExcelTable;
  add(address: string, hasHeaders: boolean): ExcelTable;
}

export interface ExcelWorksheet extends Loadable {
  readonly id: string;
  name: string;
  /** "Visible", "Hidden", "VeryHidden". */
  visibility: string;
  /** "#RRGGBB" (ExcelApi 1.7). */
  tabColor: string;
  readonly protection: {
    readonly protected: boolean;
    protect(options?: Excel.WorksheetProtectionOptions): void;
    unprotect(): void;
  };
  readonly tables: ExcelTableCollection;
  /** ExcelApi 1.7. */
  readonly freezePanes: { freezeRows(count?: number): void; unfreeze(): void };
  /** ExcelApi 1.9. */
  readonly pageLayout: { orientation: string; paperSize: string; zoom: Excel.PageLayoutZoomOptions };
  /** ExcelApi 1.7. */
  readonly onChanged: ExcelEvents<{ readonly worksheetId: string; readonly address: string }>;
  /** Without an address: the whole sheet. */
  getRange(address?: string): ExcelRange;
  /** ExcelApi 1.9: several areas at once ("A1:A3,C1:C3"). */
  getRanges(address?: string): ExcelRangeAreas;
  getUsedRangeOrNullObject(valuesOnly?: boolean): ExcelRange;
  activate(): void;
}

export interface ExcelWorksheetCollection extends Loadable {
  readonly items: ExcelWorksheet[];
  getItem(key: string): ExcelWorksheet;
  add(name?: string): ExcelWorksheet;
  /** ExcelApi 1.7. */
  readonly onAdded: ExcelEvents<{ readonly worksheetId: string }>;
  /** ExcelApi 1.7. */
  readonly onDeleted: ExcelEvents<{ readonly worksheetId: string }>;
}

export interface ExcelContext {
  readonly workbook: {
    readonly worksheets: ExcelWorksheetCollection;
    readonly tables: ExcelTableCollection;
    getSelectedRange(): ExcelRange;
  };
  sync(): Promise<unknown>;
}

/** Compile-time proof that the real API has every member used here, with compatible types. */
export const excelContextFits = (context: Excel.RequestContext): ExcelContext => context;
