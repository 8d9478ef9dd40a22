/**
 * The one status list of every progress table (ความก้าวหน้า): documents tick one of three boxes,
 * workbooks hold the Thai label, exports use the stable key.
 */
export type StatusKey = "not-started" | "in-progress" | "done";

export interface StatusInfo {
  key: StatusKey;
  th: string;
  en: string;
  /** Other spellings seen in reports (compared without spaces). */
  aliases: string[];
}

export const STATUSES: readonly StatusInfo[] = [
  {
    key: "not-started",
    th: "ยังไม่ได้ดำเนินการ",
    en: "Not started",
    aliases: ["ยังไม่ดำเนินการ", "ยังไม่เริ่ม", "ไม่ได้ดำเนินการ", "not-started", "notstarted", "todo"],
  },
  {
    key: "in-progress",
    th: "อยู่ระหว่างดำเนินการ",
    en: "In progress",
    aliases: ["กำลังดำเนินการ", "ระหว่างดำเนินการ", "in-progress", "inprogress", "ongoing"],
  },
  {
    key: "done",
    th: "ดำเนินการแล้ว",
    en: "Done",
    aliases: ["ดำเนินการ", "ดำเนินการแล้วเสร็จ", "เสร็จ", "เสร็จสิ้น", "แล้วเสร็จ", "completed", "complete"],
  },
];

const squash = (s: string) => s.normalize("NFC").replace(/\s+/g, "").toLowerCase();

const LOOKUP = new Map<string, StatusKey>(
  STATUSES.flatMap((s) => [s.th, s.en, s.key, ...s.aliases].map((name) => [squash(name), s.key] as const)),
);

/** A status from any of its spellings; undefined for text that is none of them (blank included). */
export function parseStatus(text: unknown): StatusKey | undefined {
  if (typeof text !== "string") return undefined;
  return LOOKUP.get(squash(text));
}

export const statusInfo = (key: StatusKey): StatusInfo => STATUSES.find((s) => s.key === key)!;
