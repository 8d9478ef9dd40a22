import { problem, type Problem } from "../../domain/problem";

/**
 * What only the Office.js adapter has to say, in Thai and English: features this Excel lacks,
 * sheets Excel will not let it write, a workbook that keeps changing. The refusals both adapters
 * share come from ../xlsx/messages.ts.
 */

interface Texts {
  th: string;
  en: string;
}

/** Which Excel first has an ExcelApi requirement set (Microsoft's requirement-set table). */
export function excelFor(version: string): Texts {
  const minor = Number(version.split(".")[1] ?? 0);
  const release =
    minor <= 8 ? "Excel 2019" : minor <= 14 ? "Excel 2021" : minor <= 17 ? "Excel 2024" : undefined;
  return release
    ? {
        th: `${release} ขึ้นไป หรือ Microsoft 365 / Excel บนเว็บ`,
        en: `${release} or later, or Microsoft 365 / Excel on the web`,
      }
    : { th: "Microsoft 365 / Excel บนเว็บ รุ่นล่าสุด", en: "an up-to-date Microsoft 365 / Excel on the web" };
}

export interface Feature {
  /** ExcelApi requirement set. */
  version: string;
  th: string;
  en: string;
}

/** A step's feature this Excel lacks: skipped, the rest of the patch applied. */
export function skipped(feature: Feature, sheets: readonly string[]): Problem {
  const where = sheets.join(", ");
  const needs = excelFor(feature.version);
  return problem(
    "warning",
    "office.unsupported",
    `ข้าม${feature.th}ในชีต ${where} เพราะ Excel รุ่นนี้ยังไม่รองรับ (ต้องใช้ ExcelApi ${feature.version}: ${needs.th}) ส่วนอื่นบันทึกเรียบร้อยแล้ว`,
    `Skipped ${feature.en} on ${where}: this version of Excel does not support it (it needs ExcelApi ${feature.version}: ${needs.en}); everything else was written`,
    sheets[0] === undefined ? {} : { sheet: sheets[0] },
  );
}

export function sheetProtected(sheet: string): Problem {
  return problem(
    "error",
    "office.sheetProtected",
    `ชีต ${sheet} ถูกป้องกันไว้ (Protect Sheet) จึงเขียนลงไปไม่ได้: ยกเลิกการป้องกันชีตแล้วลองอีกครั้ง`,
    `The sheet ${sheet} is protected, so Excel will not let the add-in write to it: unprotect it and retry`,
    { sheet },
  );
}

export function cannotResize(table: string, sheet: string, address: string, feature: Feature): Problem {
  const needs = excelFor(feature.version);
  return problem(
    "error",
    "office.cannotResize",
    `ตาราง ${table} ต้องเปลี่ยนขนาด แต่ Excel รุ่นนี้ปรับขนาดตารางไม่ได้ (ต้องใช้ ExcelApi ${feature.version}: ${needs.th}) จึงยังไม่ได้เขียนอะไรเลย`,
    `${table} has to change size, which this version of Excel cannot do (it needs ExcelApi ${feature.version}: ${needs.en}); nothing was written`,
    { sheet, cell: address },
  );
}

const ERRORS = {
  busy: {
    th: "เวิร์กบุ๊กถูกเปลี่ยนแปลงอยู่ตลอดระหว่างที่อ่านข้อมูล (อาจมีผู้ร่วมแก้ไข): รอสักครู่แล้วลองอีกครั้ง",
    en: "The workbook kept changing while it was being read (a co-author may be editing it): wait a moment and retry",
  },
  tooOld: {
    th: `Excel รุ่นนี้เก่าเกินไปสำหรับ add-in นี้ (ต้องใช้ ExcelApi 1.4: ${excelFor("1.4").th})`,
    en: `This version of Excel is too old for the add-in (it needs ExcelApi 1.4: ${excelFor("1.4").en})`,
  },
} satisfies Record<string, Texts>;

/** An Error the task pane can show as it is, in both languages. */
export class OfficeAdapterError extends Error {
  readonly th: string;
  constructor(readonly code: keyof typeof ERRORS) {
    super(ERRORS[code].en);
    this.th = ERRORS[code].th;
    this.name = "OfficeAdapterError";
  }
}
