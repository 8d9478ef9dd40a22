/**
 * Texts of the task pane, Thai first. Components take their words from here only, so a
 * translator reviews one file and the two languages cannot drift apart in their keys.
 */
export type Locale = "th" | "en";

export const LOCALES: readonly Locale[] = ["th", "en"];
export const DEFAULT_LOCALE: Locale = "th";

const th = {
  title: "ITA Workbook — การประเมินคุณธรรมและความโปร่งใส",
  intro:
    "ช่วยเจ้าหน้าที่องค์กรปกครองส่วนท้องถิ่นเตรียมการประเมิน ITA ในสมุดงาน Excel: " +
    "บันทึกคะแนน IIT, EIT และ OIT คำนวณผลตามเกณฑ์ของแต่ละปี และติดตามหลักฐานที่ยังขาด",
  functionsHint: "ใช้ฟังก์ชันในเซลล์ได้ด้วย เช่น =ITA.FISCALYEAR(A1) ให้ปีงบประมาณ (พ.ศ.) ของวันที่ในเซลล์ A1",
  comingSoon: "หน้าจอสำหรับแต่ละขั้นตอนของการประเมินจะเพิ่มเข้ามาที่นี่",
  statusExcel: "ทำงานใน Excel",
  statusPreview: "โหมดแสดงตัวอย่าง (ไม่ได้เปิดใน Excel)",
  statusNoOffice: "โหลด Office.js ไม่สำเร็จ: แสดงผลแบบออฟไลน์",
  switchLanguage: "English",
  switchLanguageLabel: "เปลี่ยนเป็นภาษาอังกฤษ",
} as const;

export type MessageKey = keyof typeof th;
export type Messages = Record<MessageKey, string>;

const en: Messages = {
  title: "ITA Workbook — Integrity and Transparency Assessment",
  intro:
    "Helps local government staff prepare the ITA in an Excel workbook: record the IIT, EIT and OIT " +
    "scores, compute the result with each year's framework, and track the evidence still missing.",
  functionsHint:
    "Functions work in cells too: =ITA.FISCALYEAR(A1) gives the fiscal year (BE) of the date in A1.",
  comingSoon: "The views for each step of the assessment will appear here.",
  statusExcel: "Running in Excel",
  statusPreview: "Preview mode (not running in Excel)",
  statusNoOffice: "Office.js did not load: offline preview",
  switchLanguage: "ภาษาไทย",
  switchLanguageLabel: "Switch to Thai",
};

export const MESSAGES: Record<Locale, Messages> = { th, en };

export function isLocale(value: unknown): value is Locale {
  return LOCALES.some((l) => l === value);
}

export function otherLocale(locale: Locale): Locale {
  return locale === "th" ? "en" : "th";
}
