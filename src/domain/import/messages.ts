import { problem, type Location, type Problem, type Severity } from "../problem";
import type { Source } from "./types";

/**
 * Thai and English texts of the importer's problems (codes "import.*"), kept in one table like
 * src/domain/messages.ts so the wording is reviewed in one place and the code stays free of Thai.
 */
type Params = Record<string, string | number>;
type Text = (p: Params) => string;

export const IMPORT_MESSAGES: Readonly<Record<string, { th: Text; en: Text }>> = {
  "import.empty": {
    th: () => `ไม่มีข้อความให้นำเข้า`,
    en: () => `There is nothing to import`,
  },
  "import.noTable": {
    th: () => `ไม่พบตารางที่รู้จัก (แผนปฏิบัติการ มาตรการ ความก้าวหน้า คะแนน) ตรวจสอบหัวตาราง`,
    en: () => `No known table was found (plan, measures, progress, scores): check the header rows`,
  },
  "import.table.noRows": {
    th: (p) => `มีหัวตาราง${p.table}แต่ไม่มีแถวข้อมูล`,
    en: (p) => `The ${p.table} header has no rows under it`,
  },
  "import.header.unknown": {
    th: (p) => `ไม่รู้จักหัวคอลัมน์ "${p.header}" จึงไม่ได้อ่านคอลัมน์นี้`,
    en: (p) => `The column header "${p.header}" is not known, so this column is not read`,
  },
  "import.cell.unmapped": {
    th: (p) => `ข้อความ "${p.value}" อยู่นอกคอลัมน์ของตาราง จึงไม่ได้อ่าน`,
    en: (p) => `"${p.value}" lies outside the table's columns and is not read`,
  },
  "import.cell.markup": {
    th: (p) => `ลบแท็ก ${p.tags} ออกจากเซลล์ เหลือเป็นข้อความ "${p.value}"`,
    en: (p) => `The tag(s) ${p.tags} were removed from the cell, leaving the text "${p.value}"`,
  },
  "import.value.formulaLike": {
    th: (p) => `${p.column}: "${p.value}" ขึ้นต้นเหมือนสูตร จึงเก็บเป็นข้อความ (ไม่มีการคำนวณ)`,
    en: (p) => `${p.column}: "${p.value}" looks like a formula; it is kept as text and never evaluated`,
  },
  "import.value.number": {
    th: (p) => `${p.column}: ${p.detailTh}`,
    en: (p) => `${p.column}: ${p.detailEn}`,
  },
  "import.value.tick": {
    th: (p) => `${p.column}: ${p.detailTh}`,
    en: (p) => `${p.column}: ${p.detailEn}`,
  },
  "import.value.mixedDigits": {
    th: (p) => `${p.column}: "${p.value}" ปนเลขไทยกับเลขอารบิก (อ่านได้ แต่ควรตรวจสอบ)`,
    en: (p) => `${p.column}: "${p.value}" mixes Thai and Arabic digits (read, but worth checking)`,
  },
  "import.value.range": {
    th: (p) => `${p.column}: ค่า ${p.value} อยู่นอกช่วงที่ใช้ได้ (${p.range})`,
    en: (p) => `${p.column}: ${p.value} is outside the allowed range (${p.range})`,
  },
  "import.status.multiple": {
    th: (p) => `ทำเครื่องหมายสถานะมากกว่าหนึ่งช่อง (${p.statuses}) จึงไม่ได้กำหนดสถานะ`,
    en: (p) => `More than one status is ticked (${p.statuses}); no status is set`,
  },
  "import.status.unknown": {
    th: (p) => `สถานะ "${p.value}" ไม่อยู่ในรายการ (${p.allowed})`,
    en: (p) => `The status "${p.value}" is not one of the list (${p.allowed})`,
  },
  "import.question.unknownId": {
    th: (p) => `ไม่รู้จักข้อ "${p.id}" จึงไม่ได้นำเข้าแถวนี้`,
    en: (p) => `Unknown question or item "${p.id}": the row is not imported`,
  },
  "import.question.noId": {
    th: () => `แถวนี้มีคะแนนแต่ไม่มีข้อคำถาม จึงไม่ได้นำเข้า`,
    en: () => `This row has a score but no question id: it is not imported`,
  },
  "import.question.noScore": {
    th: (p) => `ข้อ ${p.id} ไม่มีคะแนน`,
    en: (p) => `${p.id} has no score`,
  },
  "import.question.conflict": {
    th: (p) =>
      `ข้อ ${p.id}${p.part ? ` ส่วนที่ ${p.part}` : ""} มีคะแนนไม่ตรงกัน: ${p.first} (${p.firstAt}) และ ${p.second} (${p.secondAt}) ใช้ค่าแรก`,
    en: (p) =>
      `${p.id}${p.part ? ` part ${p.part}` : ""} has two different scores: ${p.first} (${p.firstAt}) and ${p.second} (${p.secondAt}); the first is kept`,
  },
  "import.question.partAssumed": {
    th: () => `ข้อของ EIT ไม่มีหัว "ส่วนที่ 1 2" จึงถือว่าคะแนนแรกเป็นส่วนที่ 1 และคะแนนที่สองเป็นส่วนที่ 2`,
    en: () =>
      `EIT questions without a "ส่วนที่ 1 2" header: the first score is taken as part 1, the second as part 2`,
  },
  "import.question.partMissing": {
    th: (p) => `ข้อ ${p.id} ของ EIT ไม่ได้ระบุส่วนที่`,
    en: (p) => `EIT question ${p.id} does not say which part it belongs to`,
  },
  "import.question.toolMismatch": {
    th: (p) => `ข้อ ${p.id} อยู่ในกลุ่มเครื่องมือ ${p.tool} แต่เป็นข้อของ ${p.actual}`,
    en: (p) => `${p.id} is listed under ${p.tool} but belongs to ${p.actual}`,
  },
  "import.indicator.unknown": {
    th: (p) => `ไม่รู้จักตัวชี้วัด "${p.value}"`,
    en: (p) => `Unknown indicator "${p.value}"`,
  },
  "import.indicator.conflict": {
    th: (p) =>
      `ตัวชี้วัดที่ ${p.id} มีคะแนนไม่ตรงกัน: ${p.first} (${p.firstAt}) และ ${p.second} (${p.secondAt}) ใช้ค่าแรก`,
    en: (p) =>
      `Indicator ${p.id} has two different scores: ${p.first} (${p.firstAt}) and ${p.second} (${p.secondAt}); the first is kept`,
  },
  "import.oit.unknownId": {
    th: (p) => `ไม่รู้จักข้อ OIT "${p.id}" (มี o1–o43) แถวนี้นำเข้าโดยไม่มีรหัสข้อ`,
    en: (p) => `Unknown OIT item "${p.id}" (o1–o43): the row is imported without an id`,
  },
  "import.continuation.orphan": {
    th: () => `แถวต่อเนื่อง (ช่องแรกว่าง) ไม่มีแถวก่อนหน้าให้ต่อ จึงนำเข้าเป็นแถวใหม่`,
    en: () => `A continuation row (first cell empty) has no row above to continue; it is imported as a row`,
  },
  "import.row.shifted": {
    th: (p) => `ช่องในแถวนี้เลื่อนไป ${p.by} คอลัมน์ จึงอ่านตามเนื้อหาของช่อง`,
    en: (p) => `The cells of this row are shifted by ${p.by} column(s); they are read by their content`,
  },
  "import.row.short": {
    th: (p) => `แถวนี้มี ${p.cells} ช่อง น้อยกว่าหัวตาราง (${p.expected}) อาจถูกตัดขาด`,
    en: (p) => `This row has ${p.cells} cells, fewer than the header's ${p.expected}: it may be cut off`,
  },
  "import.line.unread": {
    th: () => `บรรทัดนี้ดูเหมือนแถวตาราง แต่ไม่อยู่ใต้หัวตารางที่รู้จัก จึงไม่ได้อ่าน`,
    en: () => `This line looks like a table row but is under no known header, so it is not read`,
  },
  "import.total.subtotal": {
    th: (p) => `แถว "${p.label}" เป็นยอดรวมย่อยหรือยอดยกมา ไม่ได้นับเป็นโครงการและไม่ได้ตรวจยอด`,
    en: (p) => `"${p.label}" is a subtotal or carried-forward row: not a project, and not checked`,
  },
  "import.total.repeated": {
    th: () => `มีแถวรวมทั้งสิ้นมากกว่าหนึ่งแถว ใช้แถวสุดท้ายในการตรวจยอด`,
    en: () => `There is more than one grand total row; the last one is checked`,
  },
  "import.summary.conflict": {
    th: (p) => `คะแนน ${p.key} ระบุไว้สองค่า: ${p.first} (${p.firstAt}) และ ${p.second} ใช้ค่าแรก`,
    en: (p) =>
      `The ${p.key} score is given twice: ${p.first} (${p.firstAt}) and ${p.second}; the first is kept`,
  },
  "import.value.carried": {
    th: (p) => `${p.column} เว้นว่าง ${p.count} แถว จึงใช้ค่าจากแถวด้านบน (เซลล์ผสาน) ตรวจสอบ ${p.where}`,
    en: (p) =>
      `${p.column} is blank on ${p.count} row(s) and takes the value above (merged cells); check ${p.where}`,
  },
};

/** Where a source is, in words ("line 28" / "ITA_Plan!D5"), for messages that name two places. */
export function sourceText(source: Source): string {
  if (source.cell !== undefined) return source.sheet ? `${source.sheet}!${source.cell}` : source.cell;
  return source.line === undefined ? "?" : `line ${source.line}`;
}

/** A problem's location from a value's source; `column` names the column key when known. */
export function locationOf(source: Source, column?: string): Location {
  const where: Location = {};
  if (source.sheet !== undefined) where.sheet = source.sheet;
  if (source.cell !== undefined) where.cell = source.cell;
  if (source.line !== undefined) where.line = source.line;
  if (source.column !== undefined) where.col = source.column;
  if (column !== undefined) where.column = column;
  return where;
}

export function importProblem(
  severity: Severity,
  code: string,
  params: Params,
  source: Source,
  column?: string,
): Problem {
  const entry = IMPORT_MESSAGES[code];
  const th = entry ? entry.th(params) : code;
  const en = entry ? entry.en(params) : code;
  return problem(severity, code, th, en, locationOf(source, column));
}
