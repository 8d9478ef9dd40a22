import { problem, reportProblem, type Problem } from "../../domain/problem";
import { statusInfo } from "../../domain/status";
import { toArabicDigits } from "../../domain/thai/digits";
import type { Snapshot } from "../model";
import type { Language } from "../schema";
import type { OpResult } from "./init";
import { writeTablesOp, type KeyedRow } from "./rows";
import { readSettings } from "./settings";
import { findTables, rawRows } from "./tables";

/**
 * "Draft measures": one row per chosen weak indicator appended to ITA_Measures, with a short
 * improvement approach that the organisation then rewrites in its own words, assigns an owner
 * and a period to, and follows up (status starts at ยังไม่ได้ดำเนินการ).
 */

export interface MeasureApproach {
  indicator: number;
  th: string;
  en: string;
}

/**
 * A first approach for each indicator of the 2566 framework, drawn from what the NACC's guide
 * asks of each one and from what organisations report in their measures tables (o42/o43).
 */
export const MEASURE_APPROACHES: readonly MeasureApproach[] = [
  {
    indicator: 1,
    th: "ประกาศมาตรฐานการให้บริการ (ขั้นตอนและระยะเวลา) และกำกับให้บุคลากรปฏิบัติงานตามประมวลจริยธรรมอย่างเท่าเทียม",
    en: "Publish service standards (steps and time limits) and have staff follow the code of ethics, treating everyone alike",
  },
  {
    indicator: 2,
    th: "เผยแพร่แผนการใช้จ่ายงบประมาณและรายงานการเบิกจ่ายรายไตรมาส เปิดให้บุคลากรมีส่วนร่วมตรวจสอบการจัดซื้อจัดจ้าง",
    en: "Publish the spending plan and quarterly disbursement reports, and let staff take part in checking procurement",
  },
  {
    indicator: 3,
    th: "กำหนดหลักเกณฑ์การมอบหมายงาน การประเมินผล และการเลื่อนขั้นที่เป็นธรรมและเปิดเผย พร้อมช่องทางร้องเรียนภายใน",
    en: "Set fair, published rules for assigning work, appraisals and promotion, with an internal complaint channel",
  },
  {
    indicator: 4,
    th: "จัดทำแนวปฏิบัติการยืม–คืนและการใช้ทรัพย์สินของราชการ สื่อสารให้บุคลากรทราบ และตรวจสอบการใช้อย่างสม่ำเสมอ",
    en: "Write and explain the rules for borrowing and using government property, and check its use regularly",
  },
  {
    indicator: 5,
    th: "ผู้บริหารประกาศเจตจำนงสุจริต ดำเนินการตามแผนป้องกันการทุจริต และเปิดช่องทางแจ้งเบาะแสที่คุ้มครองผู้แจ้ง",
    en: "Leaders declare their commitment to integrity, carry out the anti-corruption plan and open a protected whistle-blowing channel",
  },
  {
    indicator: 6,
    th: "ลดขั้นตอนและระยะเวลาการให้บริการ ให้บริการตามลำดับอย่างเท่าเทียม และชี้แจงขั้นตอนให้ผู้รับบริการทราบ",
    en: "Cut service steps and waiting time, serve people in turn without favour, and explain the procedure to them",
  },
  {
    indicator: 7,
    th: "เผยแพร่ผลงานและข่าวสารทางเว็บไซต์และสื่อสังคมออนไลน์อย่างสม่ำเสมอ และตอบคำถามหรือข้อร้องเรียนภายในเวลาที่กำหนด",
    en: "Publish results and news on the website and social media regularly, and answer questions and complaints within a set time",
  },
  {
    indicator: 8,
    th: "นำบริการออนไลน์ (e-Service) มาใช้ เปิดให้ประชาชนมีส่วนร่วมปรับปรุงการทำงาน และแจ้งผลการปรับปรุงให้ทราบ",
    en: "Offer services online (e-Service), invite the public to help improve the work, and report back what changed",
  },
  {
    indicator: 9,
    th: "ตรวจรายการข้อมูล OIT ที่ยังไม่เผยแพร่ กำหนดผู้รับผิดชอบรายข้อ และเผยแพร่บนเว็บไซต์ให้ครบถ้วนและเป็นปัจจุบัน",
    en: "List the OIT items not yet published, name an owner for each and publish them on the website, complete and current",
  },
  {
    indicator: 10,
    th: "วิเคราะห์ผลการประเมิน ITA ปีที่ผ่านมา จัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใส และรายงานผลการดำเนินการ",
    en: "Analyse last year's ITA result, adopt integrity and transparency measures and report on carrying them out",
  },
];

export const approachFor = (indicator: number): MeasureApproach | undefined =>
  MEASURE_APPROACHES.find((a) => a.indicator === indicator);

export interface DraftMeasuresOptions {
  now: Date;
  fallbackYear: number;
  /** Language of the texts written; the workbook's header language when not given. */
  language?: Language;
}

const NOTHING_CHOSEN = {
  th: "ยังไม่ได้เลือกตัวชี้วัด: เลือกอย่างน้อยหนึ่งตัวชี้วัดที่จะร่างมาตรการ",
  en: "No indicator chosen: choose at least one indicator to draft measures for",
};

/** The next ลำดับ after the table's numbered rows ("3", "๓" and "3." all count). */
function nextSeq(snapshot: Snapshot): number {
  const found = findTables(snapshot).get("ITA_Measures");
  const numbers = (found ? rawRows(found) : []).map((r) => {
    const match = /^\s*(\d+)/.exec(toArabicDigits(String(r.values.seq ?? "")));
    return match ? Number(match[1]) : 0;
  });
  return Math.max(0, ...numbers) + 1;
}

/** Appends one measure row per chosen indicator to ITA_Measures (created when missing). */
export function draftMeasuresOp(
  snapshot: Snapshot,
  indicators: readonly number[],
  options: DraftMeasuresOptions,
): OpResult {
  const { settings, framework } = readSettings(
    findTables(snapshot).get("ITA_Settings"),
    options.fallbackYear,
  );
  const language = options.language ?? settings.language;
  const problems: Problem[] = [];
  if (indicators.length === 0)
    problems.push(problem("error", "measures.none", NOTHING_CHOSEN.th, NOTHING_CHOSEN.en));
  const rows: KeyedRow[] = [];
  let seq = nextSeq(snapshot);
  for (const no of [...new Set(indicators)].sort((a, b) => a - b)) {
    const indicator = framework.indicators.find((i) => i.no === no);
    const approach = approachFor(no);
    if (!indicator || !approach) {
      problems.push(reportProblem("error", "indicator.unknown", { no, framework: framework.id }));
      continue;
    }
    const heading = language === "th" ? `ตัวชี้วัดที่ ${no} ${indicator.th}` : `Indicator ${no}: ${indicator.en}`;
    rows.push({
      seq: String(seq++),
      group: heading,
      measure: approach[language],
      indicator: no,
      owner: null,
      period: null,
      status: statusInfo("not-started").th,
    });
  }
  if (problems.length > 0)
    return { patch: { op: "draftMeasures", steps: [], mustBeEmpty: [], log: [] }, problems };
  return writeTablesOp(snapshot, [{ table: "ITA_Measures", rows, how: { mode: "append" } }], {
    now: options.now,
    fallbackYear: options.fallbackYear,
    language,
    op: "draftMeasures",
  });
}
