/*
 * The ITA.* worksheet functions: annotated entry points only. Each one hands what Excel passed to
 * a reader in this folder and the core (src/domain); a bad input becomes #VALUE! (or #N/A for a
 * blank, unknown value) with a message that names the argument and the cell.
 *
 * The JSDoc tags are the source of functions.json (custom-functions-metadata-plugin); the plugin's
 * loader appends the CustomFunctions.associate(...) calls at build time, so this file stays plain
 * exports that Jest can import. The name in @customfunction is what Excel shows after "ITA.".
 * Parameter types are written out (unknown[][], not an alias): the metadata parser reads the
 * annotation as text and knows no aliases. Results are unrounded; format the cells 0.00.
 */
import * as assessment from "./assessment";
import * as plan from "./plan";
import * as values from "./values";

/**
 * Overall ITA score from the ten indicator scores; a blank indicator gives #N/A. / คะแนนรวม ITA จากคะแนนตัวชี้วัดทั้ง 10 ตัว
 * @customfunction SCORE
 * @helpurl https://localhost:3000/help.html#score
 * @param indicatorScores Scores of indicators 1–10 in order, in one row or one column. / คะแนนตัวชี้วัดที่ 1–10 เรียงในแถวหรือคอลัมน์เดียว
 * @param [year] Fiscal year (BE) whose framework applies; 2566 when omitted. / ปีงบประมาณ (พ.ศ.) ของเกณฑ์ ไม่ระบุคือ 2566
 * @returns The overall score, unrounded.
 */
export function overallScore(indicatorScores: unknown[][], year?: unknown): number {
  return assessment.overallFromIndicatorScores(indicatorScores, year);
}

/**
 * Overall ITA score from the IIT, EIT and OIT scores (weights 30%, 30% and 40%). / คะแนนรวม ITA จากคะแนน IIT, EIT และ OIT
 * @customfunction OVERALL
 * @helpurl https://localhost:3000/help.html#overall
 * @param iit IIT score (internal stakeholders). / คะแนน IIT
 * @param eit EIT score (external stakeholders). / คะแนน EIT
 * @param oit OIT score (open data). / คะแนน OIT
 * @param [year] Fiscal year (BE) whose framework applies; 2566 when omitted. / ปีงบประมาณ (พ.ศ.) ของเกณฑ์ ไม่ระบุคือ 2566
 * @returns The overall score, unrounded.
 */
export function overallOfTools(iit: unknown, eit: unknown, oit: unknown, year?: unknown): number {
  return assessment.overallFromToolScores(iit, eit, oit, year);
}

/**
 * Score of one tool, the mean of its indicators. / คะแนนของเครื่องมือหนึ่ง (ค่าเฉลี่ยของตัวชี้วัดในเครื่องมือนั้น)
 * @customfunction TOOL
 * @helpurl https://localhost:3000/help.html#tool
 * @param indicatorScores Scores of indicators 1–10 in order (or only the tool's own). / คะแนนตัวชี้วัดที่ 1–10 (หรือเฉพาะของเครื่องมือนั้น)
 * @param tool "IIT", "EIT" or "OIT". / เครื่องมือ "IIT", "EIT" หรือ "OIT"
 * @param [year] Fiscal year (BE) whose framework applies; 2566 when omitted. / ปีงบประมาณ (พ.ศ.) ของเกณฑ์ ไม่ระบุคือ 2566
 * @returns The tool score, unrounded.
 */
export function toolScore(indicatorScores: unknown[][], tool: unknown, year?: unknown): number {
  return assessment.toolFromIndicatorScores(indicatorScores, tool, year);
}

/**
 * Score of one indicator from question or item scores; a repeated question counts once. / คะแนนตัวชี้วัดจากคะแนนรายข้อ (ข้อที่ซ้ำนับครั้งเดียว)
 * @customfunction INDICATOR
 * @helpurl https://localhost:3000/help.html#indicator
 * @param ids Question or item ids: i1–i30, e1–e15, o1–o43 ("ข้อ e13" and "043" work too). / รหัสข้อ เช่น i1, e13, o43
 * @param scores The score of each id, a range the size of ids. / คะแนนของแต่ละข้อ ขนาดเท่ากับ ids
 * @param indicator Indicator number 1–10 (or "ตัวชี้วัดที่ 7"). / ตัวชี้วัดที่ 1–10
 * @param [parts] EIT survey part (1 or 2) of each row, a range the size of ids. / ส่วนที่ของแบบ EIT (1 หรือ 2) ของแต่ละแถว
 * @param [year] Fiscal year (BE) whose framework applies; 2566 when omitted. / ปีงบประมาณ (พ.ศ.) ของเกณฑ์ ไม่ระบุคือ 2566
 * @returns The indicator score, unrounded.
 */
export function indicatorScore(
  ids: unknown[][],
  scores: unknown[][],
  indicator: unknown,
  parts?: unknown[][],
  year?: unknown,
): number {
  return assessment.indicatorFromQuestions(ids, scores, indicator, parts, year);
}

/**
 * Level (ระดับ) of an overall score; up to 2565 the letter band AA–F. / ระดับผลการประเมินจากคะแนนรวม (ถึงปี 2565 เป็น AA–F)
 * @customfunction LEVEL
 * @helpurl https://localhost:3000/help.html#level
 * @param overall The overall score. / คะแนนรวม
 * @param [iit] IIT score, needed when the overall is 85 or more. / คะแนน IIT (ต้องใช้เมื่อคะแนนรวมตั้งแต่ 85)
 * @param [eit] EIT score, needed when the overall is 85 or more. / คะแนน EIT (ต้องใช้เมื่อคะแนนรวมตั้งแต่ 85)
 * @param [oit] OIT score, needed when the overall is 85 or more. / คะแนน OIT (ต้องใช้เมื่อคะแนนรวมตั้งแต่ 85)
 * @param [year] Fiscal year (BE) whose framework applies; 2566 when omitted. / ปีงบประมาณ (พ.ศ.) ของเกณฑ์ ไม่ระบุคือ 2566
 * @returns The level's Thai name, such as ผ่านดี.
 */
export function levelName(
  overall: unknown,
  iit?: unknown,
  eit?: unknown,
  oit?: unknown,
  year?: unknown,
): string {
  return assessment.levelName(overall, iit, eit, oit, year);
}

/**
 * Weighted sum of values; the weights must add up to 1 and are never rescaled. / ผลรวมถ่วงน้ำหนัก (น้ำหนักต้องรวมกันได้ 1)
 * @customfunction WEIGHTED
 * @helpurl https://localhost:3000/help.html#weighted
 * @param values The values. / ค่าที่จะถ่วงน้ำหนัก
 * @param weights The weight of each value (0–1, adding up to 1), a range the size of values. / น้ำหนักของแต่ละค่า (0–1 รวมกันได้ 1)
 * @returns Σ value × weight, unrounded.
 */
export function weighted(values: unknown[][], weights: unknown[][]): number {
  return assessment.weightedScore(values, weights);
}

/**
 * Labels whose score is below the pass mark, what to fix first on top; spills. / รายการที่คะแนนต่ำกว่าเกณฑ์ เรียงตามสิ่งที่ควรแก้ก่อน
 * @customfunction WEAK
 * @helpurl https://localhost:3000/help.html#weak
 * @param labels Indicator numbers 1–10 (ranked by gain) or any labels (ranked by gap). / เลขตัวชี้วัด 1–10 หรือชื่อรายการใดก็ได้
 * @param scores The score of each label, a range the size of labels. / คะแนนของแต่ละรายการ
 * @param [passMark] The pass mark; 85 when omitted. / เกณฑ์ผ่าน ไม่ระบุคือ 85
 * @returns The weak labels, one per cell; one empty cell when none is weak.
 */
export function weakLabels(labels: unknown[][], scores: unknown[][], passMark?: unknown): unknown[][] {
  return assessment.weakLabels(labels, scores, passMark);
}

/**
 * Points the overall score gains if one indicator reaches a target score. / คะแนนรวมที่เพิ่มขึ้นหากตัวชี้วัดหนึ่งได้คะแนนตามเป้า
 * @customfunction GAIN
 * @helpurl https://localhost:3000/help.html#gain
 * @param indicatorScores Scores of indicators 1–10 in order, in one row or one column. / คะแนนตัวชี้วัดที่ 1–10 เรียงในแถวหรือคอลัมน์เดียว
 * @param indicator Indicator number 1–10 (or "ตัวชี้วัดที่ 7"). / ตัวชี้วัดที่ 1–10
 * @param target The score the indicator would reach, such as 85. / คะแนนเป้าหมายของตัวชี้วัด เช่น 85
 * @param [year] Fiscal year (BE) whose framework applies; 2566 when omitted. / ปีงบประมาณ (พ.ศ.) ของเกณฑ์ ไม่ระบุคือ 2566
 * @returns The change of the overall score, unrounded.
 */
export function gain(
  indicatorScores: unknown[][],
  indicator: unknown,
  target: unknown,
  year?: unknown,
): number {
  return assessment.gainIfIndicatorReaches(indicatorScores, indicator, target, year);
}

/**
 * Number of plan projects ticked in one fiscal quarter. / จำนวนโครงการที่ดำเนินการในไตรมาสหนึ่ง
 * @customfunction QUARTERCOUNT
 * @helpurl https://localhost:3000/help.html#quartercount
 * @param quarterFlags Four columns (quarters 1–4), one row per project: ticks, TRUE or blank. / 4 คอลัมน์ (ไตรมาส 1–4) แถวละโครงการ
 * @param quarter Fiscal quarter 1–4 (1 = October–December). / ไตรมาส 1–4 (ไตรมาส 1 = ต.ค.–ธ.ค.)
 * @returns How many rows are ticked in that quarter.
 */
export function quarterCount(quarterFlags: unknown[][], quarter: unknown): number {
  return plan.projectsInQuarter(quarterFlags, quarter);
}

/**
 * Number of plan projects ticked in each fiscal quarter, one row of four; spills. / จำนวนโครงการในแต่ละไตรมาส 1–4
 * @customfunction QUARTERS
 * @helpurl https://localhost:3000/help.html#quarters
 * @param quarterFlags Four columns (quarters 1–4), one row per project: ticks, TRUE or blank. / 4 คอลัมน์ (ไตรมาส 1–4) แถวละโครงการ
 * @returns The counts of quarters 1–4.
 */
export function quarterCounts(quarterFlags: unknown[][]): number[][] {
  return plan.projectsPerQuarter(quarterFlags);
}

/**
 * Budget total of the action plan, or of one dimension. / งบประมาณรวมของแผนปฏิบัติการ หรือของมิติหนึ่ง
 * @customfunction BUDGET
 * @helpurl https://localhost:3000/help.html#budget
 * @param budgets Budgets in baht ("ดำเนินการโดยไม่ใช้งบประมาณ" and blank count 0). / งบประมาณ (บาท)
 * @param [dimensions] The dimension (มิติ 1–4) of each budget, a range the size of budgets. / มิติของแต่ละโครงการ
 * @param [dimension] Total only this dimension (1–4). / รวมเฉพาะมิตินี้ (1–4)
 * @returns The total in baht.
 */
export function budget(budgets: unknown[][], dimensions?: unknown[][], dimension?: unknown): number {
  return plan.budgetTotal(budgets, dimensions, dimension);
}

/**
 * A number from text with Thai digits, separators and units; "no budget" phrases give 0. / แปลงข้อความ เช่น "๑๐,๐๐๐.๐๐ บาท" เป็นตัวเลข
 * @customfunction NUMBER
 * @helpurl https://localhost:3000/help.html#number
 * @param text Text such as "๑๐,๐๐๐.๐๐ บาท" (a number is returned as it is). / ข้อความตัวเลข
 * @returns The number.
 */
export function thaiNumber(text: unknown): number {
  return values.numberFromText(text);
}

/**
 * Thai government fiscal year (1 October to 30 September) of a date. / ปีงบประมาณ (1 ต.ค. – 30 ก.ย.) ของวันที่
 * @customfunction FISCALYEAR
 * @helpurl https://localhost:3000/help.html#fiscalyear
 * @param date A date (an Excel date serial number, such as a cell holding a date). / วันที่
 * @param [era] "BE" for the Buddhist Era year (the default) or "CE" for the Common Era year. / "BE" (พ.ศ. ค่าเริ่มต้น) หรือ "CE" (ค.ศ.)
 * @returns The fiscal year the date falls in.
 */
export function fiscalYearOf(date: number, era?: string): number {
  return values.fiscalYearOfDate(date, era);
}

/**
 * Fiscal quarter of a date: 1 = Oct–Dec, 2 = Jan–Mar, 3 = Apr–Jun, 4 = Jul–Sep. / ไตรมาสของปีงบประมาณของวันที่
 * @customfunction FISCALQUARTER
 * @helpurl https://localhost:3000/help.html#fiscalquarter
 * @param date A date (an Excel date serial number, such as a cell holding a date). / วันที่
 * @returns The fiscal quarter, 1 to 4.
 */
export function fiscalQuarterOf(date: number): number {
  return values.fiscalQuarterOfDate(date);
}
