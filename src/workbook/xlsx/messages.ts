import { problem, type Problem } from "../../domain/problem";

/**
 * Why the adapter refuses a patch, in Thai and English, with the sheet and cell each problem is
 * about. Kept together so the wording is reviewed in one place.
 */

interface Texts {
  th: string;
  en: string;
}

const MAX_NAMED_CELLS = 10;

/** "ITA_Plan!B20, ITA_Plan!C20 and 3 more": enough to find them, short enough to read. */
export function cellList(sheet: string, addresses: readonly string[]): Texts {
  const named = addresses
    .slice(0, MAX_NAMED_CELLS)
    .map((a) => `${sheet}!${a}`)
    .join(", ");
  const more = addresses.length - MAX_NAMED_CELLS;
  if (more <= 0) return { th: named, en: named };
  return { th: `${named} และอีก ${more} เซลล์`, en: `${named} and ${more} more` };
}

const TEXTS = {
  tableChanged: (p: { table: string }): Texts => ({
    th: `ตาราง ${p.table} ถูกแก้ไขหลังจากที่อ่านข้อมูลไว้ (อาจมีผู้ร่วมแก้ไขเปลี่ยนแปลง): อ่านข้อมูลใหม่แล้วลองอีกครั้ง`,
    en: `${p.table} changed since it was read (a co-author may have edited it): read again and retry`,
  }),
  tableCreated: (p: { table: string }): Texts => ({
    th: `ตาราง ${p.table} ถูกสร้างขึ้นหลังจากที่อ่านข้อมูลไว้ (อาจมีผู้ร่วมแก้ไขเพิ่มเข้ามา): อ่านข้อมูลใหม่แล้วลองอีกครั้ง`,
    en: `${p.table} was created since the workbook was read (a co-author may have added it): read again and retry`,
  }),
  notEmpty: (p: { cells: Texts; range: string }): Texts => ({
    th: `เซลล์ ${p.cells.th} มีข้อมูลอยู่แล้ว แต่การทำงานนี้ต้องเขียนลงในช่วง ${p.range}: ย้ายหรือลบข้อมูลนั้นแล้วลองอีกครั้ง`,
    en: `${p.cells.en} already hold data that this operation would overwrite (it writes ${p.range}): move or clear them and retry`,
  }),
  growsOver: (p: { table: string; cells: Texts }): Texts => ({
    th: `ตาราง ${p.table} จะขยายทับเซลล์ที่มีข้อมูล: ${p.cells.th} ย้ายข้อมูลนั้นออกไป (หรือแทรกแถวเหนือข้อมูลนั้น) แล้วลองอีกครั้ง`,
    en: `${p.table} would grow over cells that hold data: ${p.cells.en}; move them (or insert rows above them) and retry`,
  }),
  overlapsTable: (p: { table: string; other: string }): Texts => ({
    th: `ตาราง ${p.table} จะซ้อนทับตาราง ${p.other}: ย้ายตาราง ${p.other} ออกไปแล้วลองอีกครั้ง`,
    en: `${p.table} would overlap the table ${p.other}: move ${p.other} away and retry`,
  }),
  tableOnOtherSheet: (p: { table: string; sheet: string; other: string }): Texts => ({
    th: `ตาราง ${p.table} อยู่ในชีต ${p.other} ไม่ใช่ชีต ${p.sheet}: ชื่อตารางต้องไม่ซ้ำกันทั้งเวิร์กบุ๊ก`,
    en: `The table ${p.table} is on sheet ${p.other}, not on ${p.sheet}: table names are unique in a workbook`,
  }),
  clearWithTable: (p: { sheet: string; tables: string }): Texts => ({
    th: `จะไม่ล้างชีต ${p.sheet} เพราะมีตาราง ${p.tables} อยู่ (ล้างได้เฉพาะชีตที่ add-in สร้างขึ้นเองทั้งหมด)`,
    en: `Will not clear the sheet ${p.sheet}: it holds the table(s) ${p.tables} (only sheets the add-in owns entirely are cleared)`,
  }),
  noSheet: (p: { sheet: string }): Texts => ({
    th: `ไม่มีชีต ${p.sheet} และการทำงานนี้ไม่ได้สร้างชีตนั้นก่อน`,
    en: `There is no sheet ${p.sheet}, and the patch does not create it first`,
  }),
  badSheetName: (p: { sheet: string }): Texts => ({
    th: `"${p.sheet}" ใช้เป็นชื่อชีตไม่ได้ (ต้องยาว 1–31 ตัวอักษร ห้ามมี : \\ / ? * [ ] และห้ามขึ้นต้นหรือลงท้ายด้วย ')`,
    en: `"${p.sheet}" cannot name a sheet (1–31 characters, none of : \\ / ? * [ ], no ' at either end)`,
  }),
  badTableName: (p: { table: string }): Texts => ({
    th: `"${p.table}" ใช้เป็นชื่อตารางไม่ได้ (ขึ้นต้นด้วยตัวอักษรหรือ _ ไม่มีช่องว่าง และไม่เหมือนที่อยู่เซลล์)`,
    en: `"${p.table}" cannot name a table (it starts with a letter or _, has no spaces, and is not a cell address)`,
  }),
  badAddress: (p: { address: string }): Texts => ({
    th: `"${p.address}" ไม่ใช่ที่อยู่เซลล์หรือช่วงเซลล์ที่ถูกต้อง`,
    en: `"${p.address}" is not a valid cell or range address`,
  }),
  badColour: (p: { colour: string }): Texts => ({
    th: `"${p.colour}" ไม่ใช่รหัสสีแบบ RRGGBB`,
    en: `"${p.colour}" is not an RRGGBB colour`,
  }),
  badHeaders: (p: { table: string }): Texts => ({
    th: `หัวคอลัมน์ของตาราง ${p.table} ต้องไม่ว่างและต้องไม่ซ้ำกัน`,
    en: `The column headers of ${p.table} must be non-empty and all different`,
  }),
  rowTooWide: (p: { table: string; row: number; cells: number; columns: number }): Texts => ({
    th: `แถวที่ ${p.row} ของตาราง ${p.table} มี ${p.cells} ค่า แต่ตารางมี ${p.columns} คอลัมน์`,
    en: `Row ${p.row} of ${p.table} has ${p.cells} values but the table has ${p.columns} columns`,
  }),
  badNumber: (p: { value: string }): Texts => ({
    th: `ค่า ${p.value} ไม่ใช่ตัวเลขที่ Excel เก็บได้`,
    en: `${p.value} is not a number Excel can hold`,
  }),
  badList: (p: { column: string }): Texts => ({
    th: `รายการให้เลือกของคอลัมน์ ${p.column} ต้องไม่มีเครื่องหมายจุลภาค และยาวรวมไม่เกิน 255 ตัวอักษร`,
    en: `The drop-down list of column ${p.column} must have no commas and at most 255 characters in all`,
  }),
  badWidth: (p: { column: string }): Texts => ({
    th: `ความกว้างของคอลัมน์ ${p.column} ต้องเป็นตัวเลข 0–255`,
    en: `The width of column ${p.column} must be a number from 0 to 255`,
  }),
  badFreeze: (p: { rows: number }): Texts => ({
    th: `จำนวนแถวที่ตรึงไว้ต้องเป็นจำนวนเต็มตั้งแต่ 0 (ได้ ${p.rows})`,
    en: `The rows to freeze must be a whole number of at least 0 (got ${p.rows})`,
  }),
  noVisibleSheet: (p: { sheets: number }): Texts => ({
    th: `การทำงานนี้จะซ่อนทั้ง ${p.sheets} ชีต แต่ต้องมีชีตที่มองเห็นได้อย่างน้อยหนึ่งชีต`,
    en: `The patch would hide all ${p.sheets} sheets; at least one sheet must stay visible`,
  }),
  emptyFormula: (): Texts => ({
    th: `สูตรต้องไม่ว่าง`,
    en: `A formula must not be empty`,
  }),
};

export type RefusalCode = keyof typeof TEXTS;
type Params<C extends RefusalCode> =
  Parameters<(typeof TEXTS)[C]> extends [infer P] ? P : Record<string, never>;

/** A refusal as a Problem of the core, code "patch.<code>". */
export function refusal<C extends RefusalCode>(
  code: C,
  params: Params<C>,
  where: { sheet?: string; cell?: string } = {},
): Problem {
  const make = TEXTS[code] as (p: Params<C>) => Texts;
  const { th, en } = make(params);
  return problem("error", `patch.${code}`, th, en, where);
}
