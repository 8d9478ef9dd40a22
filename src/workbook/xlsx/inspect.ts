import type JSZip from "jszip";

/**
 * Reading the package's XML where ExcelJS loses or misreads something: parts it does not model
 * (lost when it writes the workbook back), table header flags and sheet protection. Regular
 * expressions over the opening tags are enough: the parts are machine-written and only a few
 * attributes are needed.
 */

/** "xl/charts/chart1.xml" → "xl/charts/", "xl/vbaProject.bin" → itself. */
const where = (path: string): string => {
  const parts = path.split("/");
  return parts.length > 2 ? `${parts.slice(0, 2).join("/")}/` : path;
};

/** Parts ExcelJS does not model: writing the workbook back would drop them. */
const UNSUPPORTED: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /^xl\/charts\//, what: "charts" },
  { pattern: /^xl\/chartsheets\//, what: "chart sheets" },
  { pattern: /^xl\/pivot(Tables|Cache)\//, what: "pivot tables" },
  { pattern: /^xl\/slicer(s|Caches)\//, what: "slicers" },
  { pattern: /^xl\/timeline(s|Caches)\//, what: "timelines" },
  { pattern: /^xl\/vbaProject\.bin$/, what: "macros (VBA)" },
  { pattern: /^xl\/(activeX|ctrlProps)\//, what: "form controls" },
  { pattern: /^xl\/embeddings\//, what: "embedded objects" },
  { pattern: /^xl\/externalLinks\//, what: "links to other workbooks" },
  { pattern: /^xl\/threadedComments\//, what: "threaded comments" },
  { pattern: /^xl\/model\//, what: "a data model (Power Pivot)" },
  { pattern: /^xl\/(queryTables\/|connections\.xml$)/, what: "data connections or queries" },
];

/** Drawings that hold only pictures survive ExcelJS; shapes, text boxes and chart frames do not. */
const LOST_DRAWING = /<xdr:(sp|cxnSp|graphicFrame)\b/;

export async function unsupportedParts(zip: JSZip): Promise<string[]> {
  const found = new Set<string>();
  for (const path of Object.keys(zip.files)) {
    const hit = UNSUPPORTED.find((u) => u.pattern.test(path));
    if (hit) found.add(`${hit.what} (${where(path)})`);
    if (/^xl\/drawings\/[^/]+\.xml$/.test(path) && LOST_DRAWING.test(await zip.file(path)!.async("string"))) {
      found.add("shapes, text boxes or charts in drawings (xl/drawings/)");
    }
  }
  return [...found];
}

const decodeXml = (s: string): string =>
  s.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e] ?? "",
  );

const attribute = (tag: string, name: string): string | undefined => {
  const value = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  return value === undefined ? undefined : decodeXml(value);
};

/** Sheet name → path of its part, through workbook.xml and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const targets = new Map<string, string>();
  for (const [tag] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(tag, "Id");
    const target = attribute(tag, "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const [tag] of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attribute(tag, "name");
    const target = targets.get(attribute(tag, "r:id") ?? "");
    if (name && target) parts.set(name, target);
  }
  return parts;
}

/**
 * Sheets whose protection is on. ExcelJS only takes sheet="1" for it, and LibreOffice writes
 * sheet="true": its protected sheets would read as open and be written back unprotected.
 */
export async function protectedSheets(zip: JSZip): Promise<Set<string>> {
  const names = new Set<string>();
  for (const [name, path] of await sheetParts(zip)) {
    const xml = (await zip.file(path)?.async("string")) ?? "";
    const tag = /<(?:\w+:)?sheetProtection\b[^>]*>/.exec(xml)?.[0];
    if (tag && /^(1|true)$/.test(attribute(tag, "sheet") ?? "")) names.add(name);
  }
  return names;
}

/** Table name → whether it has a header row, as the package says (absent headerRowCount = 1). */
export async function tableHeaderFlags(zip: JSZip): Promise<Map<string, boolean>> {
  const flags = new Map<string, boolean>();
  for (const path of Object.keys(zip.files)) {
    if (!/^xl\/tables\/[^/]+\.xml$/.test(path)) continue;
    const xml = await zip.file(path)!.async("string");
    const tag = /<(?:\w+:)?table\b[^>]*>/.exec(xml)?.[0];
    const name = tag && attribute(tag, "name");
    if (!tag || !name) continue;
    flags.set(name, attribute(tag, "headerRowCount") !== "0");
  }
  return flags;
}
