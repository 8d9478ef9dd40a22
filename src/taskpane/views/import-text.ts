import type { Texts } from "../i18n";

/*
 * The words of the Import view (with the kinds of document it names), Thai first: they load with its chunk, not with the pane's first
 * JavaScript; the view adds them (addTexts in i18n.ts) and reads them with the same `t()`.
 */
const th = {
  importHeading: "นำเข้าจากเอกสาร",
  importIntro:
    "วางข้อความที่คัดลอกจากไฟล์ Word หรือ PDF (แผนปฏิบัติการ ตารางคะแนน มาตรการ ความก้าวหน้า) ระบบจะหาตาราง แสดงให้ตรวจก่อน แล้วจึงเขียนเมื่อยืนยัน",
  importPasteLabel: "ข้อความจากเอกสาร",
  importPastedName: "ข้อความที่วาง",
  importRead: "อ่านข้อความ",
  importUseSelection: "ใช้ช่วงที่เลือกใน Excel",
  importSelectionPreviewNote: "การอ่านช่วงที่เลือกใช้ได้เฉพาะเมื่อเปิดใน Excel: ในโหมดตัวอย่างให้วางข้อความแทน",
  importSelectionMissingNote: "ตัวเชื่อมต่อกับ Excel รุ่นนี้ยังอ่านช่วงที่เลือกไม่ได้: ให้คัดลอกช่วงนั้นมาวางเป็นข้อความแทน",
  importReading: "กำลังอ่านเอกสาร…",
  importFoundHeading: "สิ่งที่พบ",
  importFoundCaption: "ตารางที่พบ {count} ตาราง",
  importNothing: "ไม่พบตารางที่รู้จักในข้อความนี้: ตรวจว่าคัดลอกหัวตารางมาด้วย",
  importProblems: "ข้อควรตรวจ {count} รายการ (ตามบรรทัดและคอลัมน์ของข้อความ):",
  importConfirm: "ยืนยันและเขียนลงสมุดงาน",
  importWriting: "กำลังเขียนข้อมูลที่นำเข้า…",
  importDone: "นำเข้า {rows} แถวจาก {tables} ตารางแล้ว",
  colKind: "ชนิด",
  kindPlan: "แผนปฏิบัติการ",
  kindMeasures: "มาตรการ",
  kindIndicatorProgress: "ความก้าวหน้ารายตัวชี้วัด",
  kindOitProgress: "ความก้าวหน้า OIT",
  kindIndicatorScores: "คะแนนรายตัวชี้วัด",
  kindQuestionScores: "คะแนนรายข้อ",
  kindToolSummary: "สรุปคะแนนรายเครื่องมือ",
  colTarget: "ตารางปลายทาง",
  colRows: "แถว",
  colLines: "ตำแหน่ง",
  linesRange: "บรรทัด {from}–{to}",
} as const;

export type ImportKey = keyof typeof th;

const en: Record<ImportKey, string> = {
  importHeading: "Import from a document",
  importIntro:
    "Paste text copied from a Word or PDF file (action plan, score tables, measures, progress). The tables found are shown for checking first, and written only when you confirm.",
  importPasteLabel: "Text of the document",
  importPastedName: "pasted text",
  importRead: "Read the text",
  importUseSelection: "Use the range selected in Excel",
  importSelectionPreviewNote:
    "Reading the selected range works only inside Excel: in the preview, paste the text instead.",
  importSelectionMissingNote:
    "This version of the Excel connection cannot read the selection yet: copy the range and paste it as text instead.",
  importReading: "Reading the document…",
  importFoundHeading: "What was found",
  importFoundCaption: "{count} table(s) found",
  importNothing: "No known table was found in this text: check that the table headers were copied too.",
  importProblems: "{count} point(s) to check (by line and column of the text):",
  importConfirm: "Confirm and write to the workbook",
  importWriting: "Writing the imported data…",
  importDone: "{rows} row(s) from {tables} table(s) were imported",
  colKind: "Kind",
  kindPlan: "Action plan",
  kindMeasures: "Measures",
  kindIndicatorProgress: "Indicator progress",
  kindOitProgress: "OIT progress",
  kindIndicatorScores: "Indicator scores",
  kindQuestionScores: "Question scores",
  kindToolSummary: "Tool summary",
  colTarget: "Target table",
  colRows: "Rows",
  colLines: "Where",
  linesRange: "lines {from}–{to}",
};

export const IMPORT_TEXTS: Texts<ImportKey> = { th, en };
