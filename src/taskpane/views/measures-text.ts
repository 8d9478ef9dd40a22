import type { Texts } from "../i18n";

/*
 * The words of the draft measures (opened from the dashboard), Thai first: they load with its chunk, not with the pane's first
 * JavaScript; the view adds them (addTexts in i18n.ts) and reads them with the same `t()`.
 */
const th = {
  measuresChoose: "เลือกตัวชี้วัดที่จะเพิ่มมาตรการในตาราง ITA_Measures",
  measuresIndicator: "ตัวชี้วัดที่ {no} {name} ({score})",
  measuresNote: "ตัวชี้วัดละหนึ่งแถว พร้อมแนวทางเบื้องต้น เว้นผู้รับผิดชอบและระยะเวลาไว้ให้กรอก สถานะ ยังไม่ได้ดำเนินการ",
  measuresAdd: "เพิ่ม {count} แถวในตารางมาตรการ",
  measuresRunning: "กำลังเพิ่มมาตรการ…",
  measuresDone: "เพิ่มมาตรการ {count} แถวในตาราง ITA_Measures แล้ว",
} as const;

export type MeasuresKey = keyof typeof th;

const en: Record<MeasuresKey, string> = {
  measuresChoose: "Choose the indicators to add measures for in ITA_Measures",
  measuresIndicator: "Indicator {no} {name} ({score})",
  measuresNote:
    "One row per indicator with a first approach to reword; owner and period left blank; status: not started.",
  measuresAdd: "Add {count} row(s) to the measures table",
  measuresRunning: "Adding the measures…",
  measuresDone: "{count} measure row(s) were added to ITA_Measures",
};

export const MEASURES_TEXTS: Texts<MeasuresKey> = { th, en };
