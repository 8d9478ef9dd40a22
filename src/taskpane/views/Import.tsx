import { useId, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Label,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { tableDef } from "../../workbook/schema";
import { FindingList, problemFindings } from "../components/Findings";
import { msg } from "../errors";
import type { ImportResult, Source } from "../../domain/import";
import { commitImportOp, KIND_LABEL, useImporter, type Importer } from "../importer";
import { useText } from "../locale";
import { canReadSelection } from "../session";
import { useNumbers, useWorkbook } from "../workbook";
import { DataTable, useTableStyles } from "./Plan";
import { addTexts } from "../i18n";
import { IMPORT_TEXTS } from "./import-text";

addTexts(IMPORT_TEXTS);

const useStyles = makeStyles({
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  textarea: { minHeight: "160px" },
});

/** Lets the browser paint the progress bar before a long synchronous read starts. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export default function Import() {
  const styles = useStyles();
  const s = useTableStyles();
  const text = useText();
  const { t, pick } = text;
  const num = useNumbers();
  const { session, run, now, fallbackYear, setBusy, fail, busy, lock } = useWorkbook();
  const loadImporter = useImporter();
  const [pasted, setPasted] = useState("");
  const [result, setResult] = useState<ImportResult>();
  const textId = useId();
  const inExcel = session.kind === "excel";
  const selection = canReadSelection(session) ? session : undefined;
  const locked = lock.locked.length > 0;

  const read = async (
    how: (importer: Importer, onProgress: (done: number, total: number) => void) => Promise<ImportResult>,
  ) => {
    setResult(undefined);
    setBusy({ label: msg("importReading") });
    try {
      const importer = await loadImporter();
      await nextFrame();
      const onProgress = (done: number, total: number) =>
        setBusy({ label: msg("importReading"), progress: total > 0 ? Math.min(1, done / total) : 0 });
      setResult(await how(importer, onProgress));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(undefined);
    }
  };

  const readText = () =>
    void read(async (importer, onProgress) =>
      importer.importText(pasted, { name: t("importPastedName"), onProgress }),
    );
  const readSelection = () =>
    void read(async (importer, onProgress) => {
      const picked = await selection!.readSelection();
      return importer.importGrid(picked.grid, { sheet: picked.sheet, topLeft: picked.topLeft, onProgress });
    });

  const confirm = async () => {
    if (!result) return;
    const rows = result.tables.reduce((n, table) => n + table.rows.length, 0);
    const ok = await run({
      label: msg("importWriting"),
      done: msg("importDone", { rows, tables: result.tables.length }),
      steps: [(snapshot) => commitImportOp(snapshot, result, { now: now(), fallbackYear })],
    });
    if (ok) {
      setResult(undefined);
      setPasted("");
    }
  };

  /** Lines of a text ("บรรทัด 5–27") or cells of a grid ("Sheet1!A1:H20"). */
  const span = (from: Source, to: Source) => {
    if (from.line !== undefined) {
      return to.line !== undefined && to.line !== from.line
        ? t("linesRange", { from: from.line, to: to.line })
        : t("placeLine", { line: from.line });
    }
    if (!from.cell) return "—";
    const range = to.cell && to.cell !== from.cell ? `${from.cell}:${to.cell}` : from.cell;
    return from.sheet ? `${from.sheet}!${range}` : range;
  };

  return (
    <div className={s.stack}>
      <section className={s.section} aria-labelledby="import-heading">
        <Subtitle2 as="h2" id="import-heading" className={s.heading}>
          {t("importHeading")}
        </Subtitle2>
        <Body1>{t("importIntro")}</Body1>
        <div className={styles.field}>
          <Label htmlFor={textId}>{t("importPasteLabel")}</Label>
          <Textarea
            id={textId}
            textarea={{ className: styles.textarea }}
            resize="vertical"
            value={pasted}
            onChange={(_, data) => setPasted(data.value)}
          />
        </div>
        <div className={styles.buttons}>
          <Button
            appearance="primary"
            disabled={pasted.trim() === "" || busy !== undefined}
            onClick={readText}
          >
            {t("importRead")}
          </Button>
          <Button disabled={!inExcel || !selection || busy !== undefined} onClick={readSelection}>
            {t("importUseSelection")}
          </Button>
        </div>
        {!inExcel && <Caption1>{t("importSelectionPreviewNote")}</Caption1>}
        {inExcel && !selection && <Caption1>{t("importSelectionMissingNote")}</Caption1>}
      </section>

      {result && (
        <section className={s.section} aria-labelledby="import-found-heading">
          <Subtitle2 as="h2" id="import-found-heading" className={s.heading}>
            {t("importFoundHeading")}
          </Subtitle2>
          {result.tables.length === 0 ? (
            <Body1>{t("importNothing")}</Body1>
          ) : (
            <DataTable
              caption={t("importFoundCaption", { count: result.tables.length })}
              testId="import-found"
              head={[t("colKind"), t("colTarget"), t("colRows"), t("colLines")]}
              numeric={[false, false, true, false]}
              rows={result.tables.map((table) => [
                t(KIND_LABEL[table.kind]),
                `${table.table} (${pick(tableDef(table.table))})`,
                num(table.rows.length, 0),
                <span className={s.nowrap}>{span(table.from, table.to)}</span>,
              ])}
            />
          )}
          {result.problems.length > 0 && (
            <>
              <Body1>{t("importProblems", { count: result.problems.length })}</Body1>
              <FindingList items={problemFindings(result.problems, text)} limit={30} />
            </>
          )}
          {locked && <Caption1>{t("lockedNote")}</Caption1>}
          <div className={styles.buttons}>
            <Button
              appearance="primary"
              disabled={result.tables.length === 0 || locked || busy !== undefined}
              onClick={() => void confirm()}
            >
              {t("importConfirm")}
            </Button>
            <Button onClick={() => setResult(undefined)}>{t("cancel")}</Button>
          </div>
        </section>
      )}
    </div>
  );
}
