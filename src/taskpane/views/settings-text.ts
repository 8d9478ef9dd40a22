import type { Texts } from "../i18n";

/*
 * The words of the Settings view, Thai first: they load with its chunk, not with the pane's first
 * JavaScript; the view adds them (addTexts in i18n.ts) and reads them with the same `t()`.
 */
const th = {
  settingsHeading: "ค่าตั้งของสมุดงาน",
  settingsIntro: "บันทึกลงตาราง ITA_Settings: สูตรในชีตสรุปและการคำนวณทุกแห่งใช้ค่าเหล่านี้",
  settingsOrganisation: "ชื่อหน่วยงาน",
  settingsFiscalYear: "ปีงบประมาณที่ประเมิน (พ.ศ.)",
  settingsFrameworkYear: "ปีของเกณฑ์การประเมิน (พ.ศ.)",
  settingsFrameworkYearHint: "ปกติคือปีเดียวกับปีงบประมาณ",
  settingsPassMark: "เกณฑ์ผ่าน (คะแนน)",
  settingsWeights: "น้ำหนักของเครื่องมือ (รวมกันต้องได้ 1)",
  settingsLanguage: "ภาษาของหัวตาราง",
  settingsLanguageHint: "ใช้กับตารางและข้อความที่ส่วนเสริมเขียนลงสมุดงาน",
  languageThai: "ไทย",
  languageEnglish: "อังกฤษ",
  settingsThaiDigits: "แสดงตัวเลขเป็นเลขไทย",
  settingsSave: "บันทึกค่าตั้ง",
  settingsSaving: "กำลังบันทึกค่าตั้ง…",
  settingsSaved: "บันทึกค่าตั้งแล้ว",
  settingsYearInvalid: "ใส่ปี พ.ศ. เป็นตัวเลข 4 หลัก เช่น 2567",
  settingsNumberInvalid: "ใส่เป็นตัวเลข เช่น 0.3 หรือ 85",
  settingsRefusedTitle: "ยังบันทึกค่าตั้งไม่ได้",
  settingsRefusedBody: "ค่าที่กรอกไม่ผ่านการตรวจ จึงไม่ได้เขียนลงสมุดงาน:",
  settingsRefusedAction: "แก้ช่องที่มีกรอบสีแดงแล้วกดบันทึกอีกครั้ง",
} as const;

export type SettingsKey = keyof typeof th;

const en: Record<SettingsKey, string> = {
  settingsHeading: "Workbook settings",
  settingsIntro: "Saved in the ITA_Settings table: the summary's formulas and every computation use them.",
  settingsOrganisation: "Organisation",
  settingsFiscalYear: "Fiscal year assessed (BE)",
  settingsFrameworkYear: "Framework year (BE)",
  settingsFrameworkYearHint: "Usually the same as the fiscal year",
  settingsPassMark: "Pass mark (score)",
  settingsWeights: "Tool weights (must add up to 1)",
  settingsLanguage: "Header language",
  settingsLanguageHint: "Used for the tables and texts the add-in writes into the workbook",
  languageThai: "Thai",
  languageEnglish: "English",
  settingsThaiDigits: "Show numbers in Thai digits",
  settingsSave: "Save the settings",
  settingsSaving: "Saving the settings…",
  settingsSaved: "The settings were saved",
  settingsYearInvalid: "Enter a Buddhist-Era year of 4 digits, e.g. 2567",
  settingsNumberInvalid: "Enter a number, e.g. 0.3 or 85",
  settingsRefusedTitle: "The settings cannot be saved yet",
  settingsRefusedBody: "Some values did not pass the checks, so nothing was written:",
  settingsRefusedAction: "Correct the fields outlined in red and save again.",
};

export const SETTINGS_TEXTS: Texts<SettingsKey> = { th, en };
