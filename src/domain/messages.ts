/**
 * Thai and English texts of the core's problems, keyed by code. Kept in one table so that the
 * wording is reviewed in one place and the code stays free of Thai literals.
 */
type Params = Record<string, string | number>;
type Text = (p: Params) => string;

export const MESSAGES: Record<string, { th: Text; en: Text }> = {
  "framework.unknownYear": {
    th: (p) => `ไม่มีเกณฑ์การประเมินของปี ${p.year} (มีปี ${p.known})`,
    en: (p) => `No assessment framework for year ${p.year} (known: ${p.known})`,
  },
  "framework.assumedYear": {
    th: (p) => `ยังไม่มีเกณฑ์ของปี ${p.year} จึงใช้เกณฑ์ปี ${p.used}`,
    en: (p) => `No framework is known for ${p.year}; using the ${p.used} framework`,
  },
  "override.weightsSum": {
    th: (p) => `น้ำหนัก IIT + EIT + OIT ต้องรวมกันได้ 1 (ได้ ${p.sum})`,
    en: (p) => `The IIT + EIT + OIT weights must add up to 1 (they add up to ${p.sum})`,
  },
  "override.weightRange": {
    th: (p) => `น้ำหนักของ ${p.tool} ต้องอยู่ระหว่าง 0 ถึง 1 (ได้ ${p.value})`,
    en: (p) => `The weight of ${p.tool} must be between 0 and 1 (got ${p.value})`,
  },
  "override.passMarkRange": {
    th: (p) => `เกณฑ์ผ่านต้องอยู่ระหว่าง 0 ถึง 100 (ได้ ${p.value})`,
    en: (p) => `The pass mark must be between 0 and 100 (got ${p.value})`,
  },
  "override.levelsOrder": {
    th: () => `ระดับผลการประเมินต้องเรียงจากคะแนนสูงไปต่ำ และระดับสุดท้ายต้องเริ่มที่ 0`,
    en: () => `Levels must be ordered from the highest minimum down, the last one starting at 0`,
  },
  "score.range": {
    th: (p) => `คะแนน ${p.id} ต้องอยู่ระหว่าง 0 ถึง 100 (ได้ ${p.value})`,
    en: (p) => `The score of ${p.id} must be between 0 and 100 (got ${p.value})`,
  },
  "score.unknownId": {
    th: (p) => `ไม่รู้จักข้อ "${p.id}" ในเกณฑ์ ${p.framework}`,
    en: (p) => `Unknown question or item "${p.id}" in framework ${p.framework}`,
  },
  "score.itemValue": {
    th: (p) => `ข้อ ${p.id} ของ OIT ต้องเป็น ${p.allowed} (ได้ ${p.value})`,
    en: (p) => `OIT item ${p.id} must score ${p.allowed} (got ${p.value})`,
  },
  "score.partMissing": {
    th: (p) => `ข้อ ${p.id} ของ EIT ต้องระบุส่วนที่ (${p.parts})`,
    en: (p) => `EIT question ${p.id} needs its part (${p.parts})`,
  },
  "score.partUnknown": {
    th: (p) => `ข้อ ${p.id}: ไม่มีส่วนที่ ${p.part} (มี ${p.parts})`,
    en: (p) => `Question ${p.id}: there is no part ${p.part} (parts are ${p.parts})`,
  },
  "score.partNotUsed": {
    th: (p) => `ข้อ ${p.id}: ${p.tool} ไม่แบ่งเป็นส่วน แต่ระบุส่วนที่ ${p.part}`,
    en: (p) => `Question ${p.id}: ${p.tool} has no parts, but part ${p.part} is given`,
  },
  "score.conflict": {
    th: (p) => `ข้อ ${p.id} มีคะแนนไม่ตรงกัน (${p.first} และ ${p.second}) ใช้ค่าแรก`,
    en: (p) => `Question ${p.id} has two different scores (${p.first} and ${p.second}); the first is used`,
  },
  "score.mixedParts": {
    th: (p) => `ตัวชี้วัดที่ ${p.no}: บางข้อระบุส่วนที่ บางข้อไม่ระบุ`,
    en: (p) => `Indicator ${p.no}: some questions give their part and some do not`,
  },
  "indicator.unknown": {
    th: (p) => `ไม่มีตัวชี้วัดที่ ${p.no} ในเกณฑ์ ${p.framework}`,
    en: (p) => `There is no indicator ${p.no} in framework ${p.framework}`,
  },
  "indicator.mismatch": {
    th: (p) => `ตัวชี้วัดที่ ${p.no}: คะแนนที่คำนวณได้ ${p.computed} ไม่ตรงกับที่รายงาน ${p.reported} (ใช้ค่าที่คำนวณ)`,
    en: (p) =>
      `Indicator ${p.no}: the computed score ${p.computed} differs from the reported ${p.reported} (the computed score is used)`,
  },
  "indicator.incompleteReported": {
    th: (p) => `ตัวชี้วัดที่ ${p.no}: ขาดข้อ ${p.missing} จึงคำนวณได้เพียง ${p.computed} ใช้คะแนนที่รายงาน ${p.reported}`,
    en: (p) =>
      `Indicator ${p.no}: ${p.missing} missing, so only ${p.computed} can be computed; the reported ${p.reported} is used`,
  },
  "indicator.incomplete": {
    th: (p) => `ตัวชี้วัดที่ ${p.no}: ขาดข้อ ${p.missing} คะแนน ${p.computed} คำนวณจากข้อที่มีเท่านั้น`,
    en: (p) =>
      `Indicator ${p.no}: ${p.missing} missing; ${p.computed} is computed from the questions present only`,
  },
  "overall.none": {
    th: (p) => `ยังคำนวณคะแนนรวมไม่ได้: ไม่มีคะแนนของ ${p.tools}`,
    en: (p) => `The overall score cannot be computed yet: no score for ${p.tools}`,
  },
  "tool.mismatch": {
    th: (p) => `${p.tool}: คะแนนที่คำนวณได้ ${p.computed} ไม่ตรงกับที่รายงาน ${p.reported} (ใช้ค่าที่คำนวณ)`,
    en: (p) =>
      `${p.tool}: the computed score ${p.computed} differs from the reported ${p.reported} (the computed score is used)`,
  },
  "tool.reportedUsed": {
    th: (p) => `${p.tool}: คำนวณไม่ได้เพราะ ${p.reason} ใช้คะแนนที่รายงาน ${p.reported}`,
    en: (p) => `${p.tool}: cannot be computed (${p.reason}); the reported ${p.reported} is used`,
  },
  "overall.mismatch": {
    th: (p) => `คะแนนรวมที่คำนวณได้ ${p.computed} ไม่ตรงกับที่รายงาน ${p.reported} (ใช้ค่าที่คำนวณ)`,
    en: (p) =>
      `The computed overall ${p.computed} differs from the reported ${p.reported} (the computed one is used)`,
  },
  "overall.reportedUsed": {
    th: (p) => `คำนวณคะแนนรวมไม่ได้เพราะ ${p.reason} ใช้คะแนนที่รายงาน ${p.reported}`,
    en: (p) => `The overall cannot be computed (${p.reason}); the reported ${p.reported} is used`,
  },
  "level.mismatch": {
    th: (p) => `ระดับที่รายงาน "${p.reported}" ไม่ตรงกับระดับตามคะแนน "${p.computed}"`,
    en: (p) => `The reported level "${p.reported}" differs from the level of the scores, "${p.computed}"`,
  },
  "score.blank": {
    th: (p) => `ข้อ ${p.id} ไม่มีคะแนน (เว้นว่าง) จึงไม่นำมาคำนวณ`,
    en: (p) => `${p.id} has a blank score and is left out of the computation`,
  },
  "status.invalid": {
    th: (p) => `สถานะ "${p.value}" ไม่อยู่ในรายการ (${p.allowed})`,
    en: (p) => `The status "${p.value}" is not one of the list (${p.allowed})`,
  },
  "plan.name.missing": {
    th: () => `แถวนี้ไม่มีชื่อโครงการ/มาตรการ/กิจกรรม`,
    en: () => `This row has no project, measure or activity name`,
  },
  "plan.dimension.missing": {
    th: (p) => `ไม่ได้ระบุมิติ (ต้องเป็น ${p.allowed})`,
    en: (p) => `The dimension is missing (expected ${p.allowed})`,
  },
  "plan.dimension.invalid": {
    th: (p) => `มิติ "${p.value}" ไม่ถูกต้อง (ต้องเป็น ${p.allowed})`,
    en: (p) => `The dimension "${p.value}" is not valid (expected ${p.allowed})`,
  },
  "plan.budget.blank": {
    th: () => `งบประมาณเว้นว่าง นับเป็นไม่ใช้งบประมาณ (ใส่ 0 หรือ "ดำเนินการโดยไม่ใช้งบประมาณ" เพื่อยืนยัน)`,
    en: () => `The budget is blank and counts as none (enter 0 or "ดำเนินการโดยไม่ใช้งบประมาณ" to confirm)`,
  },
  "plan.budget.negative": {
    th: (p) => `งบประมาณติดลบ (${p.value}) ไม่ได้`,
    en: (p) => `The budget cannot be negative (${p.value})`,
  },
  "plan.budget.huge": {
    th: (p) => `งบประมาณ ${p.value} สูงผิดปกติ: ตรวจสอบ`,
    en: (p) => `The budget ${p.value} is unusually large: check it`,
  },
  "plan.budget.absurd": {
    th: (p) => `งบประมาณ ${p.value} เป็นไปไม่ได้ จึงไม่นับ`,
    en: (p) => `The budget ${p.value} is impossible and not counted`,
  },
  "plan.budget.years": {
    th: (p) => `งบประมาณรวม ${p.total} ไม่เท่ากับผลรวมรายปี ${p.years}`,
    en: (p) => `The budget ${p.total} differs from the sum of the yearly budgets, ${p.years}`,
  },
  "plan.spent.negative": {
    th: (p) => `ผลการเบิกจ่ายติดลบ (${p.value}) ไม่ได้`,
    en: (p) => `The amount spent cannot be negative (${p.value})`,
  },
  "plan.spent.overBudget": {
    th: (p) => `เบิกจ่าย ${p.spent} เกินงบประมาณ ${p.budget}`,
    en: (p) => `Spent ${p.spent} is more than the budget ${p.budget}`,
  },
  "plan.quarter.none": {
    th: (p) => `"${p.name}" ไม่ได้เลือกไตรมาสที่ดำเนินการ`,
    en: (p) => `"${p.name}" is not ticked in any quarter`,
  },
  "plan.row.duplicate": {
    th: (p) => `"${p.name}" ซ้ำกับแถวที่ ${p.other} ทุกช่อง (อาจวางซ้ำ งบประมาณจะถูกนับสองครั้ง)`,
    en: (p) => `"${p.name}" repeats row ${p.other} exactly (pasted twice? its budget would count twice)`,
  },
  "plan.seq.duplicate": {
    th: (p) => `ลำดับ ${p.seq} ซ้ำกับแถวที่ ${p.other}`,
    en: (p) => `Sequence ${p.seq} is also used by row ${p.other}`,
  },
  "plan.total.budget": {
    th: (p) => `ยอดรวมงบประมาณที่ระบุ ${p.stated} ไม่เท่ากับผลรวมรายการ ${p.computed}`,
    en: (p) => `The stated budget total ${p.stated} differs from the sum of the rows, ${p.computed}`,
  },
  "plan.total.quarter": {
    th: (p) => `จำนวนโครงการไตรมาส ${p.quarter} ที่ระบุ ${p.stated} ไม่เท่ากับที่นับได้ ${p.computed}`,
    en: (p) =>
      `Quarter ${p.quarter}: the stated count ${p.stated} differs from the ${p.computed} rows ticked`,
  },
  "settings.missing": {
    th: (p) => `ไม่พบตาราง ITA_Settings จึงใช้ค่าเริ่มต้นของปี ${p.year} (สร้างชีตด้วยคำสั่ง init)`,
    en: (p) => `No ITA_Settings table: the defaults of ${p.year} are used (create the sheets with init)`,
  },
  "table.missing": {
    th: (p) => `ไม่พบตาราง ${p.table} (สร้างชีตด้วยคำสั่ง init)`,
    en: (p) => `The table ${p.table} is missing (create the sheets with init)`,
  },
  "table.columnMissing": {
    th: (p) => `ตาราง ${p.table} ไม่มีคอลัมน์ "${p.column}"`,
    en: (p) => `The table ${p.table} has no "${p.column}" column`,
  },
  "table.foundByHeaders": {
    th: (p) => `ใช้ตาราง ${p.found} บนชีต ${p.sheet} เป็น ${p.table} เพราะหัวตารางตรงกัน`,
    en: (p) => `The table ${p.found} on sheet ${p.sheet} is used as ${p.table}: its headers match`,
  },
  "cell.textNumber": {
    th: (p) => `ตัวเลข "${p.value}" ถูกเก็บเป็นข้อความ: สูตรของ Excel จะไม่นับ (พิมพ์ใหม่เป็นตัวเลข)`,
    en: (p) => `"${p.value}" is stored as text: Excel's formulas will not count it (retype it as a number)`,
  },
  "cell.textTick": {
    th: (p) => `"${p.value}" ถูกเก็บเป็นข้อความ: สูตรของ Excel นับเฉพาะ TRUE (ใช้ TRUE/FALSE)`,
    en: (p) => `"${p.value}" is stored as text: Excel's formulas count only TRUE (use TRUE/FALSE)`,
  },
  "sheet.notOurs": {
    th: (p) => `ชีต "${p.sheet}" มีข้อมูลของผู้ใช้อยู่แล้ว (${p.cells}) จึงไม่เขียนทับ: เปลี่ยนชื่อชีตนั้นก่อน`,
    en: (p) =>
      `The sheet "${p.sheet}" already holds the user's data (${p.cells}); it is not overwritten: rename it first`,
  },
  "score.column": {
    th: (p) =>
      `ข้อ ${p.id}: ช่อง ${p.column} เป็น "${p.value}" แต่ควรเป็น "${p.expected}" (สูตรในชีตสรุปจะนับผิดตัวชี้วัด)`,
    en: (p) =>
      `${p.id}: its ${p.column} cell says "${p.value}" but should say "${p.expected}" (the summary's formulas would count it elsewhere)`,
  },
};

export function message(code: string, params: Params = {}): { th: string; en: string } {
  const entry = MESSAGES[code];
  if (!entry) return { th: code, en: code };
  return { th: entry.th(params), en: entry.en(params) };
}
