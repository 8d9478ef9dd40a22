import { columnLetter, columnNumber, parseCell, rangeAddress, type RangeBox } from "../address";
import {
  THAI_FONT,
  isFormula,
  type CellPut,
  type CellStyle,
  type CellWrite,
  type ColumnSpec,
  type ConditionalRule,
  type PatchStep,
  type Validation,
} from "../model";
import type { WriteTableStep } from "../xlsx/tables";
import { dataValidation } from "../xlsx/validation";
import type { ExcelContext, ExcelRange, ExcelRangeAreas, ExcelRangeFormat, ExcelWorksheet } from "./api";
import { sameBox, subtract, toInput } from "./cells";
import { OFFICE_VISIBILITY } from "./layout";
import { LOG_COLUMNS } from "./log";
import { findSheet, findTable, target, type ViewTable, type WorkbookView } from "../preconditions";
import { jsonBytes, op, REQUEST_BUDGET, rowBlocks, type WriteOp } from "./payload";
import type { Features } from "./requirements";

/**
 * The writes of a checked patch as a list of ops, each with its estimated request size, in the
 * order Excel must run them. apply.ts sends them in as few syncs as the payload budget allows.
 *
 * Within a table or a block of cells the order is always: clear the formats, write the values
 * (texts with their apostrophe, see cells.ts), then set the formats. Tables are rewritten in place
 * with `Table.resize` (ExcelApi 1.13): a deleted table would turn every formula that names it
 * (the สรุป sheet's SUMIFS over ITA_Plan[งบประมาณ], and the user's own) into #REF! at once, while
 * a resized one keeps its name, id, style, filters and the references to it.
 */

export const HEADER_FONT_SIZE = 14;
const TABLE_STYLE = "TableStyleMedium2";
/** Leaves room in a batch for the ops around a block of rows. */
const BLOCK_BUDGET = Math.floor(REQUEST_BUDGET * 0.9);
/** Characters of one getRanges address: Excel's formulas stop at 8,192, stay well inside. */
const AREAS_CHARACTERS = 2_000;

type Step<K extends PatchStep["kind"]> = Extract<PatchStep, { kind: K }>;

/** "RRGGBB", "#RRGGBB" or "AARRGGBB" as the "#RRGGBB" Office.js takes. */
export const hexColour = (colour: string): string => `#${colour.replace(/^#/, "").slice(-6).toUpperCase()}`;

/** Excel's width in characters (of the default font, 7-pixel digits, 5 pixels of padding) in points. */
export const widthPoints = (chars: number): number => (chars <= 0 ? 0 : Math.trunc(chars * 7 + 5) * 0.75);

/** Row runs of the cells, then runs of rows with the same columns merged: a few rectangles. */
export function rectangles(cells: readonly { row: number; column: number }[]): RangeBox[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.column - b.column);
  const runs: RangeBox[] = [];
  for (const { row, column } of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.top === row && last.right === column - 1) last.right = column;
    else if (!(last && last.top === row && last.right >= column))
      runs.push({ top: row, left: column, bottom: row, right: column });
  }
  const merged: RangeBox[] = [];
  const open = new Map<string, RangeBox>();
  for (const run of runs) {
    const key = `${run.left}:${run.right}`;
    const above = open.get(key);
    if (above && above.bottom === run.top - 1) above.bottom = run.top;
    else {
      const box = { ...run };
      merged.push(box);
      open.set(key, box);
    }
  }
  return merged;
}

/** Validation as Office.js takes it; the alert texts are the xlsx adapter's. */
function validationRule(v: Validation): Excel.DataValidationRule {
  switch (v.type) {
    case "list":
      return { list: { inCellDropDown: true, source: v.values.join(",") } };
    case "whole":
      return { wholeNumber: { formula1: v.min, formula2: v.max, operator: "Between" } };
    case "decimal":
      return v.max === undefined
        ? { decimal: { formula1: v.min, operator: "GreaterThanOrEqualTo" } }
        : { decimal: { formula1: v.min, formula2: v.max, operator: "Between" } };
  }
}

function validationAlert(v: Validation): Excel.DataValidationErrorAlert {
  const texts = dataValidation(v);
  return { showAlert: true, style: "Stop", title: texts.errorTitle ?? "", message: texts.error ?? "" };
}

export class WritePlanner {
  readonly ops: WriteOp[] = [];
  /** Lower-case name → the sheet's name, for the sheets as they will be. */
  private sheets = new Map<string, string>();
  /** Tables the patch writes: whether their rows hold formulas, JSON bytes per body cell sent. */
  readonly written = new Map<string, { hasFormulas: boolean; cellBytes?: number }>();
  /** Tables created by earlier steps of the patch, by lower-case name. */
  private created = new Map<string, ViewTable>();

  constructor(
    private readonly context: ExcelContext,
    private readonly view: WorkbookView,
    private readonly features: Features,
    private readonly protectedSheets: ReadonlySet<string>,
  ) {
    for (const s of view.sheets) this.sheets.set(s.name.toLowerCase(), s.name);
  }

  sheetNames(): string[] {
    return [...this.sheets.values()];
  }

  private sheetName(name: string): string {
    return findSheet(this.view, name)?.name ?? this.sheets.get(name.toLowerCase()) ?? name;
  }

  private sheet(name: string): ExcelWorksheet {
    return this.context.workbook.worksheets.getItem(name);
  }

  private range(sheet: string, box: RangeBox | string): ExcelRange {
    return this.sheet(sheet).getRange(typeof box === "string" ? box : rangeAddress(box));
  }

  private table(name: string): ViewTable | undefined {
    return this.created.get(name.toLowerCase()) ?? findTable(this.view, name);
  }

  private add(o: WriteOp): void {
    this.ops.push(o);
  }

  step(step: PatchStep): void {
    switch (step.kind) {
      case "ensureSheet":
        return this.ensureSheet(step);
      case "writeTable":
        return this.writeTable(step);
      case "clearSheet":
        return this.clearSheet(step);
      case "setCells":
        return this.setCells(step);
      case "setColumnWidths":
        return this.setColumnWidths(step);
      case "conditionalFormats":
        return this.conditionalFormats(step);
      case "sheetSetup":
        return this.sheetSetup(step);
    }
  }

  ensureSheet(step: Step<"ensureSheet">): void {
    const lower = step.sheet.toLowerCase();
    if (!this.sheets.has(lower)) {
      this.sheets.set(lower, step.sheet);
      this.add(op(1, step.sheet, () => this.context.workbook.worksheets.add(step.sheet)));
    }
    const name = this.sheetName(step.sheet);
    if (step.visibility) {
      const visibility = OFFICE_VISIBILITY[step.visibility];
      this.add(op(1, visibility, () => (this.sheet(name).visibility = visibility)));
    }
    if (step.tabColor && this.features.use("tabColor", name)) {
      const colour = hexColour(step.tabColor);
      this.add(op(1, colour, () => (this.sheet(name).tabColor = colour)));
    }
  }

  writeTable(step: WriteTableStep): void {
    const existing = this.table(step.table);
    const sheet = existing?.sheet ?? this.sheetName(step.sheet);
    const box = target(step, existing);
    const hasFormulas = step.rows.some((row) => row.some(isFormula));
    if (existing) this.reshape(existing, box);
    else {
      this.created.set(step.table.toLowerCase(), { name: step.table, sheet, box });
      this.add(
        op(3, undefined, () => {
          const table = this.sheet(sheet).tables.add(rangeAddress(box), true);
          table.name = step.table;
          table.style = TABLE_STYLE;
        }),
      );
    }
    this.add(op(1, undefined, () => this.range(sheet, box).clear("Formats")));
    const header = { ...box, bottom: box.top };
    const headers = [step.columns.map((c) => toInput(c.header))];
    this.add(op(1, headers, () => (this.range(sheet, header).formulas = headers)));
    const width = step.columns.length;
    const body = step.rows.length > 0 ? step.rows : [[]];
    const inputs = body.map((row) => Array.from({ length: width }, (_, i) => toInput(row[i] ?? null)));
    const cellBytes = Math.max(1, Math.ceil(jsonBytes(inputs) / (inputs.length * Math.max(1, width))));
    this.written.set(existing?.name ?? step.table, { hasFormulas, cellBytes });
    this.rows(sheet, box.top + 1, box.left, inputs);
    this.tableFormats(sheet, box, step.columns);
  }

  /** An existing table to its new box; the cells it leaves are emptied (value, format, validation). */
  private reshape(existing: ViewTable, box: RangeBox): void {
    if (sameBox(existing.box, box)) return;
    const address = rangeAddress(box);
    this.add(op(1, address, () => this.context.workbook.tables.getItem(existing.name).resize(address)));
    for (const part of subtract(existing.box, [box])) {
      this.add(
        op(2, undefined, () => {
          const range = this.range(existing.sheet, part);
          range.clear("All");
          if (this.features.has("dataValidation")) range.dataValidation.clear();
        }),
      );
    }
  }

  /** Writes rows of inputs from (top, left) down, in blocks under the payload budget. */
  private rows(
    sheet: string,
    top: number,
    left: number,
    inputs: unknown[][],
    property: "formulas" | "numberFormat" = "formulas",
  ): void {
    const width = inputs[0]?.length ?? 0;
    if (width === 0) return;
    for (const [start, end] of rowBlocks(inputs, BLOCK_BUDGET)) {
      const block = inputs.slice(start, end);
      const box = { top: top + start, left, bottom: top + end - 1, right: left + width - 1 };
      this.add(op(1, block, () => (this.range(sheet, box)[property] = block)));
    }
  }

  private tableFormats(sheet: string, box: RangeBox, columns: readonly ColumnSpec[]): void {
    const validation = this.features.has("dataValidation");
    this.add(
      op(4, undefined, () => {
        const header = this.range(sheet, { ...box, bottom: box.top });
        header.format.font.name = THAI_FONT;
        header.format.font.size = HEADER_FONT_SIZE;
        header.format.font.bold = true;
        header.format.verticalAlignment = "Center";
        header.format.wrapText = true;
        if (validation) header.dataValidation.clear();
        const body = this.range(sheet, { ...box, top: box.top + 1 });
        body.format.font.name = THAI_FONT;
        body.format.font.size = HEADER_FONT_SIZE;
        body.format.verticalAlignment = "Top";
      }),
    );
    columns.forEach((column, i) => this.columnFormat(sheet, box, column, box.left + i, validation));
  }

  private columnFormat(
    sheet: string,
    box: RangeBox,
    column: ColumnSpec,
    c: number,
    validation: boolean,
  ): void {
    const letter = columnLetter(c);
    const body = { top: box.top + 1, left: c, bottom: box.bottom, right: c };
    const rule =
      column.validation && this.features.use("dataValidation", sheet) ? column.validation : undefined;
    const data = { numFmt: column.numFmt, width: column.width, rule: rule && validationRule(rule) };
    this.add(
      op(6, data, () => {
        const range = this.range(sheet, body);
        if (column.numFmt) range.numberFormat = column.numFmt;
        if (column.wrap) range.format.wrapText = true;
        if (validation) range.dataValidation.clear();
        if (rule) {
          range.dataValidation.rule = validationRule(rule);
          range.dataValidation.errorAlert = validationAlert(rule);
          range.dataValidation.ignoreBlanks = rule.allowBlank ?? true;
        }
        if (column.width !== undefined)
          this.range(sheet, `${letter}:${letter}`).format.columnWidth = widthPoints(column.width);
      }),
    );
  }

  clearSheet(step: Step<"clearSheet">): void {
    const sheet = findSheet(this.view, step.sheet);
    if (!sheet) return;
    const conditional = this.features.has("conditionalFormats");
    const validation = this.features.has("dataValidation");
    this.add(
      op(4, undefined, () => {
        const all = this.sheet(sheet.name).getRange();
        all.unmerge();
        all.clear("All");
        if (conditional) all.conditionalFormats.clearAll();
        if (validation) all.dataValidation.clear();
      }),
    );
  }

  /**
   * Single cells: formats cleared on the rectangles the cells form, the values (and number formats)
   * written as sparse grids where null leaves a cell alone, then each style on its rectangles.
   * With ExcelApi 1.9 one action covers many rectangles (`getRanges`), so a backup of thousands of
   * rows costs a few hundred actions, not one per row.
   */
  setCells(step: Step<"setCells">): void {
    const sheet = this.sheetName(step.sheet);
    const puts = new Map<string, CellPut>();
    for (const put of step.cells) puts.set(put.address.toUpperCase(), put);
    if (puts.size === 0) return;
    const at = [...puts.values()].map((put) => ({ put, ...parseCell(put.address) }));
    const styles = new Map<string, { style: CellStyle; cells: { row: number; column: number }[] }>();
    for (const cell of at) {
      const key = JSON.stringify(cell.put.style ?? {});
      const group = styles.get(key) ?? { style: cell.put.style ?? {}, cells: [] };
      group.cells.push(cell);
      styles.set(key, group);
    }
    const groups = [...styles.values()].map((g) => ({
      style: g.style,
      areas: this.areas(sheet, rectangles(g.cells)),
    }));
    for (const { areas } of groups)
      for (const area of areas) this.add(op(1, area.address, () => area.get().clear("Formats")));
    this.sparse(sheet, at, (put) => toInput(put.value), "formulas");
    const formatted = at.filter((c) => c.put.style?.numFmt);
    if (formatted.length > 0) this.sparse(sheet, formatted, (put) => put.style!.numFmt!, "numberFormat");
    for (const { style, areas } of groups) {
      for (const area of areas)
        this.add(op(6, [area.address, style], () => this.cellStyle(area.get().format, style)));
    }
  }

  /** Rectangles as getRanges chunks (ExcelApi 1.9) or as single ranges. */
  private areas(
    sheet: string,
    boxes: readonly RangeBox[],
  ): { address: string; get(): ExcelRange | ExcelRangeAreas }[] {
    if (!this.features.has("rangeAreas")) {
      return boxes.map((box) => ({ address: rangeAddress(box), get: () => this.range(sheet, box) }));
    }
    const chunks: string[][] = [[]];
    let length = 0;
    for (const box of boxes) {
      const address = rangeAddress(box);
      if (length + address.length > AREAS_CHARACTERS && chunks[chunks.length - 1]!.length > 0) {
        chunks.push([]);
        length = 0;
      }
      chunks[chunks.length - 1]!.push(address);
      length += address.length + 1;
    }
    return chunks.map((chunk) => {
      const address = chunk.join(",");
      return { address, get: () => this.sheet(sheet).getRanges(address) };
    });
  }

  /** One property of scattered cells as a grid over their bounds, null elsewhere, in row blocks. */
  private sparse(
    sheet: string,
    cells: readonly { put: CellPut; row: number; column: number }[],
    value: (put: CellPut) => string | number | boolean,
    property: "formulas" | "numberFormat",
  ): void {
    // A loop, not Math.min(...): spreading 100,000 cells as arguments overflows the call stack.
    let top = Infinity;
    let left = Infinity;
    let bottom = -Infinity;
    let right = -Infinity;
    for (const c of cells) {
      if (c.row < top) top = c.row;
      if (c.row > bottom) bottom = c.row;
      if (c.column < left) left = c.column;
      if (c.column > right) right = c.column;
    }
    const grid: (string | number | boolean | null)[][] = Array.from({ length: bottom - top + 1 }, () =>
      Array.from({ length: right - left + 1 }, () => null),
    );
    for (const c of cells) grid[c.row - top]![c.column - left] = value(c.put);
    this.rows(sheet, top, left, grid, property);
  }

  /** The xlsx adapter's cellStyle on cleared cells: the Thai font always, the rest when given. */
  private cellStyle(format: ExcelRangeFormat, style: CellStyle): void {
    format.font.name = THAI_FONT;
    format.font.size = style.size ?? HEADER_FONT_SIZE;
    format.font.bold = style.bold === true;
    if (style.color) format.font.color = hexColour(style.color);
    if (style.fill) format.fill.color = hexColour(style.fill);
    if (style.align)
      format.horizontalAlignment = { left: "Left", center: "Center", right: "Right" }[style.align];
    if (style.align || style.wrap !== undefined) {
      format.verticalAlignment = "Top";
      format.wrapText = style.wrap === true;
    }
  }

  setColumnWidths(step: Step<"setColumnWidths">): void {
    const sheet = this.sheetName(step.sheet);
    for (const [letter, width] of Object.entries(step.widths)) {
      const column = columnLetter(columnNumber(letter));
      this.add(
        op(
          1,
          width,
          () => (this.range(sheet, `${column}:${column}`).format.columnWidth = widthPoints(width)),
        ),
      );
    }
    for (const letter of step.hidden ?? []) {
      const column = columnLetter(columnNumber(letter));
      this.add(op(1, true, () => (this.range(sheet, `${column}:${column}`).columnHidden = true)));
    }
  }

  /** Replaces the sheet's conditional formats; the first rule given ends up with the top priority. */
  conditionalFormats(step: Step<"conditionalFormats">): void {
    const sheet = this.sheetName(step.sheet);
    if (!this.features.use("conditionalFormats", sheet)) return;
    this.add(op(1, undefined, () => this.sheet(sheet).getRange().conditionalFormats.clearAll()));
    const pairs = step.formats.flatMap((format) => format.rules.map((rule) => ({ format, rule })));
    // Excel puts each new format at the top of the list: add them last to first.
    for (const { format, rule } of pairs.reverse()) {
      const areas = format.ref.trim().split(/\s+/);
      if (areas.length > 1 && !this.features.use("multiAreaFormats", sheet)) continue;
      this.add(op(6, rule, () => this.addRule(sheet, areas, rule)));
    }
  }

  private addRule(sheet: string, areas: readonly string[], rule: ConditionalRule): void {
    const add = (type: "Custom" | "DataBar") =>
      areas.length === 1
        ? this.range(sheet, areas[0]!).conditionalFormats.add(type)
        : this.sheet(sheet).getRanges(areas.join(",")).conditionalFormats.add(type);
    if (rule.type === "expression") {
      const cf = add("Custom");
      cf.custom.rule.formula = `=${rule.formula.trim().replace(/^=/, "")}`;
      cf.custom.format.fill.color = hexColour(rule.fill);
      if (rule.color) cf.custom.format.font.color = hexColour(rule.color);
      if (rule.bold) cf.custom.format.font.bold = true;
    } else {
      const cf = add("DataBar");
      cf.dataBar.lowerBoundRule = { type: "Number", formula: String(rule.min) };
      cf.dataBar.upperBoundRule = { type: "Number", formula: String(rule.max) };
      cf.dataBar.positiveFormat.fillColor = hexColour(rule.color);
      cf.dataBar.positiveFormat.gradientFill = false;
    }
  }

  sheetSetup(step: Step<"sheetSetup">): void {
    const sheet = this.sheetName(step.sheet);
    const rows = step.freezeRows;
    if (rows !== undefined && this.features.use("freezePanes", sheet)) {
      this.add(
        op(1, rows, () =>
          rows > 0
            ? this.sheet(sheet).freezePanes.freezeRows(rows)
            : this.sheet(sheet).freezePanes.unfreeze(),
        ),
      );
    }
    if (step.print && this.features.use("pageLayout", sheet)) {
      this.add(
        op(3, undefined, () => {
          const layout = this.sheet(sheet).pageLayout;
          layout.orientation = "Landscape";
          layout.paperSize = "A4";
          // One page wide, as many tall as needed (0: automatic, Excel's fitToHeight=0).
          layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        }),
      );
    }
    const isProtected = this.protectedSheets.has(sheet);
    if (step.protect === true && !isProtected) {
      // No password: the protection guards against slips, not people (as the xlsx adapter).
      this.add(
        op(1, undefined, () =>
          this.sheet(sheet).protection.protect({
            allowFormatColumns: true,
            allowSort: true,
            allowAutoFilter: true,
          }),
        ),
      );
    } else if (step.protect === false && isProtected) {
      this.add(op(1, undefined, () => this.sheet(sheet).protection.unprotect()));
    }
  }

  /**
   * Appends the log entries: the existing ITA_Log grows by their rows and only they are written;
   * a missing log is created on _ita_log like any new table.
   */
  log(step: WriteTableStep, kept: number): void {
    const existing = this.table(step.table);
    if (!existing) {
      if (!this.sheets.has(step.sheet.toLowerCase()))
        this.ensureSheet({ kind: "ensureSheet", sheet: step.sheet, visibility: "visible" });
      this.writeTable(step);
      return;
    }
    this.written.set(existing.name, { hasFormulas: false });
    const box = target(step, existing);
    const sheet = existing.sheet;
    const fresh = step.rows.slice(kept);
    this.reshape(existing, box);
    const headers = [LOG_COLUMNS.map((c) => toInput(c.header))];
    this.add(op(1, headers, () => (this.range(sheet, { ...box, bottom: box.top }).formulas = headers)));
    const top = box.top + 1 + kept;
    const added = { top, left: box.left, bottom: top + fresh.length - 1, right: box.right };
    this.add(op(1, undefined, () => this.range(sheet, added).clear("Formats")));
    this.rows(
      sheet,
      top,
      box.left,
      fresh.map((row) => row.map((v: CellWrite) => toInput(v))),
    );
    this.tableFormats(sheet, box, LOG_COLUMNS);
  }
}
