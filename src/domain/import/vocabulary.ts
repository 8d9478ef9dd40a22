import type { ImportKind } from "./types";

/**
 * The words real reports print, as data. Header words come on top of the managed tables' own
 * headers and aliases (src/workbook/schema.ts); they are compared squashed (no spaces or line
 * breaks, lower case, Arabic digits), and a header cell also matches a word it starts with when
 * punctuation follows ("งบประมาณ (บาท)", "ระยะเวลา/ การกำกับติดตาม"). Group keys (quarters,
 * status, budget, score) may span several columns with sub-labels on the next line.
 */
export const HEADER_WORDS: Readonly<Record<ImportKind, Readonly<Record<string, readonly string[]>>>> = {
  plan: {
    seq: ["ลำดับ", "ลำดับที่", "ที่", "no", "no."],
    name: [
      "รายการโครงการ",
      "รายการโครงการ (ตั้งต้น)",
      "โครงการ/มาตรการ/กิจกรรม",
      "โครงการ/กิจกรรม",
      "โครงการ/กิจกรรม/มาตรการ",
      "ชื่อโครงการ",
      "ชื่อโครงการ/กิจกรรม",
      "โครงการ",
      "project",
    ],
    dimension: ["มิติ", "มิติที่"],
    budget: ["งบประมาณ", "งบประมาณ (บาท)", "งบประมาณที่ตั้งไว้", "จำนวนเงิน", "budget"],
    quarters: ["ดำเนินการไตรมาส", "ไตรมาส", "ไตรมาสที่ดำเนินการ", "ไตรมาสที่", "ระยะเวลาดำเนินการ (ไตรมาส)"],
    owner: ["ผู้รับผิดชอบ", "หน่วยงานรับผิดชอบ", "หน่วยงานที่รับผิดชอบ", "ส่วนราชการที่รับผิดชอบ"],
    spent: ["เบิกจ่ายจริง", "ใช้จ่ายจริง", "ผลการเบิกจ่าย", "เบิกจ่าย"],
    status: ["สถานะ", "ความก้าวหน้า", "สถานะการดำเนินงาน", "สถานะการดำเนินการ"],
    remarks: ["หมายเหตุ"],
  },
  measures: {
    seq: ["ลำดับ", "ลำดับที่", "ที่"],
    group: ["ประเด็น", "หมวด", "ด้าน", "ประเด็นการประเมิน"],
    measure: [
      "มาตรการ",
      "มาตรการ/แนวทาง",
      "มาตรการ/กิจกรรม",
      "มาตรการ/โครงการ/กิจกรรม",
      "มาตรการส่งเสริมคุณธรรมและความโปร่งใส",
    ],
    method: [
      "วิธีดำเนินการ",
      "วิธีการดำเนินการ",
      "วิธีการดำเนินงาน",
      "วิธีการปฏิบัติ",
      "ขั้นตอน / วิธีการปฏิบัติ",
      "ขั้นตอนการดำเนินการ",
      "วิธีการนำผลการวิเคราะห์ไปสู่การปฏิบัติ/แนวทางการปฏิบัติ",
      "วิธีการนำผลการวิเคราะห์ไปสู่การปฏิบัติ",
      "แนวทางการปฏิบัติ",
      "แนวทางการดำเนินการ",
    ],
    period: ["ระยะเวลา", "ระยะเวลาดำเนินการ", "ระยะเวลา/การกำกับติดตาม", "ห้วงเวลา"],
    owner: ["ผู้รับผิดชอบ", "หน่วยงานที่รับผิดชอบ", "หน่วยงานรับผิดชอบ"],
    indicator: ["ตัวชี้วัด", "ตัวชี้วัดที่", "ตัวชี้วัดที่เกี่ยวข้อง"],
    round: ["รอบติดตาม", "รอบการติดตาม", "รอบการรายงาน"],
    result: ["ผลการดำเนินการ", "สรุปผลการดำเนินการ", "ผลการดำเนินงาน", "ผลการดำเนินการตามมาตรการ"],
    outcome: ["ผลลัพธ์", "ผลลัพธ์หรือความสำเร็จ", "ผลลัพธ์/ความสำเร็จ", "ผลสำเร็จ"],
    suggestion: ["ข้อเสนอแนะ", "ปัญหา/อุปสรรค/ข้อเสนอแนะ", "ปัญหาอุปสรรค"],
    status: ["สถานะ", "ความก้าวหน้า"],
  },
  indicatorProgress: {
    indicator: ["ตัวชี้วัด", "ตัวชี้วัดที่", "ตัวชี้วัดการประเมิน"],
    approach: [
      "แนวทางในการยกระดับ",
      "แนวทางการยกระดับ",
      "แนวทางในการยกระดับคะแนน",
      "แนวทางการพัฒนา",
      "แนวทางการปรับปรุง",
    ],
    owner: ["ผู้รับผิดชอบ", "หน่วยงานที่รับผิดชอบ", "หน่วยงานรับผิดชอบ"],
    period: ["ระยะเวลา", "ระยะเวลาดำเนินการ"],
    status: ["ความก้าวหน้า", "สถานะ", "ผลการดำเนินการ"],
    note: ["หมายเหตุ"],
  },
  oitProgress: {
    id: ["ข้อ", "ข้อที่", "รหัสข้อ"],
    title: ["ข้อมูล", "รายการข้อมูล", "ชื่อข้อมูล", "หัวข้อ"],
    component: ["องค์ประกอบด้านข้อมูล", "องค์ประกอบ", "รายละเอียดข้อมูล", "รายละเอียด"],
    owner: ["ผู้รับผิดชอบ", "หน่วยงานที่รับผิดชอบ", "หน่วยงานรับผิดชอบ"],
    status: ["ความก้าวหน้า", "สถานะ", "การดำเนินการ"],
    evidence: ["ลิงก์", "url", "หลักฐาน", "ลิงก์หลักฐาน", "link"],
    note: ["หมายเหตุ"],
  },
  indicatorScores: {
    no: ["ตัวชี้วัดที่", "ตัวชี้วัด"],
    name: ["รายละเอียดตัวชี้วัด", "ชื่อตัวชี้วัด", "ตัวชี้วัด", "รายละเอียด"],
    score: ["คะแนน", "คะแนนที่ได้", "ผลคะแนน"],
  },
  questionScores: {
    seq: ["ลำดับ", "ลำดับที่"],
    group: ["หัวข้อ", "ประเด็น", "ประเด็นการวิเคราะห์"],
    tool: ["เครื่องมือการประเมิน", "เครื่องมือ", "แบบวัด"],
    id: ["ข้อคำถาม", "ข้อ", "ข้อที่", "รหัสข้อ"],
    part: ["ส่วนที่"],
    score: ["คะแนน", "คะแนนที่ได้", "ผลคะแนน"],
  },
  toolSummary: {
    label: ["เครื่องมือ", "เครื่องมือการประเมิน", "แบบวัด", "รายการ", "แบบสำรวจ", "ประเภท"],
    score: ["คะแนน", "คะแนนรวม", "คะแนนที่ได้", "ผลคะแนน"],
    level: ["ระดับ", "ระดับผลการประเมิน", "ผลการประเมิน"],
  },
};

/** Headers that name one column of a group themselves ("ไตรมาส 2", "งบประมาณ ปี 2567", "คะแนน ส่วนที่ 1"). */
export interface HeaderPattern {
  kind: ImportKind;
  pattern: RegExp;
  key: (m: RegExpExecArray) => { key: string; arg?: string | number };
}

export const HEADER_PATTERNS: readonly HeaderPattern[] = [
  { kind: "plan", pattern: /^(?:ดำเนินการ)?(?:ไตรมาส(?:ที่)?|q)([1-4])$/, key: (m) => ({ key: `q${m[1]}` }) },
  {
    kind: "plan",
    pattern: /^(?:งบประมาณ|ปีงบประมาณ|ปี|พ\.?ศ\.?)+(25\d\d)(?:\(บาท\)|บาท)?$/,
    key: (m) => ({ key: `budget_${m[1]}` }),
  },
  {
    kind: "measures",
    pattern: /^(?:ผลการดำเนินการ|ผลการดำเนินงาน|ผลการติดตาม|ติดตาม)?รอบ(?:ที่)?(\d{1,2})(?:เดือน)?$/,
    key: (m) => ({ key: "round", arg: Number(m[1]) }),
  },
  {
    kind: "questionScores",
    pattern: /^(?:คะแนน)?ส่วนที่([12])$/,
    key: (m) => ({ key: "score", arg: Number(m[1]) }),
  },
];

/** Sub-labels under a group header: the quarters, the EIT parts and the fiscal years. */
export const QUARTER_LABEL = /^(?:ไตรมาส(?:ที่)?|q)?([1-4])$/;
export const PART_LABEL = /^(?:คะแนน)?(?:ส่วนที่)?([12])$/;
export const YEAR_LABEL = /^(?:งบประมาณ|ปีงบประมาณ|ปี|พ\.?ศ\.?)*(25\d\d)(?:\(บาท\)|บาท)?$/;
export const TOTAL_SUB_LABELS: readonly string[] = ["รวม", "รวมทั้งสิ้น", "รวมงบประมาณ"];

/** A plan's total rows: the grand total is checked; subtotals and carried-forward rows are skipped. */
export const GRAND_TOTAL_LABELS: readonly string[] = [
  "รวม",
  "รวมทั้งสิ้น",
  "รวมทั้งหมด",
  "ยอดรวม",
  "ยอดรวมทั้งสิ้น",
  "รวมงบประมาณ",
  "รวมงบประมาณทั้งสิ้น",
  "รวมเป็นเงิน",
  "รวมเป็นเงินทั้งสิ้น",
  "total",
  "grandtotal",
];
export const SUBTOTAL_PREFIXES: readonly string[] = [
  "รวมมิติ",
  "รวมหน้า",
  "รวมไตรมาส",
  "รวมยอดยก",
  "ยอดยกมา",
  "ยกมา",
  "ยอดยกไป",
  "ยกไป",
  "subtotal",
];

/** Words for "every quarter" in a quarters column written as text. */
export const ALL_QUARTERS: readonly string[] = ["ทุกไตรมาส", "ตลอดปี", "ตลอดปีงบประมาณ", "ตลอดทั้งปี"];

/** A row of a plan that only names a dimension ("มิติที่ 1 การสร้างวัฒนธรรมสุจริต") starts its block. */
export const DIMENSION_SECTION = /^มิติ(?:ที่)?\s*([1-9])(?!\d)/;

/**
 * Numbered headings that group measures ("**๑. ด้านนโยบาย…**", "(2) …", "ด้านที่ 3 …"). Sub-numbers
 * ("๑.๑ …") are measures, not headings; long lines are paragraphs.
 */
export const MEASURE_HEADINGS: readonly RegExp[] = [
  /^\d{1,2}[.)]\s*(?!\d)\S/,
  /^\(\d{1,2}\)\s*\S/,
  /^(?:ด้านที่|หมวดที่|ประเด็นที่|เรื่องที่)\s*\d/,
];
export const MAX_HEADING_LENGTH = 150;

/** The number a measure's text starts with ("๑.๑ กำหนดนโยบาย", "(1) กระบวนการ…"). */
export const LEADING_NUMBER = /^\(?(\d{1,2}(?:\.\d{1,2})*)\)?[.)]?\s+(?=\S)/;

/** Labels written before a number in indicator and dimension cells ("ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่"). */
export const NUMBER_LABELS: readonly string[] = ["ตัวชี้วัดที่", "ตัวชี้วัด", "มิติที่", "มิติ", "ข้อที่", "ข้อ"];

/** Follow-up rounds named in a period cell: "รายงานผล… - รอบ 3 เดือน - รอบ 6 เดือน". */
export const ROUND_MONTHS = /รอบ\s*(?:ที่\s*)?(\d{1,2})\s*เดือน/g;

/** A question id as printed: "ข้อ i1", "ข้อคำถาม e13", "ข้อที่ o4", "I19"; the label in front is dropped. */
export const ID_LABEL = /^(?:ข้อ(?:คำถาม)?(?:ที่)?)\s*/;
export const LETTERED_ID = /^(?:ข้อ(?:คำถาม)?(?:ที่)?)?\s*[ieo]\s*\d{1,3}$/i;

/** The EIT part row inside a question table: "ส่วนที่ | 1 | 2", or "ส่วนที่ 1 | ส่วนที่ 2". */
export const PART_CELL = /^ส่วนที่\s*([12])?$/;

/** Sentences that report tool scores: "…(IIT) คะแนนรวม 84.81 คะแนน", "…มีคะแนน 84.1 คะแนน อยู่ในระดับ ต้องปรับปรุง". */
export const SUMMARY = {
  scoreAfterWord: /คะแนน(?:รวม|เฉลี่ย|ที่ได้)?\s*(?:เท่ากับ|คือ|ได้)?\s*[:=]?\s*(\d{1,3}(?:\.\d+)?)(?![\d.])/,
  scoreBeforeWord: /(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*คะแนน/,
  levelWord: /ระดับ\s*[:：]?\s*/g,
  part: /ส่วนที่\s*([12])(?!\d)/,
  partAtStart: /^[-–•*\s]*ส่วนที่\s*([12])(?!\d)/,
  overallWords: ["ita", "ภาพรวม", "คะแนนรวมทั้งหมด", "ผลการประเมินคุณธรรมและความโปร่งใส"],
  toolCode: /(?<![a-z])(iit|eit|oit)(?![a-z])/i,
  /** A target, not a result: "ผ่านเกณฑ์ (๘๕ คะแนนขึ้นไป)", "ไม่น้อยกว่า 85 คะแนน". */
  thresholdWords: ["ขึ้นไป", "ไม่น้อยกว่า", "ไม่ต่ำกว่า", "เป้าหมาย", "ตั้งแต่"],
  /** A detail, not a tool's total: "ตัวชี้วัดที่ 1 ของ IIT ได้ 93.88 คะแนน", "ข้อคำถาม i19 … 74.87 คะแนน". */
  detailWords: ["ตัวชี้วัด", "ข้อคำถาม"],
};

/** Words at the start of a summary table's label cell for the overall score. */
export const OVERALL_LABELS: readonly string[] = ["ภาพรวม", "คะแนนรวม", "ita", "รวม", "overall"];
