/** The log's ISO time in the reader's clock and calendar (Buddhist Era in Thai). */
export function logTime(value: unknown, locale: "th" | "en"): string {
  const date = typeof value === "string" ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) return String(value ?? "");
  return date.toLocaleString(locale === "th" ? "th-TH" : "en-GB", { dateStyle: "short", timeStyle: "short" });
}
