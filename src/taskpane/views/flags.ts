import { roundHalfUp } from "../../domain/round";
import type { WeakFlag } from "../../domain/weak";
import type { WorkbookModel } from "../../workbook/ops/read-model";
import type { Text } from "../locale";
import { roundedGain } from "./indicators";

export interface Say {
  t: Text["t"];
  pick: Text["pick"];
  num: (n: number, decimals?: number) => string;
}

/** A weak flag in words: what is weak, and what reaching its target adds to the overall score. */
export function describeFlag(model: WorkbookModel, flag: WeakFlag, { t, pick, num }: Say) {
  const gainText = (gain: number) => (gain > 0 ? `+${num(gain)}` : num(gain));
  /** The pass mark as people write it ("85"), a last year's score as printed ("80.00"). */
  const pass = num(model.score.passMark, Number.isInteger(model.score.passMark) ? 0 : 2);
  const target = flag.kind === "drop" ? num(flag.lastYear ?? flag.score) : pass;
  let gain = roundHalfUp(flag.gain, 2);
  if (flag.level === "indicator" && flag.indicator !== undefined) {
    const ind = model.score.indicators.find((i) => i.no === flag.indicator)!;
    gain =
      roundedGain(model, flag.indicator, flag.kind === "drop" ? flag.lastYear! : model.score.passMark) ??
      gain;
    return {
      title: t(flag.kind === "drop" ? "weakIndicatorDrop" : "weakIndicator", {
        no: flag.indicator,
        name: pick(ind),
        score: num(flag.score),
        last: flag.lastYear === undefined ? "" : num(flag.lastYear),
      }),
      whatIf: gain > 0 ? t("whatIf", { no: flag.indicator, target, gain: gainText(gain) }) : t("whatIfTiny"),
    };
  }
  const [id = flag.id, part] = flag.id.split("#");
  const title =
    flag.level === "tool"
      ? t(flag.kind === "drop" ? "weakToolDrop" : "weakTool", { id, score: num(flag.score) })
      : flag.level === "item"
        ? t("weakItem", { id })
        : part
          ? t("weakQuestionPart", { id, part, score: num(flag.score) })
          : t("weakQuestion", { id, score: num(flag.score) });
  if (gain <= 0) return { title, whatIf: t("whatIfTiny") };
  const params = { id, target, gain: gainText(gain) };
  const whatIf =
    flag.level === "item"
      ? t("whatIfItem", params)
      : flag.level === "tool"
        ? t("whatIfTool", params)
        : t("whatIfQuestion", params);
  return { title, whatIf };
}
