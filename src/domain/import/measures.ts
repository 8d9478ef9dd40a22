import { toArabicDigits } from "../thai/digits";
import type { FieldContext, Placed } from "./fields";
import type { ByKey, Draft, Rules } from "./rows";
import { LEADING_NUMBER, MAX_HEADING_LENGTH, MEASURE_HEADINGS, ROUND_MONTHS } from "./vocabulary";

/** A numbered heading that groups the measures under it ("๑. ด้านนโยบาย…", "(2) …"). */
export function isMeasureHeading(text: string): boolean {
  const arabic = toArabicDigits(text).trim();
  return (
    arabic.length <= MAX_HEADING_LENGTH &&
    !arabic.includes("\n") &&
    MEASURE_HEADINGS.some((h) => h.test(arabic))
  );
}

/** "๑.๑ กำหนดนโยบาย…" → seq "๑.๑" (as written) and the measure's text after it. */
export function splitLeadingNumber(text: string): { seq: string; rest: string } | undefined {
  const m = LEADING_NUMBER.exec(toArabicDigits(text));
  if (!m) return undefined;
  const start = m[0].indexOf(m[1]!);
  return { seq: text.slice(start, start + m[1]!.length), rest: text.slice(m[0].length) };
}

/** Months of the follow-up rounds a text names: "- รอบ 3 เดือน - รอบ 6 เดือน" → 3, 6. */
export function roundMonths(text: string): number[] {
  return [...toArabicDigits(text).matchAll(ROUND_MONTHS)].map((m) => Number(m[1]));
}

function numberFromMeasure(draft: Draft): void {
  const measure = draft.values.measure;
  if (draft.values.seq !== null || typeof measure !== "string") return;
  const split = splitLeadingNumber(measure);
  if (!split) return;
  draft.values.seq = split.seq;
  draft.values.measure = split.rest;
  draft.sources.seq = draft.sources.measure!;
}

const filledOf = (byKey: ByKey, key: string): Placed[] =>
  (byKey.get(key) ?? []).filter((p) => p.cell.text !== "");

/**
 * Follow-up rounds (รอบ 3 / 6 / 9 / 12 เดือน): `round` lists the months of the rounds named, from a
 * round column, from columns headed by a round, or from the period text ("รายงานผล… - รอบ 6 เดือน");
 * what a round column reports is added to `result` under that column's header.
 */
function rounds(draft: Draft, byKey: ByKey, ctx: FieldContext): void {
  const placed = filledOf(byKey, "round");
  const months = new Set<number>();
  const results: string[] = [];
  const texts: string[] = [];
  for (const p of placed) {
    if (typeof p.slot.arg === "number") {
      months.add(p.slot.arg);
      results.push(`${p.slot.header}: ${p.cell.text}`);
    } else {
      const found = roundMonths(p.cell.text);
      found.forEach((n) => months.add(n));
      if (found.length === 0) texts.push(p.cell.text);
    }
  }
  const period = draft.values.period;
  if (typeof period === "string") roundMonths(period).forEach((n) => months.add(n));
  const listed = [...months].sort((a, b) => a - b).join(", ");
  draft.values.round = [listed, ...texts].filter((t) => t !== "").join("\n") || null;
  const source = placed[0] ? ctx.line.locate(placed[0].cell.col) : draft.sources.period;
  if (draft.values.round !== null && source) draft.sources.round = source;
  else delete draft.sources.round;
  if (results.length === 0) return;
  const before = draft.values.result;
  draft.values.result = [typeof before === "string" ? before : "", ...results]
    .filter((t) => t !== "")
    .join("\n");
  draft.sources.result ??= ctx.line.locate(placed.find((p) => typeof p.slot.arg === "number")!.cell.col);
}

/** Measures: grouped under numbered headings, numbered in their own text, followed up in rounds. */
export function measureRules(): Rules {
  return {
    section: (text) => (isMeasureHeading(text) ? { key: "group", value: text } : undefined),
    complete: (draft, byKey, ctx) => {
      numberFromMeasure(draft);
      rounds(draft, byKey, ctx);
    },
  };
}
