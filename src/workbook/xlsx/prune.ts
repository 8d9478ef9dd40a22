import type JSZip from "jszip";
import { matchHeaders, TABLES, type TableName } from "../schema";
import { attribute, sheetParts } from "./inspect";

/**
 * A read for figures only (`ita-workbook batch`): before ExcelJS parses the package, the sheets
 * that cannot hold any of the wanted tables are taken out of it, and so are the kept sheets' data
 * validations and conditional formats (rules, not values). ExcelJS then parses a third of the XML
 * of a typical workbook instead of all of it: the log, the backups, the summary and the tables
 * nobody asked for stay compressed. The workbook that comes out must never be written back.
 *
 * A sheet stays when one of its tables is a wanted table by name, or is not named as any managed
 * table and has the headers of a wanted one (`findTables` could pick it by its headers). Tables
 * named as other managed tables are always claimed by their own name, so dropping them changes
 * nothing the wanted tables read.
 */

const DEF_NAMES = new Set(TABLES.map((d) => d.name.toLowerCase()));

/** "xl/worksheets/sheet4.xml" + "../tables/table3.xml" → "xl/tables/table3.xml". */
function resolvePart(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

const relsOf = (part: string): string => {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
};

/** Names (name and displayName) and column names of each table part of a sheet. */
interface TablePart {
  path: string;
  names: string[];
  columns: string[];
}

async function sheetTables(zip: JSZip, part: string): Promise<TablePart[]> {
  const rels = (await zip.file(relsOf(part))?.async("string")) ?? "";
  const out: TablePart[] = [];
  for (const [tag] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    if (!/\/table"?$/.test(attribute(tag, "Type") ?? "")) continue;
    const target = attribute(tag, "Target");
    const path = target && resolvePart(part, target);
    const xml = path ? await zip.file(path)?.async("string") : undefined;
    if (!path || !xml) continue;
    const open = /<(?:\w+:)?table\b[^>]*>/.exec(xml)?.[0] ?? "";
    const names = [attribute(open, "name"), attribute(open, "displayName")].filter(
      (n): n is string => n !== undefined,
    );
    const columns = [...xml.matchAll(/<(?:\w+:)?tableColumn\b[^>]*>/g)].map(
      ([t]) => attribute(t, "name") ?? "",
    );
    out.push({ path, names, columns });
  }
  return out;
}

function mayHold(table: TablePart, wanted: readonly TableName[]): boolean {
  const names = table.names.map((n) => n.toLowerCase());
  if (wanted.some((w) => names.includes(w.toLowerCase()))) return true;
  if (names.some((n) => DEF_NAMES.has(n))) return false;
  return TABLES.some((def) => wanted.includes(def.name) && matchHeaders(def, table.columns) !== undefined);
}

const RULES = [
  /<dataValidations\b[^>]*\/>|<dataValidations\b[\s\S]*?<\/dataValidations>/g,
  /<conditionalFormatting\b[\s\S]*?<\/conditionalFormatting>/g,
  // The worksheet's own extLst (x14 validations and formats) closes it; nested ones stay whole.
  /<extLst\b[\s\S]*<\/extLst>\s*(?=<\/worksheet>)/g,
];

/** Parts ExcelJS parses but no value depends on: the theme, the document's properties, the content types. */
const NOT_READ =
  /^(xl\/theme\/|docProps\/|\[Content_Types\]\.xml$|xl\/calcChain\.xml$|xl\/printerSettings\/)/;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Takes out of `zip` every sheet that cannot hold one of `wanted`, and the rules of the others;
 * returns the names of the sheets taken out. `zip` is changed in place.
 */
export async function pruneForTables(zip: JSZip, wanted: readonly TableName[]): Promise<string[]> {
  const dropped: string[] = [];
  for (const [name, part] of await sheetParts(zip)) {
    const tables = await sheetTables(zip, part);
    const keep = tables.some((t) => mayHold(t, wanted));
    if (keep) {
      const xml = await zip.file(part)?.async("string");
      if (xml !== undefined && RULES.some((r) => xml.search(r) >= 0)) {
        // Stored, not compressed again: ExcelJS reads it once, right after.
        zip.file(
          part,
          RULES.reduce((s, r) => s.replace(r, ""), xml),
          { compression: "STORE" },
        );
      }
      continue;
    }
    dropped.push(name);
    for (const gone of [part, relsOf(part), ...tables.map((t) => t.path)]) zip.remove(gone);
  }
  for (const path of Object.keys(zip.files)) if (NOT_READ.test(path)) zip.remove(path);
  if (dropped.length === 0) return dropped;
  let workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  for (const [tag] of [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)]) {
    const name = attribute(tag, "name");
    if (name !== undefined && dropped.includes(name)) {
      workbook = workbook.replace(new RegExp(`${escapeRegExp(tag)}(?:</(?:\\w+:)?sheet>)?`), "");
    }
  }
  // Defined names point at sheets by position (localSheetId) and name: positions moved.
  workbook = workbook.replace(/<(\w+:)?definedNames\b[\s\S]*?<\/(\w+:)?definedNames>/, "");
  zip.file("xl/workbook.xml", workbook, { compression: "STORE" });
  return dropped;
}
