/**
 * Texts of the problems that bad input gives (test/fixtures/bad): columns and tables a user broke,
 * values out of any plausible range, settings typed in the wrong era. Merged into MESSAGES.
 */
type Params = Record<string, string | number>;
type Text = (p: Params) => string;

export const TRUST_MESSAGES: Record<string, { th: Text; en: Text }> = {
  "table.header.missing": {
    th: (p) =>
      `ตาราง ${p.table} ไม่มีคอลัมน์ "${p.column}"${p.found ? ` (หัวคอลัมน์ถูกพิมพ์ใหม่เป็น "${p.found}"?)` : " (คอลัมน์ถูกลบ?)"} ค่าของคอลัมน์นี้จึงไม่ถูกอ่าน: พิมพ์หัวคอลัมน์คืนเป็น "${p.column}"`,
    en: (p) =>
      `The table ${p.table} has no "${p.column}" column${p.found ? ` (was its header retyped as "${p.found}"?)` : " (was it deleted?)"}, so its values are not read: restore the header "${p.column}"`,
  },
  "table.asRange": {
    th: (p) =>
      `ชีต ${p.sheet} มีข้อมูลแต่ไม่มีตาราง ${p.table} (ถูกแปลงเป็นช่วงปกติ?): เลือกข้อมูลแล้วสร้างตาราง (Ctrl+T) ชื่อ ${p.table}`,
    en: (p) =>
      `The sheet ${p.sheet} holds data but no ${p.table} table (converted to a range?): select it and make it a table (Ctrl+T) named ${p.table}`,
  },
  "table.ignored": {
    th: (p) =>
      `ตาราง ${p.found} บนชีต ${p.sheet} มีหัวตารางแบบ ${p.table} แต่ใช้ตารางบนชีต ${p.used} อยู่แล้ว ตารางนี้จึงไม่ถูกนับ`,
    en: (p) =>
      `The table ${p.found} on sheet ${p.sheet} has the headers of ${p.table}, but the one on sheet ${p.used} is used: this one is not counted`,
  },
  "table.emptyRow": {
    th: (p) => `แถวว่างกลางตาราง ${p.table} (แถวที่ ${p.row} ของตาราง): ลบแถวนี้หรือกรอกข้อมูล`,
    en: (p) => `An empty row inside ${p.table} (row ${p.row} of the table): delete it or fill it in`,
  },
  "plan.budget.huge": {
    th: (p) => `งบประมาณ ${p.value} บาทสูงผิดปกติ (ตั้งแต่ 100 ล้านบาท) ตรวจสอบว่าพิมพ์ถูกต้อง`,
    en: (p) => `The budget ${p.value} baht is unusually large (100 million or more): check it`,
  },
  "plan.budget.absurd": {
    th: (p) => `งบประมาณ ${p.value} บาทเป็นไปไม่ได้ (ตั้งแต่ 10 ล้านล้านบาท) จึงไม่นับ`,
    en: (p) => `The budget ${p.value} baht is impossible (10 trillion or more) and is not counted`,
  },
  "settings.yearCE": {
    th: (p) => `ปี ${p.value} เป็นปี ค.ศ. จึงอ่านเป็น พ.ศ. ${p.year} (พิมพ์ปี พ.ศ. แทน)`,
    en: (p) => `${p.value} is a Common Era year: it is read as ${p.year} BE (type the Buddhist-Era year)`,
  },
  "settings.yearRange": {
    th: (p) => `ปี ${p.value} ไม่ใช่ปี พ.ศ. ที่ใช้ได้ (${p.from}–${p.to}) จึงไม่ใช้ค่านี้`,
    en: (p) => `${p.value} is not a usable Buddhist-Era year (${p.from}–${p.to}); it is ignored`,
  },
  "settings.unknownKey": {
    th: (p) => `ไม่รู้จักรหัสค่าตั้ง "${p.key}" แถวนี้จึงไม่ถูกอ่าน (รหัสที่ใช้ได้: ${p.known})`,
    en: (p) => `Unknown setting key "${p.key}": this row is not read (known keys: ${p.known})`,
  },
  "sheet.protected": {
    th: (p) => `ชีต ${p.sheet} ถูกป้องกันไว้ จึงไม่เขียนลงไป: ยกเลิกการป้องกันชีต (รีวิว > ยกเลิกการป้องกันแผ่นงาน) แล้วลองใหม่`,
    en: (p) =>
      `The sheet ${p.sheet} is protected, so nothing is written to it: unprotect it (Review > Unprotect Sheet) and retry`,
  },
  "summary.inputErrors": {
    th: (p) => `ยังไม่สร้างชีตสรุป: ข้อมูลมีข้อผิดพลาด ${p.count} รายการ (แก้ก่อน เช่น ${p.first})`,
    en: (p) => `The summary is not made: the data has ${p.count} error(s) (fix them first, e.g. ${p.first})`,
  },
};
