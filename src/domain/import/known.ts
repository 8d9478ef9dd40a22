import { FRAMEWORKS, questionIndex, type ToolId } from "../frameworks";
import { PLAN_DIMENSIONS } from "../plan";
import { STATUSES, type StatusKey } from "../status";

/** What the frameworks know, as the importer checks it (the ids of every year are accepted). */
export const KNOWN_QUESTIONS: ReadonlySet<string> = new Set(
  FRAMEWORKS.flatMap((f) => [...questionIndex(f).keys()]),
);

export const KNOWN_INDICATORS: readonly number[] = [
  ...new Set(FRAMEWORKS.flatMap((f) => f.indicators.map((i) => i.no))),
];

export const DIMENSION_NOS: readonly number[] = PLAN_DIMENSIONS.map((d) => d.no);

/** Level names, longest first so that ผ่านดีเยี่ยม is not read as ผ่านดี. */
export const LEVEL_NAMES: readonly string[] = [
  ...new Set(FRAMEWORKS.flatMap((f) => f.levels.map((l) => l.th))),
].sort((a, b) => b.length - a.length);

/** Each tool's code and full Thai name, as reports name them. */
export const TOOL_NAMES: readonly { id: ToolId; th: string }[] = FRAMEWORKS[FRAMEWORKS.length - 1]!.tools.map(
  (t) => ({
    id: t.id,
    th: t.th,
  }),
);

/** The letter that starts a tool's question ids. */
export const TOOL_PREFIX: Readonly<Record<ToolId, "i" | "e" | "o">> = { IIT: "i", EIT: "e", OIT: "o" };
export const TOOL_OF_PREFIX: Readonly<Record<string, ToolId>> = { i: "IIT", e: "EIT", o: "OIT" };

/** Every spelling of every status, longest first, to read "ดำเนินการแล้ว (ร้อยละ 80)". */
export const STATUS_SPELLINGS: readonly (readonly [string, StatusKey])[] = STATUSES.flatMap((s) =>
  [s.th, ...s.aliases].map((name) => [name.replace(/\s+/g, ""), s.key] as const),
).sort((a, b) => b[0].length - a[0].length);
