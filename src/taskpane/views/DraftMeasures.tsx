import { useState } from "react";
import { Button, Caption1, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { approachFor, draftMeasuresOp } from "../../workbook/ops/measures";
import { msg } from "../errors";
import { useText } from "../locale";
import { useNumbers, useWorkbook } from "../workbook";
import { belowPass } from "./indicators";
import { addTexts } from "../i18n";
import { MEASURES_TEXTS } from "./measures-text";

addTexts(MEASURES_TEXTS);

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  fieldset: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  approach: {
    display: "block",
    color: tokens.colorNeutralForeground3,
    paddingLeft: "32px",
    marginBottom: tokens.spacingVerticalXS,
  },
});

/**
 * Draft measures: one row per chosen weak indicator appended to ITA_Measures, with a first
 * approach to rewrite, owner and period left for the user, status "not started".
 */
export default function DraftMeasures() {
  const styles = useStyles();
  const { t, pick } = useText();
  const num = useNumbers();
  const { model, run, now, fallbackYear, lock, busy } = useWorkbook();
  const weak = model ? belowPass(model) : [];
  const [chosen, setChosen] = useState<ReadonlySet<number>>(() => new Set(weak.map((f) => f.indicator!)));
  if (!model) return null;
  const toggle = (no: number, on: boolean) =>
    setChosen((set) => {
      const next = new Set(set);
      if (on) next.add(no);
      else next.delete(no);
      return next;
    });
  const indicators = [...chosen].filter((no) => weak.some((f) => f.indicator === no));
  const submit = () =>
    void run({
      label: msg("measuresRunning"),
      done: msg("measuresDone", { count: indicators.length }),
      steps: [(snapshot) => draftMeasuresOp(snapshot, indicators, { now: now(), fallbackYear })],
    });
  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("measuresChoose")}</legend>
        {weak.map((flag) => {
          const no = flag.indicator!;
          const ind = model.score.indicators.find((i) => i.no === no)!;
          const approach = approachFor(no);
          return (
            <div key={no}>
              <Checkbox
                checked={chosen.has(no)}
                onChange={(_, data) => toggle(no, data.checked === true)}
                label={t("measuresIndicator", { no, name: pick(ind), score: num(flag.score) })}
              />
              {approach && <Caption1 className={styles.approach}>{pick(approach)}</Caption1>}
            </div>
          );
        })}
      </fieldset>
      <Caption1>{t("measuresNote")}</Caption1>
      {lock.locked.length > 0 && <Caption1>{t("lockedNote")}</Caption1>}
      <div>
        <Button
          appearance="primary"
          type="submit"
          disabled={indicators.length === 0 || lock.locked.length > 0 || busy !== undefined}
        >
          {t("measuresAdd", { count: indicators.length })}
        </Button>
      </div>
    </form>
  );
}
