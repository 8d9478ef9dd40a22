import { useEffect, useState } from "react";
import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { listBackups, type Backup } from "../../workbook/ops/backup";
import { restoreBackupOp } from "../../workbook/ops/restore";
import { msg } from "../errors";
import { useText } from "../locale";
import { useNumbers, useWorkbook } from "../workbook";
import { useTableStyles } from "./Plan";
import { logTime } from "./time";
import { addTexts } from "../i18n";
import { RESTORE_TEXTS } from "./restore-text";

addTexts(RESTORE_TEXTS);

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  entry: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  name: { overflowWrap: "anywhere" },
});

/**
 * The Review view's backups: every hidden `_ita_backup_…` sheet with its op, time, tables and
 * rows, newest first, and a Restore button that asks first. A restore backs up what it replaces
 * (so it shows up here as the newest backup) and is refused, with nothing written, for a damaged
 * backup or a table edited since the list was read.
 */
export default function Restore() {
  const styles = useStyles();
  const s = useTableStyles();
  const text = useText();
  const { t } = text;
  const num = useNumbers();
  const { session, snapshot, run, now, fallbackYear, lock, busy, fail } = useWorkbook();
  const [backups, setBackups] = useState<Backup[] | undefined>();
  const [asking, setAsking] = useState<string | undefined>();

  // Read again whenever the workbook was read again (after every command and change).
  useEffect(() => {
    let active = true;
    session
      .read({ backups: true })
      .then((full) => active && setBackups(listBackups(full)))
      .catch((error: unknown) => active && fail(error));
    return () => {
      active = false;
    };
  }, [session, snapshot, fail]);

  if (backups === undefined) return <Caption1>{t("restoreLoading")}</Caption1>;
  const idle = busy === undefined;
  const locked = lock.locked.length > 0;
  const tablesOf = (b: Backup) =>
    b.tables
      .map((table) => t("restoreTable", { table: table.table, rows: num(table.rows.length, 0) }))
      .join(", ");

  const restore = (backup: Backup) => {
    setAsking(undefined);
    void run({
      label: msg("restoreRunning"),
      done: msg("restoreDone", { backup: backup.sheet }),
      steps: [
        async () =>
          restoreBackupOp(await session.read({ backups: true }), backup.sheet, { now: now(), fallbackYear }),
      ],
    });
  };

  return (
    <section className={s.section} aria-labelledby="restore-heading">
      <Subtitle2 as="h2" id="restore-heading" className={s.heading}>
        {t("restoreHeading")}
      </Subtitle2>
      <Body1>{t("restoreIntro")}</Body1>
      {locked && <Caption1>{t("lockedNote")}</Caption1>}
      {backups.length === 0 ? (
        <Body1>{t("restoreNone")}</Body1>
      ) : (
        <ol className={styles.list} aria-labelledby="restore-heading">
          {backups.map((b) => {
            const intact = b.tables.every((table) => table.intact);
            return (
              <li key={b.sheet} className={styles.entry}>
                <Caption1 className={styles.name}>{b.sheet}</Caption1>
                <Body1>
                  {t("restoreEntry", {
                    time: logTime(b.time, text.locale),
                    op: b.op || "-",
                    tables: tablesOf(b),
                  })}
                </Body1>
                {!intact && <Caption1>{t("restoreDamaged")}</Caption1>}
                {asking === b.sheet ? (
                  <div
                    className={styles.row}
                    role="group"
                    aria-label={t("restoreButtonLabel", { backup: b.sheet })}
                  >
                    <Body1>{t("restoreConfirm", { backup: b.sheet, tables: tablesOf(b) })}</Body1>
                    <Button appearance="primary" disabled={!idle} onClick={() => restore(b)}>
                      {t("restoreConfirmButton")}
                    </Button>
                    <Button onClick={() => setAsking(undefined)}>{t("cancel")}</Button>
                  </div>
                ) : (
                  <div className={styles.row}>
                    <Button
                      aria-label={t("restoreButtonLabel", { backup: b.sheet })}
                      disabled={!idle || locked || !intact}
                      onClick={() => setAsking(b.sheet)}
                    >
                      {t("restoreButton")}
                    </Button>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
