/**
 * Cells of the rows a caller wants from one worksheet part, read the way ExcelJS 4.4.0 reads them
 * (its cell-xform `parseClose` and `reconcile`): the value, the cached result of a formula, shared
 * and inline strings, booleans, errors, dates by number format, hyperlinks. Rows outside the wanted
 * ranges are skipped without looking at their cells; the scan stops after the last wanted row.
 */
import { columnNumber, type RangeBox } from "../../address";
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
  linked: boolean,
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
  // ExcelJS turns a formula cell with a hyperlink into a hyperlink over its result: no formula.
  if (linked) return { value: plainValue(result), formula: null };
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

function readOne(attrs: string, body: string | undefined, ctx: SheetContext, linked: boolean): ReadCell {
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
    return formulaCell(type, formula, raw, date, linked);
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
export function mergedRanges(xml: string): string[] {
  const start = xml.indexOf("<mergeCells");
  if (start < 0) return [];
  return tags(xml.slice(start), "mergeCell").flatMap((tag) => attribute(tag, "ref") ?? []);
}

/** Relationship ids of the sheet's table parts, in the order the sheet lists them. */
export function tablePartIds(xml: string): string[] {
  const start = xml.lastIndexOf("<tableParts");
  if (start < 0) return [];
  return tags(xml.slice(start), "tablePart").flatMap((tag) => attribute(tag, "r:id") ?? []);
}

const wanted = (ranges: readonly RangeBox[], row: number): boolean =>
  ranges.some((r) => row >= r.top && row <= r.bottom);

/** Reads the cells of the rows inside `ranges` (only their rows matter, and their columns). */
export function scanCells(xml: string, ranges: readonly RangeBox[], ctx: SheetContext): Cells {
  const left = Math.min(...ranges.map((r) => r.left));
  const right = Math.max(...ranges.map((r) => r.right));
  const cells: Cells = { left, rows: new Map() };
  if (ranges.length === 0) return cells;
  const lastRow = Math.max(...ranges.map((r) => r.bottom));
  const data = xml.indexOf("<sheetData");
  if (data < 0) {
    if (/<\w+:sheetData\b/.test(xml)) throw new Unsupported("namespace-prefixed sheet XML");
    return cells;
  }
  const links = hyperlinkRefs(xml);
  let at = data;
  for (;;) {
    const open = xml.indexOf("<row", at);
    if (open < 0) break;
    const tagEnd = xml.indexOf(">", open);
    const tag = xml.slice(open, tagEnd + 1);
    if (!/^<row[\s/>]/.test(tag)) {
      at = tagEnd;
      continue;
    }
    const rowText = attribute(tag, "r");
    if (rowText === undefined) throw new Unsupported("a row without its number");
    const row = parseInt(rowText, 10);
    if (row > lastRow) break;
    if (tag.endsWith("/>")) {
      at = tagEnd + 1;
      continue;
    }
    const close = xml.indexOf("</row>", tagEnd);
    if (close < 0) throw new Unsupported("an unterminated row");
    at = close + 6;
    if (!wanted(ranges, row)) continue;
    const found: RowCells = { values: new Array<CellValue>(right - left + 1).fill(null) };
    CELL.lastIndex = tagEnd + 1;
    for (let match = CELL.exec(xml); match && match.index < close; match = CELL.exec(xml)) {
      const address = attribute(match[1]!, "r");
      const parts = address === undefined ? null : ADDRESS.exec(address);
      if (!parts) throw new Unsupported("a cell without its address");
      if (Number(parts[2]) !== row) throw new Unsupported("a cell outside its row");
      const column = columnNumber(parts[1]!);
      if (column < left || column > right) continue;
      const cell = readOne(match[1]!, match[2], ctx, links.has(address!));
      found.values[column - left] = cell.value;
      if (cell.formula !== null) {
        found.formulas ??= new Array<string | null>(right - left + 1).fill(null);
        found.formulas[column - left] = cell.formula;
      }
    }
    cells.rows.set(row, found);
  }
  return cells;
}
