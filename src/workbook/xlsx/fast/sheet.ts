/**
 * Cells of the rows a caller wants from one worksheet part, read the way ExcelJS 4.4.0 reads them
 * (its cell-xform `parseClose` and `reconcile`): the value, the cached result of a formula, shared
 * and inline strings, booleans, errors, dates by number format, hyperlinks. Rows outside the wanted
 * ranges are skipped without looking at their cells.
 */
import { columnNumber, parseRange, type RangeBox } from "../../address";
import type { CellValue } from "../../model";
import { EMPTY_CELL, plainValue, type ReadCell } from "../cells";
import { Unsupported } from "./unsupported";
import { attribute, decodeEscapes, decodeText, tags, xmlDecodeAgain } from "./xml";

/** A shared string as ExcelJS holds it: plain text, or rich text runs. */
export type SharedString = string | { richText: { text: string }[] };

export interface SheetContext {
  sharedStrings: readonly SharedString[];
  /** Whether the cell style (the `s` index) has a date number format. */
  isDateStyle: (style: number) => boolean;
}

/** The wanted cells of a row, by column from `Cells.left`: values, and formulas once a row has one. */
export interface RowCells {
  values: CellValue[];
  formulas?: (string | null)[];
}

/** Row → its cells, for the wanted rows only. */
export interface Cells {
  left: number;
  rows: Map<number, RowCells>;
}

/** The cell at a row and column, empty when it was not read or holds nothing. */
export function cellAt(cells: Cells, row: number, column: number): ReadCell {
  const found = cells.rows.get(row);
  if (!found) return EMPTY_CELL;
  const value = found.values[column - cells.left] ?? null;
  const formula = found.formulas?.[column - cells.left] ?? null;
  return value === null && formula === null ? EMPTY_CELL : { value, formula };
}

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const FORMULA = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/;
const VALUE = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/;
const INLINE = /<is>([\s\S]*?)<\/is>/;
const RUN = /<r\b[^>]*>([\s\S]*?)<\/r>/g;
const TEXT = /<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/;
const ADDRESS = /^([A-Z]{1,3})(\d+)$/;
const MS_PER_DAY = 86_400_000;

/** ExcelJS's excelToDate, then the snapshot's serial of that Date. */
const dateValue = (serial: number): CellValue =>
  plainValue(new Date(Math.round((serial - 25_569) * MS_PER_DAY)));

/** The text of a run or a `<si>`: the decoded text of its `<t>`, "" when it has none. */
function runText(xml: string, escapes: boolean): string {
  const match = TEXT.exec(xml);
  const text = decodeText(match?.[1] ?? "");
  return escapes ? decodeEscapes(text) : text;
}

/** A `<si>` or `<is>` body: rich text runs when it has them, else its text. */
export function stringItem(body: string, escapes: boolean): SharedString {
  if (body.includes("<rPh")) throw new Unsupported("phonetic runs in a string");
  if (/<r[\s>]/.test(body)) {
    return { richText: [...body.matchAll(RUN)].map((run) => ({ text: runText(run[1]!, true) })) };
  }
  return runText(body, escapes);
}

export function parseSharedStrings(xml: string | undefined): SharedString[] {
  if (xml === undefined) return [];
  const items: SharedString[] = [];
  for (const match of xml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)) {
    items.push(stringItem(match[1] ?? "", true));
  }
  return items;
}

function formulaCell(
  type: string | undefined,
  formula: string,
  raw: string | undefined,
  date: boolean,
): ReadCell {
  let result: unknown;
  if (raw) {
    if (type === "str") result = xmlDecodeAgain(raw);
    else if (type === "b") result = parseInt(raw, 10) !== 0;
    else if (type === "e") result = { error: raw };
    else result = parseFloat(raw);
  }
  if (result !== undefined && date) {
    if (typeof result !== "number")
      throw new Unsupported("a date-formatted formula with a non-number result");
    result = new Date(Math.round((result - 25_569) * MS_PER_DAY));
  }
  return { value: plainValue(result), formula: `=${formula}` };
}

function valueCell(type: string | undefined, raw: string, date: boolean, ctx: SheetContext): CellValue {
  switch (type) {
    case "s": {
      const item = ctx.sharedStrings[parseInt(raw, 10)];
      if (item === undefined) throw new Unsupported(`shared string ${raw} missing`);
      return plainValue(item);
    }
    case "str":
      return plainValue(xmlDecodeAgain(raw));
    case "b":
      return parseInt(raw, 10) !== 0;
    case "e":
      return { error: raw };
    default: {
      const n = parseFloat(raw);
      return date ? dateValue(n) : n;
    }
  }
}

function readOne(attrs: string, body: string | undefined, ctx: SheetContext): ReadCell {
  const type = attribute(attrs, "t");
  const styleText = attribute(attrs, "s");
  const style = styleText === undefined ? 0 : parseInt(styleText, 10);
  const date = style ? ctx.isDateStyle(style) : false;
  const f = body === undefined ? null : FORMULA.exec(body);
  const v = body === undefined ? undefined : VALUE.exec(body)?.[1];
  const raw = v === undefined || v === "" ? undefined : decodeText(v);
  if (f) {
    const formula = decodeText(f[2] ?? "");
    if (formula === "") throw new Unsupported("a shared formula's dependent cell or an empty formula");
    return formulaCell(type, formula, raw, date);
  }
  if (type === "inlineStr" && body !== undefined) {
    const inline = INLINE.exec(body);
    if (inline) {
      const value = plainValue(stringItem(inline[1]!, false));
      return value === null ? EMPTY_CELL : { value, formula: null };
    }
  }
  if (raw === undefined) {
    // ExcelJS models a cell with neither value nor style as part of a merge.
    if (!style) throw new Unsupported("a cell with neither value nor style");
    return EMPTY_CELL;
  }
  const value = valueCell(type, raw, date, ctx);
  return value === null ? EMPTY_CELL : { value, formula: null };
}

/** Hyperlinks ExcelJS attaches to a cell: those with a relationship, by their `ref`. */
function hyperlinkRefs(xml: string): Set<string> {
  const refs = new Set<string>();
  const start = xml.indexOf("<hyperlinks");
  if (start < 0) return refs;
  const end = xml.indexOf("</hyperlinks>", start);
  for (const tag of tags(xml.slice(start, end < 0 ? undefined : end), "hyperlink")) {
    const ref = attribute(tag, "ref");
    if (ref && attribute(tag, "r:id")) refs.add(ref);
  }
  return refs;
}

/** Merged ranges of the sheet. */
function mergedRanges(xml: string): RangeBox[] {
  const start = xml.indexOf("<mergeCells");
  if (start < 0) return [];
  return tags(xml.slice(start), "mergeCell").flatMap((tag) => {
    const ref = attribute(tag, "ref");
    try {
      return ref ? [parseRange(ref)] : [];
    } catch {
      throw new Unsupported(`a merged range "${ref}"`);
    }
  });
}

/** Relationship ids of the sheet's table parts, in the order the sheet lists them. */
function tablePartIds(xml: string): string[] {
  const start = xml.lastIndexOf("<tableParts");
  if (start < 0) return [];
  return tags(xml.slice(start), "tablePart").flatMap((tag) => attribute(tag, "r:id") ?? []);
}

const wanted = (ranges: readonly RangeBox[], row: number): boolean =>
  ranges.some((r) => row >= r.top && row <= r.bottom);

/** Text kept back at the end of a piece: enough for a split "<row" or "</sheetData>". */
const KEEP = 16;

/**
 * Reads the wanted rows of a worksheet fed piece by piece (the part is inflated as a stream, so
 * a 20,000-row sheet is never held whole); everything after `</sheetData>` is kept as `tail`
 * (merges, hyperlinks, table parts), and `finish` applies what it says.
 */
export class RowScanner {
  readonly cells: Cells;
  private readonly left: number;
  private readonly right: number;
  private pending = "";
  private inData = false;
  private tail: string | undefined;

  constructor(
    private readonly ranges: readonly RangeBox[],
    private readonly ctx: SheetContext,
  ) {
    this.left = Math.min(...ranges.map((r) => r.left));
    this.right = Math.max(...ranges.map((r) => r.right));
    this.cells = { left: this.left, rows: new Map() };
  }

  feed(piece: string): void {
    if (this.tail !== undefined) {
      this.tail += piece;
      return;
    }
    let text = this.pending + piece;
    if (!this.inData) {
      const data = text.indexOf("<sheetData");
      if (data < 0) {
        this.pending = text.slice(-KEEP);
        return;
      }
      this.inData = true;
      text = text.slice(data);
      const empty = /^<sheetData\s*\/>/.exec(text);
      if (empty) {
        this.tail = text.slice(empty[0].length);
        return;
      }
    }
    const end = text.indexOf("</sheetData>");
    const body = end < 0 ? text : text.slice(0, end);
    const used = this.rows(body);
    if (end >= 0) {
      this.tail = text.slice(end);
      this.pending = "";
    } else {
      this.pending = body.slice(used);
    }
  }

  /** Reads the complete rows of `xml`; returns where the unread rest starts. */
  private rows(xml: string): number {
    let at = 0;
    for (;;) {
      const open = xml.indexOf("<row", at);
      if (open < 0) return Math.max(at, xml.length - KEEP);
      const tagEnd = xml.indexOf(">", open);
      if (tagEnd < 0) return open;
      const tag = xml.slice(open, tagEnd + 1);
      if (!/^<row[\s/>]/.test(tag)) {
        at = tagEnd + 1;
        continue;
      }
      const rowText = attribute(tag, "r");
      if (rowText === undefined) throw new Unsupported("a row without its number");
      const row = parseInt(rowText, 10);
      if (tag.endsWith("/>")) {
        at = tagEnd + 1;
        continue;
      }
      const close = xml.indexOf("</row>", tagEnd);
      if (close < 0) return open;
      at = close + 6;
      if (wanted(this.ranges, row)) this.cells.rows.set(row, this.row(xml, row, tagEnd + 1, close));
    }
  }

  private row(xml: string, row: number, from: number, close: number): RowCells {
    const { left, right } = this;
    const found: RowCells = { values: new Array<CellValue>(right - left + 1).fill(null) };
    CELL.lastIndex = from;
    for (let match = CELL.exec(xml); match && match.index < close; match = CELL.exec(xml)) {
      const address = attribute(match[1]!, "r");
      const parts = address === undefined ? null : ADDRESS.exec(address);
      if (!parts) throw new Unsupported("a cell without its address");
      if (Number(parts[2]) !== row) throw new Unsupported("a cell outside its row");
      const column = columnNumber(parts[1]!);
      if (column < left || column > right) continue;
      const cell = readOne(match[1]!, match[2], this.ctx);
      found.values[column - left] = cell.value;
      if (cell.formula !== null) {
        found.formulas ??= new Array<string | null>(right - left + 1).fill(null);
        found.formulas[column - left] = cell.formula;
      }
    }
    return found;
  }

  /** After the last piece: what follows the rows (merges, table parts), hyperlinks applied. */
  finish(): { merges: RangeBox[]; tableParts: string[] } {
    if (!this.inData) throw new Unsupported("a worksheet without sheetData (namespace prefixes?)");
    const tail = this.tail ?? this.pending;
    // ExcelJS turns a formula cell with a hyperlink into a hyperlink over its result: no formula.
    for (const ref of hyperlinkRefs(tail)) {
      const parts = ADDRESS.exec(ref);
      const found = parts && this.cells.rows.get(Number(parts[2]));
      if (found?.formulas) found.formulas[columnNumber(parts![1]!) - this.left] = null;
    }
    return { merges: mergedRanges(tail), tableParts: tablePartIds(tail) };
  }
}
