import { makeStyles, tokens } from "@fluentui/react-components";
import { PaneButton } from "../components/PaneButton";
import { Body1, Subtitle2 } from "../components/type";
import { msg } from "../errors";
import { useText } from "../locale";
import { useWorkbook } from "../workbook";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    alignItems: "flex-start",
  },
  heading: { margin: 0 },
});

/** A workbook without any managed table: one click creates them (init leaves anything else alone). */
export function FirstRun() {
  const styles = useStyles();
  const { t, locale } = useText();
  const { run, now, fallbackYear, busy } = useWorkbook();
  const create = () =>
    void run({
      label: msg("initRunning"),
      done: msg("initDone"),
      steps: [
        async (snapshot) => {
          // The op loads on the click: most workbooks never need it.
          const { initOp } = await import(/* webpackChunkName: "op-init" */ "../../workbook/ops/init");
          return initOp(snapshot, { fiscalYear: fallbackYear, language: locale, now: now() });
        },
      ],
    });
  return (
    <section className={styles.section} aria-labelledby="first-run-heading">
      <Subtitle2 as="h2" id="first-run-heading" className={styles.heading}>
        {t("firstRunHeading")}
      </Subtitle2>
      <Body1>{t("firstRunIntro", { year: fallbackYear })}</Body1>
      <PaneButton appearance="primary" disabled={busy !== undefined} onClick={create}>
        {t("firstRunButton")}
      </PaneButton>
      <Body1>{t("firstRunAfter")}</Body1>
    </section>
  );
}
