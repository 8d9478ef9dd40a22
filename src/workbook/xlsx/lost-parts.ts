import type JSZip from "jszip";

/**
 * The package parts ExcelJS does not model: it reads the cells around them and, when it writes the
 * workbook, leaves them out. Found by round-tripping real files through ExcelJS 4.4 (charts and
 * their drawings, pivot tables and caches, vbaProject.bin, docProps/custom.xml vanish; see
 * test/workbook/lost-parts.test.ts) and from its open issues (#1734, #2607). The CLI refuses to
 * write such a workbook without --force and never over itself; the preview asks first.
 */

export type LostKind =
  | "chart"
  | "chartSheet"
  | "pivotTable"
  | "pivotCache"
  | "slicer"
  | "timeline"
  | "macro"
  | "control"
  | "embedding"
  | "externalLink"
  | "threadedComment"
  | "dataModel"
  | "connection"
  | "drawing"
  | "customXml"
  | "customProperties";

export interface LostPart {
  /** The part's path in the package, e.g. "xl/charts/chart1.xml". */
  part: string;
  kind: LostKind;
  /** What it is, in Thai and in English ("แผนภูมิ", "a chart"). */
  th: string;
  en: string;
}

const KINDS: Record<LostKind, { th: string; en: string; group: string }> = {
  chart: { th: "แผนภูมิ", en: "a chart", group: "charts" },
  chartSheet: { th: "แผ่นงานแผนภูมิ", en: "a chart sheet", group: "chart sheets" },
  pivotTable: { th: "ตาราง Pivot", en: "a pivot table", group: "pivot tables" },
  pivotCache: { th: "ข้อมูลสำรองของตาราง Pivot", en: "a pivot table's cache", group: "pivot tables" },
  slicer: { th: "ตัวแบ่งส่วนข้อมูล (slicer)", en: "a slicer", group: "slicers" },
  timeline: { th: "ไทม์ไลน์", en: "a timeline", group: "timelines" },
  macro: { th: "มาโคร VBA", en: "VBA macros", group: "macros (VBA)" },
  control: { th: "ตัวควบคุมฟอร์ม", en: "a form control", group: "form controls" },
  embedding: { th: "วัตถุที่ฝังไว้", en: "an embedded object", group: "embedded objects" },
  externalLink: {
    th: "ลิงก์ไปยังสมุดงานอื่น",
    en: "a link to another workbook",
    group: "links to other workbooks",
  },
  threadedComment: { th: "ความคิดเห็นแบบเธรด", en: "threaded comments", group: "threaded comments" },
  dataModel: {
    th: "ตัวแบบข้อมูล (Power Pivot)",
    en: "a data model (Power Pivot)",
    group: "a data model (Power Pivot)",
  },
  connection: {
    th: "การเชื่อมต่อข้อมูลหรือคิวรี",
    en: "a data connection or query",
    group: "data connections or queries",
  },
  drawing: {
    th: "รูปร่าง กล่องข้อความ หรือกรอบแผนภูมิ",
    en: "shapes, text boxes or chart frames",
    group: "shapes, text boxes or charts in drawings",
  },
  customXml: { th: "ข้อมูล XML ที่กำหนดเอง", en: "custom XML data", group: "custom XML data" },
  customProperties: {
    th: "คุณสมบัติเอกสารที่กำหนดเอง",
    en: "custom document properties",
    group: "custom document properties",
  },
};

const BY_PATH: readonly { pattern: RegExp; kind: LostKind }[] = [
  { pattern: /^xl\/charts\/chart[^/]*\.xml$/, kind: "chart" },
  { pattern: /^xl\/chartsheets\/[^/]+\.xml$/, kind: "chartSheet" },
  { pattern: /^xl\/pivotTables\/[^/]+\.xml$/, kind: "pivotTable" },
  { pattern: /^xl\/pivotCache\/[^/]+\.xml$/, kind: "pivotCache" },
  { pattern: /^xl\/slicer(s|Caches)\/[^/]+\.xml$/, kind: "slicer" },
  { pattern: /^xl\/timeline(s|Caches)\/[^/]+\.xml$/, kind: "timeline" },
  { pattern: /^xl\/vbaProject\.bin$/, kind: "macro" },
  { pattern: /^xl\/(activeX|ctrlProps)\/[^/]+$/, kind: "control" },
  { pattern: /^xl\/embeddings\/[^/]+$/, kind: "embedding" },
  { pattern: /^xl\/externalLinks\/[^/]+\.xml$/, kind: "externalLink" },
  { pattern: /^xl\/(threadedComments|persons)\/[^/]+\.xml$/, kind: "threadedComment" },
  { pattern: /^xl\/model\/[^/]+$/, kind: "dataModel" },
  { pattern: /^xl\/(queryTables\/[^/]+\.xml|connections\.xml)$/, kind: "connection" },
  { pattern: /^customXml\/item\d*\.xml$/, kind: "customXml" },
];

/**
 * Parts lost only when they hold something: drawings with shapes, text boxes or chart frames
 * (ExcelJS keeps pictures), custom properties with at least one property (LibreOffice writes an
 * empty docProps/custom.xml into every file).
 */
const LOST_IF: readonly { pattern: RegExp; holds: RegExp; kind: LostKind }[] = [
  {
    pattern: /^xl\/drawings\/[^/]+\.xml$/,
    holds: /<(?:\w+:)?(sp|cxnSp|graphicFrame|grpSp)\b/,
    kind: "drawing",
  },
  { pattern: /^docProps\/custom\.xml$/, holds: /<(?:\w+:)?property\b/, kind: "customProperties" },
];

const lost = (part: string, kind: LostKind): LostPart => ({
  part,
  kind,
  th: KINDS[kind].th,
  en: KINDS[kind].en,
});

/** Every part of the package that writing it with ExcelJS would drop, in the package's order. */
export async function lostParts(zip: JSZip): Promise<LostPart[]> {
  const found: LostPart[] = [];
  for (const [path, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    const hit = BY_PATH.find((b) => b.pattern.test(path));
    if (hit) {
      found.push(lost(path, hit.kind));
      continue;
    }
    const maybe = LOST_IF.find((b) => b.pattern.test(path));
    if (maybe && maybe.holds.test(await entry.async("string"))) found.push(lost(path, maybe.kind));
  }
  return found;
}

/** "xl/charts/chart1.xml: แผนภูมิ (a chart)": one line per part, Thai first. */
export const describeLostPart = (p: LostPart): string => `${p.part}: ${p.th} (${p.en})`;

/** "xl/charts/chart1.xml" → "xl/charts/", "xl/vbaProject.bin" → itself. */
const folderOf = (path: string): string => {
  const parts = path.split("/");
  return parts.length > 2 ? `${parts.slice(0, 2).join("/")}/` : path;
};

/** One short English entry per kind and folder: "charts (xl/charts/)". */
export function summarizeLostParts(parts: readonly LostPart[]): string[] {
  return [...new Set(parts.map((p) => `${KINDS[p.kind].group} (${folderOf(p.part)})`))];
}
