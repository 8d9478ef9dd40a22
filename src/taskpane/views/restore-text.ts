import type { Texts } from "../i18n";

/*
 * The words of the Restore view (opened from the Review view), Thai first: they load with its chunk, not with the pane's first
 * JavaScript; the view adds them (addTexts in i18n.ts) and reads them with the same `t()`.
 */
const th = {
  restoreHeading: "สำเนาสำรองและการนำกลับ",
  restoreIntro:
    "ทุกครั้งที่แทนที่แถว ส่วนเสริมเก็บแถวเดิมไว้ในชีตซ่อน _ita_backup_… นำกลับได้ที่นี่ (แถวที่มีอยู่ตอนนี้จะถูกสำรองไว้ก่อน จึงย้อนกลับได้อีก)",
  restoreNone: "ยังไม่มีสำเนาสำรอง",
  restoreEntry: "{time} · {op} · {tables}",
  restoreTable: "{table} {rows} แถว",
  restoreDamaged: "สำเนานี้ถูกแก้ไขหรือเสียหาย จึงนำกลับไม่ได้",
  restoreButton: "นำกลับ",
  restoreButtonLabel: "นำกลับสำเนา {backup}",
  restoreConfirm: "นำแถวจาก {backup} กลับไปแทนที่ {tables}? แถวที่มีอยู่ตอนนี้จะถูกสำรองไว้ก่อน",
  restoreConfirmButton: "ยืนยันการนำกลับ",
  restoreRunning: "กำลังนำสำเนาสำรองกลับ…",
  restoreDone: "นำแถวจาก {backup} กลับแล้ว",
} as const;

export type RestoreKey = keyof typeof th;

const en: Record<RestoreKey, string> = {
  restoreHeading: "Backups and restore",
  restoreIntro:
    "Whenever rows are replaced the add-in keeps the old ones in a hidden _ita_backup_… sheet. Restore them here (the rows there now are backed up first, so a restore can be undone).",
  restoreNone: "No backup yet.",
  restoreEntry: "{time} · {op} · {tables}",
  restoreTable: "{table} {rows} row(s)",
  restoreDamaged: "This backup was edited or is damaged; it cannot be restored.",
  restoreButton: "Restore",
  restoreButtonLabel: "Restore backup {backup}",
  restoreConfirm: "Put the rows of {backup} back into {tables}? The rows there now are backed up first.",
  restoreConfirmButton: "Confirm restore",
  restoreRunning: "Restoring the backup…",
  restoreDone: "The rows of {backup} are back",
};

export const RESTORE_TEXTS: Texts<RestoreKey> = { th, en };
