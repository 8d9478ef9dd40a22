import type { ImportKey } from "./views/import-text";
import type { MeasuresKey } from "./views/measures-text";
import type { PlanKey } from "./views/plan-text";
import type { PreviewKey } from "./preview/preview-text";
import type { RestoreKey } from "./views/restore-text";
import type { ReviewKey } from "./views/review-text";
import type { SettingsKey } from "./views/settings-text";

/**
 * Texts of the task pane, Thai first. Components take their words from here only, so the two
 * languages cannot drift apart in their keys. `{name}` marks a parameter (see `fill`).
 * Here: the shell, errors, first run, dashboard and what several views share. The words of a
 * lazily loaded view sit next to it (views/*-text.ts, preview/preview-text.ts) and load with its
 * chunk, keeping the pane's first JavaScript small; the view adds them with `addTexts` before
 * it renders, and `t()` reads both alike.
 */
export type Locale = "th" | "en";

export const LOCALES: readonly Locale[] = ["th", "en"];
export const DEFAULT_LOCALE: Locale = "th";

const th = {
  // Shell
  title: "ITA Workbook",
  subtitle: "การประเมินคุณธรรมและความโปร่งใส (ITA)",
  statusExcel: "ทำงานใน Excel",
  statusPreview: "โหมดแสดงตัวอย่าง (ไม่ได้เปิดใน Excel)",
  statusNoOffice: "โหลด Office.js ไม่สำเร็จ: ทำงานแบบออฟไลน์บนไฟล์ .xlsx",
  switchLanguage: "English",
  loadingWorkbook: "กำลังอ่านสมุดงาน…",
  loadingView: "กำลังโหลดหน้าจอ…",
  tabsLabel: "หน้าจอของ ITA Workbook",
  tabDashboard: "ภาพรวม",
  tabPlan: "แผน",
  tabImport: "นำเข้า",
  tabReview: "ตรวจทาน",
  tabSettings: "ตั้งค่า",
  dismiss: "ปิด",
  cancel: "ยกเลิก",
  total: "รวม",
  goTo: "ไปที่เซลล์ {place}",
  kindError: "ข้อผิดพลาด",
  kindWarning: "คำเตือน",
  kindWeak: "จุดอ่อน",
  showAllFindings: "แสดงอีก {count} รายการ",
  placeLine: "บรรทัด {line}",
  placeLineColumn: "บรรทัด {line} คอลัมน์ {column}",
  placeRow: "แถว {row}",
  doneWithWarnings: "บันทึกแล้ว แต่มีข้อควรตรวจดังนี้",

  // Errors: what happened, why, what to do
  errRefusedTitle: "ไม่ได้เขียนอะไรลงสมุดงาน",
  errRefusedBody: "สมุดงานเปลี่ยนไปจากตอนที่อ่าน หรือมีข้อมูลของผู้ใช้อยู่ในตำแหน่งที่จะเขียน:",
  errRefusedAction: "แก้หรือย้ายเซลล์ที่ระบุ แล้วสั่งอีกครั้ง (หน้าจอนี้อ่านสมุดงานใหม่ให้แล้ว)",
  errOpTitle: "ยังทำรายการนี้ไม่ได้",
  errOpBody: "พบปัญหาก่อนเขียน จึงไม่ได้เปลี่ยนแปลงสมุดงาน:",
  errOpAction: "แก้ตามรายการข้างบน (คลิกตำแหน่งเพื่อไปที่เซลล์) แล้วลองอีกครั้ง",
  errReadTitle: "เปิดไฟล์นี้ไม่ได้",
  errReadAction:
    "เลือกไฟล์ .xlsx ที่บันทึกจาก Excel หรือ LibreOffice (ถ้าเป็น .xls หรือ .csv ให้เปิดใน Excel แล้วบันทึกเป็น .xlsx ก่อน)",
  errExcelTitle: "ยังเชื่อมต่อกับ Excel ไม่ได้",
  errExcelBody: "โหลดตัวเชื่อมต่อกับ Excel ของส่วนเสริมไม่สำเร็จ",
  errExcelAction: "ปิดแล้วเปิดส่วนเสริมใหม่ หรือระหว่างนี้เปิดหน้าเดียวกันในเบราว์เซอร์เพื่อทำงานกับไฟล์ .xlsx",
  errImporterTitle: "โหลดส่วนอ่านเอกสารไม่สำเร็จ",
  errImporterAction: "โหลดหน้านี้ใหม่แล้วลองอีกครั้ง หรือพิมพ์/วางข้อมูลลงในตาราง ITA_* โดยตรง",
  errPreviewTitle: "โหลดส่วนที่ใช้อ่านไฟล์ .xlsx ไม่สำเร็จ",
  errPreviewAction: "ตรวจว่ายังเชื่อมต่อกับเครื่องที่เปิดหน้านี้อยู่ แล้วโหลดหน้าใหม่",
  errUnexpectedTitle: "เกิดข้อผิดพลาดที่ไม่คาดคิด",
  errUnexpectedAction: "ลองอีกครั้ง (ถ้าชีตถูกล็อก ให้ปลดล็อกในแท็บตรวจทานก่อน) ถ้ายังไม่หาย ให้บันทึกแล้วเปิดส่วนเสริมใหม่",

  // First run
  firstRunHeading: "สมุดงานนี้ยังไม่มีตาราง ITA",
  firstRunIntro: "สร้างชีตและตาราง ITA ปีงบประมาณ {year} (ค่าตั้ง แผน คะแนน ความก้าวหน้า OIT มาตรการ) โดยไม่แตะชีตอื่น",
  firstRunButton: "สร้างชีต ITA",
  firstRunAfter: "แก้ปีงบประมาณ ชื่อหน่วยงาน และเกณฑ์ได้ภายหลังในแท็บตั้งค่า",
  initRunning: "กำลังสร้างชีต ITA…",
  initDone: "สร้างชีต ITA แล้ว",

  // Dashboard
  scoreHeading: "ผลการประเมิน ปีงบประมาณ {year}",
  overallLabel: "คะแนนรวม",
  noOverall: "ยังคำนวณคะแนนรวมไม่ได้: กรอกคะแนนใน ITA_IndicatorScores หรือ ITA_QuestionScores หรือนำเข้าจากเอกสาร",
  toolWeight: "{tool} ({weight}%)",
  alreadyPassed: "คะแนนรวมถึงเกณฑ์ {pass} แล้ว",
  smallestChange: "ทางที่ใกล้ที่สุดสู่เกณฑ์: ตัวชี้วัดที่ {no} จาก {from} เป็น {to} → คะแนนรวม {overall}",
  noSingleChange: "ไม่มีตัวชี้วัดเดียวที่ยกคะแนนรวมถึง {pass} ได้: ต้องปรับหลายตัว",
  indicatorsHeading: "คะแนนรายตัวชี้วัด",
  barsLegend: "เส้นแนวตั้งคือเกณฑ์ผ่าน {pass} · แถบแดงคือต่ำกว่าเกณฑ์",
  barsLegendLast: "เส้นแนวตั้งคือเกณฑ์ผ่าน {pass} · แถบแดงคือต่ำกว่าเกณฑ์ · แถบเทาคือปีที่แล้ว",
  barAbove: "ตัวชี้วัดที่ {no} {name}: {score} ผ่านเกณฑ์ {pass}",
  barBelow: "ตัวชี้วัดที่ {no} {name}: {score} ต่ำกว่าเกณฑ์ {pass}",
  barNone: "ตัวชี้วัดที่ {no} {name}: ยังไม่มีคะแนน",
  lastYearValue: "ปีที่แล้ว {score}",
  weakHeading: "สิ่งที่ควรแก้ก่อน",
  weakHint: "เรียงตามคะแนนรวมที่จะเพิ่มขึ้น · คลิกเพื่อไปที่เซลล์ต้นทาง",
  noWeak: "ไม่มีตัวชี้วัดที่ต่ำกว่าเกณฑ์หรือลดลงจากปีที่แล้ว",
  weakIndicator: "ตัวชี้วัดที่ {no} {name}: {score}",
  weakIndicatorDrop: "ตัวชี้วัดที่ {no} {name}: {score} ลดลงจาก {last} ปีที่แล้ว",
  weakTool: "{id}: {score}",
  weakToolDrop: "{id}: {score} ลดลงจากปีที่แล้ว",
  weakItem: "ข้อ {id}: ยังไม่ได้เผยแพร่ (0 คะแนน)",
  weakQuestion: "ข้อ {id}: {score}",
  weakQuestionPart: "ข้อ {id} ส่วนที่ {part}: {score}",
  whatIf: "ตัวชี้วัดที่ {no} ถึง {target} → คะแนนรวม {gain}",
  whatIfTool: "{id} ถึง {target} → คะแนนรวม {gain}",
  whatIfQuestion: "ข้อ {id} ถึง {target} → คะแนนรวม {gain}",
  whatIfItem: "เผยแพร่ข้อ {id} → คะแนนรวม {gain}",
  whatIfTiny: "ถ้าแก้ได้ → คะแนนรวมเพิ่มไม่ถึง 0.01",
  measuresHeading: "ร่างมาตรการ",
  measuresOpen: "ร่างมาตรการสำหรับตัวชี้วัดที่ต่ำกว่าเกณฑ์…",

  // Review
  lockedTitle: "ชีตถูกล็อกเพื่อส่งตรวจ",
  lockedNote: "ชีตถูกล็อกอยู่: ปลดล็อกในแท็บตรวจทานก่อนแก้ไข",
  restoreLoading: "กำลังอ่านสำเนาสำรอง…",

  // Preview
  previewSelected: "เลือกเซลล์ {place} แล้ว (ดูได้ในไฟล์ที่ดาวน์โหลด)",
} as const;

/** Keys of the texts that come with the pane. */
export type CoreKey = keyof typeof th;
/** Every key `t()` takes: the pane's own and those of its lazily loaded views. */
export type MessageKey =
  CoreKey | PlanKey | ImportKey | ReviewKey | RestoreKey | SettingsKey | MeasuresKey | PreviewKey;
/** One dictionary: the same keys in both languages. */
export type Texts<K extends string> = Record<Locale, Record<K, string>>;

const en: Record<CoreKey, string> = {
  title: "ITA Workbook",
  subtitle: "Integrity and Transparency Assessment (ITA)",
  statusExcel: "Running in Excel",
  statusPreview: "Preview mode (not running in Excel)",
  statusNoOffice: "Office.js did not load: working offline on an .xlsx file",
  switchLanguage: "ภาษาไทย",
  loadingWorkbook: "Reading the workbook…",
  loadingView: "Loading the view…",
  tabsLabel: "ITA Workbook views",
  tabDashboard: "Dashboard",
  tabPlan: "Plan",
  tabImport: "Import",
  tabReview: "Review",
  tabSettings: "Settings",
  dismiss: "Dismiss",
  cancel: "Cancel",
  total: "Total",
  goTo: "Go to cell {place}",
  kindError: "Error",
  kindWarning: "Warning",
  kindWeak: "Weak point",
  showAllFindings: "Show {count} more",
  placeLine: "line {line}",
  placeLineColumn: "line {line}, column {column}",
  placeRow: "row {row}",
  doneWithWarnings: "Saved, with these points to check",

  errRefusedTitle: "Nothing was written to the workbook",
  errRefusedBody: "The workbook changed since it was read, or user data sits where the add-in would write:",
  errRefusedAction:
    "Fix or move the cells named and run the command again (the pane has read the workbook afresh).",
  errOpTitle: "This cannot be done yet",
  errOpBody: "Problems were found before writing, so the workbook was not changed:",
  errOpAction: "Fix what is listed above (click a place to go to its cell), then try again.",
  errReadTitle: "This file cannot be opened",
  errReadAction:
    "Choose an .xlsx saved by Excel or LibreOffice (an .xls or .csv: open it in Excel and save it as .xlsx first).",
  errExcelTitle: "Not connected to Excel yet",
  errExcelBody: "The add-in's connection to Excel did not load.",
  errExcelAction:
    "Close and reopen the add-in, or meanwhile open the same page in a browser to work on an .xlsx file.",
  errImporterTitle: "The document reader did not load",
  errImporterAction:
    "Reload the pane and try again, or type or paste the data into the ITA_* tables directly.",
  errPreviewTitle: "The .xlsx reader did not load",
  errPreviewAction: "Check that the machine serving this page is still reachable, then reload the page.",
  errUnexpectedTitle: "Something unexpected went wrong",
  errUnexpectedAction:
    "Try again (unlock the sheets in Review first if they are locked); if it persists, save and reopen the add-in.",

  firstRunHeading: "This workbook has no ITA tables yet",
  firstRunIntro:
    "Create the ITA sheets and tables for fiscal year {year} (settings, plan, scores, OIT progress, measures); other sheets are left alone.",
  firstRunButton: "Create the ITA sheets",
  firstRunAfter: "The fiscal year, organisation and pass mark can be changed later in Settings.",
  initRunning: "Creating the ITA sheets…",
  initDone: "The ITA sheets were created",

  scoreHeading: "Result, fiscal year {year}",
  overallLabel: "Overall score",
  noOverall: "No overall score yet: fill in ITA_IndicatorScores or ITA_QuestionScores, or import a document.",
  toolWeight: "{tool} ({weight}%)",
  alreadyPassed: "The overall score has reached the pass mark of {pass}",
  smallestChange: "Shortest way to the pass mark: indicator {no} from {from} to {to} → overall {overall}",
  noSingleChange: "No single indicator can lift the overall score to {pass}: several must improve.",
  indicatorsHeading: "Indicator scores",
  barsLegend: "The vertical line is the pass mark of {pass} · red bars are below it",
  barsLegendLast:
    "The vertical line is the pass mark of {pass} · red bars are below it · grey bars are last year",
  barAbove: "Indicator {no} {name}: {score}, at or above the pass mark of {pass}",
  barBelow: "Indicator {no} {name}: {score}, below the pass mark of {pass}",
  barNone: "Indicator {no} {name}: no score yet",
  lastYearValue: "last year {score}",
  weakHeading: "Fix these first",
  weakHint: "Ranked by what each adds to the overall score · click to go to the source cell",
  noWeak: "No indicator is below the pass mark or lower than last year.",
  weakIndicator: "Indicator {no} {name}: {score}",
  weakIndicatorDrop: "Indicator {no} {name}: {score}, down from {last} last year",
  weakTool: "{id}: {score}",
  weakToolDrop: "{id}: {score}, lower than last year",
  weakItem: "Item {id}: not published (scored 0)",
  weakQuestion: "Question {id}: {score}",
  weakQuestionPart: "Question {id}, part {part}: {score}",
  whatIf: "Indicator {no} to {target} → overall {gain}",
  whatIfTool: "{id} to {target} → overall {gain}",
  whatIfQuestion: "Question {id} to {target} → overall {gain}",
  whatIfItem: "Publish item {id} → overall {gain}",
  whatIfTiny: "If fixed → overall gains less than 0.01",
  measuresHeading: "Draft measures",
  measuresOpen: "Draft measures for the indicators below the pass mark…",

  lockedTitle: "The sheets are locked for review",
  lockedNote: "The sheets are locked: unlock them in Review before editing.",
  restoreLoading: "Reading the backups…",

  previewSelected: "Cell {place} selected (see it in the downloaded file)",
};

/** The texts that come with the pane. */
export const MESSAGES: Texts<CoreKey> = { th, en };

/** What `t()` reads: the pane's texts and those of every view loaded so far. */
const loaded: Record<Locale, Partial<Record<MessageKey, string>>> = { th: { ...th }, en: { ...en } };

/** A lazily loaded view's texts, added when its chunk runs (before the view renders). */
export function addTexts<K extends MessageKey>(texts: Texts<K>): void {
  for (const locale of LOCALES) Object.assign(loaded[locale], texts[locale]);
}

/** The text of a key; the key itself if its view has not added its texts (never expected). */
export const textOf = (locale: Locale, key: MessageKey): string => loaded[locale][key] ?? key;

export type Params = Record<string, string | number>;

/** "{name}" placeholders replaced by their values; an unknown one stays as written. */
export function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function isLocale(value: unknown): value is Locale {
  return LOCALES.some((l) => l === value);
}

export function otherLocale(locale: Locale): Locale {
  return locale === "th" ? "en" : "th";
}
