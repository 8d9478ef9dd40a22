import type { Texts } from "../i18n";

/*
 * The words of the browser preview's host, Thai first: they load with its chunk, not with the pane's first
 * JavaScript; the view adds them (addTexts in i18n.ts) and reads them with the same `t()`.
 */
const th = {
  previewHeading: "ทำงานกับไฟล์ .xlsx ในเบราว์เซอร์",
  previewCurrent: "ไฟล์: {name}",
  previewIntro: "ไฟล์อยู่ในเครื่องนี้เท่านั้น ไม่ถูกส่งไปที่ใด · เสร็จแล้วให้ดาวน์โหลด",
  previewOpen: "เปิดไฟล์ .xlsx…",
  previewSample: "โหลดสมุดงานตัวอย่าง",
  previewEmpty: "สมุดงานเปล่า",
  previewDownload: "ดาวน์โหลด .xlsx",
  previewDrop: "หรือลากไฟล์ .xlsx มาวางที่นี่",
  previewOpening: "กำลังเปิดสมุดงาน…",
  previewSampleLoading: "กำลังสร้างสมุดงานตัวอย่าง…",
  previewSampleFile: "ita-ตัวอย่าง.xlsx",
  previewDownloaded: "ดาวน์โหลด {name} แล้ว",
  previewLossTitle: "ไฟล์นี้มีส่วนที่จะหายเมื่อดาวน์โหลด",
  previewLossBody: "ตัวอ่านไฟล์ในเบราว์เซอร์เก็บส่วนเหล่านี้ไว้ไม่ได้: {parts}",
  previewLossAction: "ดาวน์โหลดเป็นไฟล์ใหม่และเก็บต้นฉบับไว้ หรือใช้ส่วนเสริมใน Excel กับไฟล์นี้",
} as const;

export type PreviewKey = keyof typeof th;

const en: Record<PreviewKey, string> = {
  previewHeading: "Work on an .xlsx file in the browser",
  previewCurrent: "File: {name}",
  previewIntro: "The file stays on this computer, sent nowhere · download it when done",
  previewOpen: "Open an .xlsx file…",
  previewSample: "Load the sample workbook",
  previewEmpty: "Empty workbook",
  previewDownload: "Download .xlsx",
  previewDrop: "or drop an .xlsx file here",
  previewOpening: "Opening the workbook…",
  previewSampleLoading: "Building the sample workbook…",
  previewSampleFile: "ita-sample.xlsx",
  previewDownloaded: "{name} was downloaded",
  previewLossTitle: "Parts of this file will be lost on download",
  previewLossBody: "The browser's file reader cannot keep these parts: {parts}",
  previewLossAction:
    "Download it as a new file and keep the original, or use the add-in in Excel on this file.",
};

export const PREVIEW_TEXTS: Texts<PreviewKey> = { th, en };
