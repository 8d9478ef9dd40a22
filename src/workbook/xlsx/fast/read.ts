/**
 * The fast read of an .xlsx for the commands that only read (`check`, `score`, `plan`, `export`,
 * and the reading half of `report`): the zip's central directory, workbook.xml and its
 * relationships, the table parts, the styles' date formats and shared strings, and only the rows of
 * the sheets that hold a candidate table. It builds the same tables the ExcelJS read builds
 * (../read.ts), cell for cell; whatever it cannot reproduce exactly throws `Unsupported`.
 */
import { parseRange, type RangeBox } from "../../address";
import type { Snapshot, TableSnapshot } from "../../model";
import { matchHeaders, TABLES } from "../../schema";
import type { TableInfo } from "../internals";
import { isCandidate, tableFromCells } from "../read";
import { cellAt, RowScanner, parseSharedStrings, type Cells, type SheetContext } from "./sheet";
import { Unsupported } from "./unsupported";
import { attribute, tags } from "./xml";
import { ZipParts } from "./zip";

/** What the model of `check`/`score`/`plan` reads: the candidate tables, in workbook order. */
export interface TablesSnapshot {
  tables: TableSnapshot[];
  /** Only from the ExcelJS fallback: what the model needs to tell a table converted to a range. */
  sheets?: Snapshot["sheets"];
  looseCells?: Snapshot["looseCells"];
}

/** Built-in number formats ExcelJS reads as dates (ids of its default format list). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** ExcelJS's isDateFmt: a y, m, d, h, s or b outside quotes and brackets. */
const isDateFormat = (code: string): boolean =>
  /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));

/** "../tables/table1.xml" relative to "xl/worksheets/sheet1.xml" → "xl/tables/table1.xml". */
function resolvePart(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

const relsPath = (part: string): string => {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
};

/** Relationship id → { target part, type } of a part. */
function relationships(
  zip: ZipParts,
  part: string,
): Map<string, { target: string; raw: string; type: string }> {
  const map = new Map<string, { target: string; raw: string; type: string }>();
  for (const tag of tags(zip.text(relsPath(part)) ?? "", "Relationship")) {
    const id = attribute(tag, "Id");
    const raw = attribute(tag, "Target");
    if (id && raw) map.set(id, { target: resolvePart(part, raw), raw, type: attribute(tag, "Type") ?? "" });
  }
  return map;
}

function dateStyles(zip: ZipParts): (style: number) => boolean {
  const xml = zip.text("xl/styles.xml") ?? "";
  const custom = new Map<number, string>();
  for (const tag of tags(xml, "numFmt")) {
    const id = attribute(tag, "numFmtId");
    const code = attribute(tag, "formatCode");
    if (id !== undefined && code !== undefined) custom.set(parseInt(id, 10), code.replace(/\\(.)/g, "$1"));
  }
  const start = xml.indexOf("<cellXfs");
  const end = xml.indexOf("</cellXfs>", start);
  const xfs = start < 0 ? [] : tags(xml.slice(start, end < 0 ? undefined : end), "xf");
  const dates = xfs.map((tag) => {
    const id = parseInt(attribute(tag, "numFmtId") ?? "0", 10);
    if (!id) return false;
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : DATE_FORMAT_IDS.has(id);
  });
  return (style) => dates[style] === true;
}

function tableInfo(xml: string, path: string): TableInfo {
  const tag = tags(xml, "table")[0];
  const name = tag && attribute(tag, "name");
  const ref = tag && attribute(tag, "ref");
  if (!tag || !name || !ref) throw new Unsupported(`table part ${path} without a name or range`);
  let box: RangeBox;
  try {
    box = parseRange(ref);
  } catch {
    throw new Unsupported(`table ${name} has the range "${ref}"`);
  }
  return {
    name,
    box,
    headerRow: attribute(tag, "headerRowCount") !== "0",
    totalsRow: attribute(tag, "totalsRowCount") === "1",
    columnNames: tags(xml, "tableColumn").map((c) => attribute(c, "name") ?? ""),
  };
}

/** A table that may be managed before its cells are read: by its name or its column names. */
const likely = (info: TableInfo): boolean =>
  /^ita_/i.test(info.name) || TABLES.some((def) => matchHeaders(def, info.columnNames) !== undefined);

const LAZY = { lazyFingerprint: true };
const bodyRows = (info: TableInfo): RangeBox => info.box;
const headerRowOf = (info: TableInfo): RangeBox => ({ ...info.box, bottom: info.box.top });

const intersects = (a: RangeBox, b: RangeBox): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

function cellReader(cells: Cells) {
  return (row: number, column: number) => cellAt(cells, row, column);
}

/** Streams a sheet once for the rows of `ranges`. */
async function scan(zip: ZipParts, part: string, ranges: RangeBox[], ctx: SheetContext) {
  const scanner = new RowScanner(ranges, ctx);
  for await (const piece of zip.textPieces(part)) scanner.feed(piece);
  return { cells: scanner.cells, ...scanner.finish() };
}

async function sheetTables(
  zip: ZipParts,
  part: string,
  sheet: string,
  tables: Map<string, TableInfo>,
  ctx: SheetContext,
): Promise<TableSnapshot[]> {
  const infos = [...tables.values()];
  const sure = infos.filter(likely);
  const unsure = infos.filter((info) => !likely(info) && info.headerRow);
  const first = await scan(zip, part, [...sure.map(bodyRows), ...unsure.map(headerRowOf)], ctx);
  const guard = (read: TableInfo[]) => {
    if (read.some((t) => first.merges.some((m) => intersects(m, t.box)))) {
      throw new Unsupported(`merged cells over a table on ${sheet}`);
    }
  };
  guard(sure);
  const found = new Map<TableInfo, TableSnapshot>();
  for (const info of sure) found.set(info, tableFromCells(sheet, info, cellReader(first.cells), LAZY));
  const late = unsure.filter((info) =>
    isCandidate(tableFromCells(sheet, headerOnly(info), cellReader(first.cells))),
  );
  if (late.length > 0) {
    guard(late);
    const more = await scan(zip, part, late.map(bodyRows), ctx);
    for (const info of late) found.set(info, tableFromCells(sheet, info, cellReader(more.cells), LAZY));
  }
  // In the order the sheet lists its table parts, as ExcelJS gives them.
  return first.tableParts.flatMap((id) => {
    const info = tables.get(id);
    const table = info && found.get(info);
    return table && isCandidate(table) ? [table] : [];
  });
}

/** The table with its header row alone, to see whether its header cells make it a candidate. */
const headerOnly = (info: TableInfo): TableInfo => ({
  ...info,
  box: { ...info.box, bottom: info.box.top },
  totalsRow: false,
});

const MANAGED_SHEETS = new Set(TABLES.map((t) => t.name.toLowerCase()));

/** Reads the candidate tables of an .xlsx; throws `Unsupported` where ExcelJS must read it. */
export async function readTablesFast(bytes: Uint8Array): Promise<TablesSnapshot> {
  const zip = new ZipParts(bytes);
  const workbook = zip.text("xl/workbook.xml");
  if (workbook === undefined) throw new Unsupported("no xl/workbook.xml");
  // The tag scanner forgives what ExcelJS refuses: a workbook part cut short goes to ExcelJS.
  if (!/<\/(?:\w+:)?workbook>\s*$/.test(workbook)) throw new Unsupported("xl/workbook.xml is not complete");
  const pr = tags(workbook, "workbookPr")[0];
  if (pr && /^(1|true)$/.test(attribute(pr, "date1904") ?? "")) throw new Unsupported("1904 date system");
  const workbookRels = relationships(zip, "xl/workbook.xml");
  let context: SheetContext | undefined;
  const tables: TableSnapshot[] = [];
  for (const tag of tags(workbook, "sheet")) {
    const name = attribute(tag, "name");
    const part = workbookRels.get(attribute(tag, "r:id") ?? "")?.target;
    if (name === undefined || part === undefined) throw new Unsupported("a sheet without its part");
    const rels = relationships(zip, part);
    const infos = new Map<string, TableInfo>();
    for (const [id, rel] of rels) {
      if (!rel.type.endsWith("/table")) continue;
      // ExcelJS links a sheet to its tables only under this exact target.
      if (!/^\.\.\/tables\/table\d+\.xml$/.test(rel.raw)) throw new Unsupported("unusual table part");
      const tableXml = zip.text(rel.target);
      if (tableXml === undefined) throw new Unsupported(`missing ${rel.target}`);
      infos.set(id, tableInfo(tableXml, rel.target));
    }
    // A managed sheet without its table (converted to a range?): the model needs its loose cells.
    const managed = MANAGED_SHEETS.has(name.toLowerCase());
    if (infos.size === 0) {
      if (managed) throw new Unsupported(`sheet ${name} holds no table`);
      continue;
    }
    context ??= {
      // ExcelJS reads the shared strings from this part whatever the relationships say.
      sharedStrings: parseSharedStrings(zip.text("xl/sharedStrings.xml")),
      isDateStyle: dateStyles(zip),
    };
    const found = await sheetTables(zip, part, name, infos, context);
    if (managed && found.length === 0) throw new Unsupported(`sheet ${name} holds no table`);
    for (const table of found) tables.push(table);
  }
  return { tables };
}
