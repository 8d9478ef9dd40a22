import { normaliseQuestionId } from "../frameworks";
import type { FieldContext, Placed, Read } from "./fields";
import { NONE } from "./fields";
import { KNOWN_QUESTIONS } from "./known";
import { importProblem } from "./messages";
import type { ByKey, Rules } from "./rows";

/** An OIT item as progress tables number it: "01"…"043", "O1", "ข้อ o43" → "o1"…"o43". */
export function oitId(text: string): string | undefined {
  const id = normaliseQuestionId(text, "o");
  return id !== undefined && id.startsWith("o") && KNOWN_QUESTIONS.has(id) ? id : undefined;
}

function readOitId(ctx: FieldContext, placed: readonly Placed[]): Read {
  const p = placed.find((x) => x.cell.text !== "");
  if (!p) return NONE;
  const source = ctx.line.locate(p.cell.col);
  const id = oitId(p.cell.text);
  if (id === undefined)
    ctx.problems.push(importProblem("error", "import.oit.unknownId", { id: p.cell.text }, source, "id"));
  return { value: id ?? null, source };
}

const firstText = (byKey: ByKey, key: string) =>
  (byKey.get(key) ?? []).find((p) => p.cell.text !== "")?.cell.text;

/** OIT progress: ids read as items; a row with an unknown id keeps its texts, with the id null. */
export function oitRules(): Rules {
  return {
    realign: true,
    read: { id: readOitId },
    fits: (byKey) => {
      const id = firstText(byKey, "id");
      return id === undefined || oitId(id) !== undefined;
    },
  };
}

/** Indicator progress: "ตัวชี้วัดที่ 1 …" gives 1; an indicator's approaches on several rows share it. */
export function indicatorProgressRules(): Rules {
  return { realign: true };
}

/** Reported indicator scores: a row without its indicator number cannot stand. */
export function indicatorScoreRules(): Rules {
  return {
    realign: true,
    stands: (draft, ctx) => {
      if (draft.values.no !== null) return true;
      if (draft.sources.no === undefined) {
        ctx.problems.push(
          importProblem("error", "import.indicator.unknown", { value: "" }, ctx.line.locate(0), "no"),
        );
      }
      return false;
    },
    fits: (byKey) => /^\s*[\d\u0E50-\u0E59]/.test(firstText(byKey, "no") ?? ""),
  };
}
