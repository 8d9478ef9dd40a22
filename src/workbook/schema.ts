import { STATUSES } from "../domain/status";
import type { ColumnSpec, Validation } from "./model";

/**
 * The managed tables: fixed names, Thai and English headers, formats and validation. Each lives on
 * a sheet of the same name. Column keys are the stable English names used by ops, exports and the
 * CLI's JSON; headers are what a person sees, in the workbook's language.
 */
export type Language = "th" | "en";

export type ColumnKind =
  "text" | "longText" | "integer" | "money" | "score" | "boolean" | "status" | "id" | "url";

export interface ColumnDef {
  key: string;
  th: string;
  en: string;
  kind: ColumnKind;
  width: number;
  /** Other header spellings that identify this column in a table a user built by hand. */
  aliases?: string[];
  validation?: Validation;
}

export type TableName =
  | "ITA_Settings"
  | "ITA_Plan"
  | "ITA_IndicatorScores"
  | "ITA_QuestionScores"
  | "ITA_ToolScores"
  | "ITA_OITProgress"
  | "ITA_Measures"
  | "ITA_IndicatorProgress";

export interface TableDef {
  name: TableName;
  th: string;
  en: string;
  columns: ColumnDef[];
}

const STATUS_LIST: Validation = { type: "list", values: STATUSES.map((s) => s.th), allowBlank: true };
const SCORE: Validation = { type: "decimal", min: 0, max: 100, allowBlank: true };
const MONEY: Validation = { type: "decimal", min: 0, allowBlank: true };
const BOOL: Validation = { type: "list", values: ["TRUE", "FALSE"], allowBlank: true };

const col = (
  key: string,
  th: string,
  en: string,
  kind: ColumnKind,
  width: number,
  extra: Partial<ColumnDef> = {},
) => ({ key, th, en, kind, width, ...extra }) as ColumnDef;

const quarter = (q: number) =>
  col(`q${q}`, `ไตรมาส ${q}`, `Q${q}`, "boolean", 9, { validation: BOOL, aliases: [`ไตรมาสที่ ${q}`, `${q}`] });

export const TABLES: readonly TableDef[] = [
  {
    name: "ITA_Settings",
    th: "ค่าตั้ง",
    en: "Settings",
    columns: [
      col("label", "รายการ", "Setting", "text", 34),
      col("value", "ค่า", "Value", "text", 40),
      col("key", "รหัส", "Key", "id", 16),
    ],
  },
  {
    name: "ITA_Plan",
    th: "แผนปฏิบัติการป้องกันการทุจริต",
    en: "Anti-corruption action plan",
    columns: [
      col("seq", "ลำดับ", "No.", "text", 7, { aliases: ["ที่"] }),
      col("name", "โครงการ/มาตรการ/กิจกรรม", "Project / measure / activity", "longText", 50, {
        aliases: ["รายการโครงการ", "รายการโครงการ (ตั้งต้น)", "ชื่อโครงการ", "โครงการ"],
      }),
      col("dimension", "มิติ", "Dimension", "integer", 7, {
        validation: { type: "whole", min: 1, max: 4, allowBlank: true },
        aliases: ["มิติที่"],
      }),
      col("budget", "งบประมาณ (บาท)", "Budget (baht)", "money", 16, {
        validation: MONEY,
        aliases: ["งบประมาณ"],
      }),
      quarter(1),
      quarter(2),
      quarter(3),
      quarter(4),
      col("owner", "ผู้รับผิดชอบ", "Responsible division", "text", 18, { aliases: ["หน่วยงานรับผิดชอบ"] }),
      col("spent", "เบิกจ่ายจริง (บาท)", "Spent (baht)", "money", 16, {
        validation: MONEY,
        aliases: ["ใช้จ่ายจริง"],
      }),
      col("status", "สถานะ", "Status", "status", 20, { validation: STATUS_LIST }),
      col("remarks", "หมายเหตุ", "Remarks", "longText", 24),
    ],
  },
  {
    name: "ITA_IndicatorScores",
    th: "คะแนนรายตัวชี้วัด",
    en: "Indicator scores",
    columns: [
      col("no", "ตัวชี้วัดที่", "Indicator", "integer", 10),
      col("name", "ตัวชี้วัด", "Name", "text", 32),
      col("tool", "เครื่องมือ", "Tool", "id", 10),
      col("score", "คะแนน", "Score", "score", 10, { validation: SCORE, aliases: ["คะแนนปีนี้"] }),
      col("lastYear", "คะแนนปีที่แล้ว", "Last year", "score", 14, { validation: SCORE }),
    ],
  },
  {
    name: "ITA_QuestionScores",
    th: "คะแนนรายข้อ",
    en: "Question scores",
    columns: [
      col("id", "ข้อ", "Question", "id", 8, { aliases: ["ข้อคำถาม"] }),
      col("tool", "เครื่องมือ", "Tool", "id", 10),
      col("indicator", "ตัวชี้วัดที่", "Indicator", "integer", 10),
      col("sub", "ตัวชี้วัดย่อย", "Sub-indicator", "id", 12),
      col("part", "ส่วนที่", "Part", "integer", 8, {
        validation: { type: "whole", min: 1, max: 2, allowBlank: true },
      }),
      col("score", "คะแนน", "Score", "score", 10, { validation: SCORE }),
    ],
  },
  {
    name: "ITA_ToolScores",
    th: "คะแนนรายเครื่องมือที่รายงาน",
    en: "Reported tool scores",
    columns: [
      col("label", "รายการ", "Item", "text", 40),
      col("key", "รหัส", "Key", "id", 10),
      col("score", "คะแนนที่รายงาน", "Reported score", "score", 16, { validation: SCORE }),
      col("level", "ระดับที่รายงาน", "Reported level", "text", 22),
    ],
  },
  {
    name: "ITA_OITProgress",
    th: "ความก้าวหน้าการเปิดเผยข้อมูล (OIT)",
    en: "OIT progress",
    columns: [
      col("id", "ข้อ", "Item", "id", 7),
      col("title", "ข้อมูล", "Information", "longText", 44),
      col("sub", "ตัวชี้วัดย่อย", "Sub-indicator", "id", 12),
      col("component", "องค์ประกอบด้านข้อมูล", "What to publish", "longText", 36),
      col("owner", "ผู้รับผิดชอบ", "Owner", "text", 18),
      col("status", "ความก้าวหน้า", "Progress", "status", 20, { validation: STATUS_LIST }),
      col("evidence", "ลิงก์หลักฐาน", "Evidence link", "url", 30, { aliases: ["URL", "ลิงก์"] }),
      col("note", "หมายเหตุ", "Note", "longText", 20),
    ],
  },
  {
    name: "ITA_Measures",
    th: "มาตรการส่งเสริมคุณธรรมและความโปร่งใส",
    en: "Integrity and transparency measures",
    columns: [
      col("seq", "ลำดับ", "No.", "text", 7),
      col("group", "ประเด็น/หมวด", "Heading", "text", 24),
      col("measure", "มาตรการ/กิจกรรม", "Measure / activity", "longText", 36, {
        aliases: ["มาตรการ/แนวทาง", "มาตรการ"],
      }),
      col("method", "วิธีดำเนินการ", "How", "longText", 40, { aliases: ["วิธีการดำเนินการ", "ขั้นตอน / วิธีการปฏิบัติ"] }),
      col("period", "ระยะเวลา", "Period", "text", 16, { aliases: ["ระยะเวลาดำเนินการ"] }),
      col("owner", "ผู้รับผิดชอบ", "Owner", "text", 18),
      col("indicator", "ตัวชี้วัดที่", "Indicator", "integer", 10),
      col("round", "รอบติดตาม", "Follow-up round", "text", 12),
      col("result", "ผลการดำเนินการ", "Result", "longText", 36, { aliases: ["สรุปผลการดำเนินการ"] }),
      col("outcome", "ผลลัพธ์/ความสำเร็จ", "Outcome", "longText", 24, { aliases: ["ผลลัพธ์หรือความสำเร็จ"] }),
      col("suggestion", "ข้อเสนอแนะ", "Suggestions", "longText", 24),
      col("status", "สถานะ", "Status", "status", 20, { validation: STATUS_LIST }),
    ],
  },
  {
    name: "ITA_IndicatorProgress",
    th: "ความก้าวหน้ารายตัวชี้วัด",
    en: "Indicator progress",
    columns: [
      col("indicator", "ตัวชี้วัดที่", "Indicator", "integer", 10, { aliases: ["ตัวชี้วัด"] }),
      col("approach", "แนวทางในการยกระดับ", "How to raise it", "longText", 44),
      col("owner", "ผู้รับผิดชอบ", "Owner", "text", 18),
      col("period", "ระยะเวลา", "Period", "text", 16),
      col("status", "ความก้าวหน้า", "Progress", "status", 20, { validation: STATUS_LIST }),
      col("note", "หมายเหตุ", "Note", "longText", 20),
    ],
  },
];

export const tableDef = (name: TableName): TableDef => TABLES.find((t) => t.name === name)!;

const NUM_FMT: Partial<Record<ColumnKind, string>> = {
  money: "#,##0.00",
  score: "0.00",
  integer: "0",
  text: "@",
  id: "@",
  longText: "@",
  status: "@",
  url: "@",
};

/** Column specs of a table in a language, for the patch. */
export function columnSpecs(def: TableDef, language: Language): ColumnSpec[] {
  return def.columns.map((c) => {
    const spec: ColumnSpec = { header: c[language], width: c.width };
    const numFmt = NUM_FMT[c.kind];
    if (numFmt) spec.numFmt = numFmt;
    if (c.kind === "longText") spec.wrap = true;
    if (c.validation) spec.validation = c.validation;
    return spec;
  });
}

/** Header text as compared: no spaces or line breaks, lower case (documents break headers anywhere). */
export const squashHeader = (h: string) => h.normalize("NFC").replace(/\s+/g, "").toLowerCase();

/** Every spelling of a column's header: Thai, English, aliases. */
export const headerSpellings = (c: ColumnDef): string[] =>
  [c.th, c.en, c.key, ...(c.aliases ?? [])].map(squashHeader);

/**
 * Maps each column of a table definition to the index of the matching header, when at least
 * `minShare` of its columns are found: how a table a user built by hand, or renamed, is recognised.
 */
export function matchHeaders(
  def: TableDef,
  headers: readonly string[],
  minShare = 0.6,
): Map<string, number> | undefined {
  const squashed = headers.map((h) => squashHeader(String(h ?? "")));
  const map = new Map<string, number>();
  for (const c of def.columns) {
    const spellings = headerSpellings(c);
    const index = squashed.findIndex((h, i) => spellings.includes(h) && ![...map.values()].includes(i));
    if (index >= 0) map.set(c.key, index);
  }
  return map.size >= Math.ceil(def.columns.length * minShare) ? map : undefined;
}
