import type { Texts } from "../i18n";

/*
 * The words of the Review view, Thai first: they load with its chunk, not with the pane's first
 * JavaScript; the view adds them (addTexts in i18n.ts) and reads them with the same `t()`.
 */
const th = {
  reviewHeading: "ปัญหาและจุดอ่อนทั้งหมด",
  reviewCounts: "ข้อผิดพลาด {errors} · คำเตือน {warnings} · จุดอ่อน {weak}",
  filterLabel: "แสดง",
  filterAll: "ทั้งหมด",
  filterErrors: "ข้อผิดพลาด",
  filterWarnings: "คำเตือน",
  filterWeak: "จุดอ่อน",
  reviewNothing: "ไม่มีรายการในหมวดนี้",
  summaryHeading: "ชีตสรุป",
  summaryIntro:
    "สร้างหรือปรับปรุงชีต {sheet} (ทุกตัวเลขเป็นสูตรของ Excel ผู้ตรวจที่ไม่มีส่วนเสริมก็เห็นตัวเลขเดียวกัน) และระบายสีคะแนนที่ต่ำกว่าเกณฑ์",
  summaryButton: "สร้าง/ปรับปรุงชีตสรุป",
  summaryRunning: "กำลังสร้างชีตสรุป…",
  summaryDone: "ปรับปรุงชีตสรุปและการระบายสีแล้ว",
  lockHeading: "ล็อกเพื่อส่งตรวจ",
  lockStateNone: "ชีตที่ส่วนเสริมดูแล {count} ชีตยังแก้ไขได้",
  lockStateSome: "ล็อกอยู่ {locked} จาก {count} ชีต",
  lockStateAll: "ล็อกทั้ง {count} ชีตแล้ว: ผู้ตรวจอ่านได้แต่แก้ไขไม่ได้",
  lockButton: "ล็อกชีต",
  unlockButton: "ปลดล็อก",
  lockRunning: "กำลังล็อกชีต…",
  unlockRunning: "กำลังปลดล็อกชีต…",
  lockDone: "ล็อก {count} ชีตแล้ว",
  unlockDone: "ปลดล็อก {count} ชีตแล้ว",
  logHeading: "บันทึกการเปลี่ยนแปลง",
  logEmpty: "ยังไม่มีบันทึก",
  logCaption: "ล่าสุด {shown} จาก {count} รายการ",
  logEntry: "{time} · {op} · {sheet} · {rows} แถว",
} as const;

export type ReviewKey = keyof typeof th;

const en: Record<ReviewKey, string> = {
  reviewHeading: "Every problem and weak point",
  reviewCounts: "{errors} error(s) · {warnings} warning(s) · {weak} weak point(s)",
  filterLabel: "Show",
  filterAll: "Everything",
  filterErrors: "Errors",
  filterWarnings: "Warnings",
  filterWeak: "Weak points",
  reviewNothing: "Nothing in this group.",
  summaryHeading: "Summary sheet",
  summaryIntro:
    "Create or refresh the {sheet} sheet (every figure an Excel formula, so reviewers without the add-in see the same numbers) and colour the scores below the pass mark.",
  summaryButton: "Create/refresh the summary",
  summaryRunning: "Building the summary sheet…",
  summaryDone: "The summary sheet and the colouring were refreshed",
  lockHeading: "Lock for review",
  lockStateNone: "The {count} sheets the add-in manages can be edited",
  lockStateSome: "{locked} of {count} sheets are locked",
  lockStateAll: "All {count} sheets are locked: reviewers can read but not edit them",
  lockButton: "Lock the sheets",
  unlockButton: "Unlock",
  lockRunning: "Locking the sheets…",
  unlockRunning: "Unlocking the sheets…",
  lockDone: "{count} sheets were locked",
  unlockDone: "{count} sheets were unlocked",
  logHeading: "Change log",
  logEmpty: "Nothing logged yet.",
  logCaption: "Latest {shown} of {count} entries",
  logEntry: "{time} · {op} · {sheet} · {rows} row(s)",
};

export const REVIEW_TEXTS: Texts<ReviewKey> = { th, en };
