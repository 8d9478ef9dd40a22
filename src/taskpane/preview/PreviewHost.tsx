import { lazy, Suspense, useCallback, useEffect, useRef, useState, type DragEvent } from "react";
import { Body1, Button, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { describeError, msg, type NoticeContent } from "../errors";
import { addTexts, type MessageKey } from "../i18n";
import { useText } from "../locale";
import { BusyBar, NoticeBar } from "../components/Notices";
import { Workbench } from "../Workbench";
import { WorkbookProvider } from "../workbook";
import type { Opened } from "./kit";
import { PREVIEW_TEXTS } from "./preview-text";

addTexts(PREVIEW_TEXTS);

type PreviewKit = typeof import("./kit");

class PreviewLoadError extends Error {
  constructor(cause: unknown) {
    super(
      `The preview's workbook engine did not load: ${cause instanceof Error ? cause.message : String(cause)}`,
      {
        cause,
      },
    );
    this.name = "PreviewLoadError";
  }
}

/** ExcelJS and the .xlsx adapter: a chunk of their own, fetched only here. */
let kitPromise: Promise<PreviewKit> | undefined;
export function loadPreviewKit(): Promise<PreviewKit> {
  kitPromise ??= import(/* webpackChunkName: "preview" */ "./kit").catch((error: unknown) => {
    kitPromise = undefined;
    throw new PreviewLoadError(error);
  });
  return kitPromise;
}

/** A file's bytes: Blob.arrayBuffer where the browser has it, FileReader where it does not (older web views). */
function readBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error(`Could not read ${file.name}`));
    reader.readAsArrayBuffer(file);
  });
}

/** Asked before downloading a workbook that would lose parts: its own chunk, loaded when needed. */
const LossDialog = lazy(() => import(/* webpackChunkName: "loss-dialog" */ "./LossDialog"));

/**
 * The name a workbook that loses parts is downloaded under: never its own, so the browser never
 * replaces the original in the downloads folder ("แผน.xlsx" → "แผน (สำเนา ITA).xlsx").
 */
export const copyName = (name: string): string => `${name.replace(/\.xls[xm]$/i, "")} (สำเนา ITA).xlsx`;

const XLSX_TYPES = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DEFAULT_NAME = "ita-workbook.xlsx";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  bar: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  dragging: {
    border: `2px dashed ${tokens.colorCompoundBrandStroke}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hidden: { display: "none" },
  heading: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3 },
});

interface Current extends Opened {
  name: string;
  /** Changes with every workbook opened, so the pane starts afresh. */
  id: number;
}

export interface PreviewHostProps {
  now?: () => Date;
}

/**
 * The pane outside Excel: it works on an .xlsx in memory. Open one (button or drag and drop),
 * or the bundled sample, or an empty workbook; download the result. Nothing leaves the machine.
 */
export function PreviewHost({ now = () => new Date() }: PreviewHostProps) {
  const styles = useStyles();
  const { t, locale } = useText();
  const [current, setCurrent] = useState<Current>();
  const [loading, setLoading] = useState<MessageKey>();
  const [error, setError] = useState<NoticeContent>();
  const [dragging, setDragging] = useState(false);
  const [downloaded, setDownloaded] = useState<string>();
  const [asking, setAsking] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const ids = useRef(0);

  // Fetch the engine at once: in the preview every first action needs it.
  useEffect(() => {
    loadPreviewKit().catch(() => undefined);
  }, []);

  const open = useCallback(
    async (label: MessageKey, name: string, make: (kit: PreviewKit) => Promise<Opened>) => {
      setError(undefined);
      setDownloaded(undefined);
      setLoading(label);
      try {
        const opened = await make(await loadPreviewKit());
        setCurrent({ ...opened, name, id: ++ids.current });
      } catch (e) {
        setError(describeError(e));
      } finally {
        setLoading(undefined);
      }
    },
    [],
  );

  const openFile = (file: File | undefined) => {
    if (!file) return;
    void open("previewOpening", file.name, async (kit) => kit.openWorkbook(await readBytes(file), file.name));
  };
  const loadSample = () =>
    void open("previewSampleLoading", t("previewSampleFile"), (kit) => kit.sampleWorkbook(now(), locale));
  const newWorkbook = () => void open("previewOpening", DEFAULT_NAME, async (kit) => kit.emptyWorkbook());

  const download = async (asCopy = false) => {
    if (!current) return;
    setAsking(false);
    try {
      const bytes = await current.session.bytes();
      const url = URL.createObjectURL(new Blob([bytes.slice()], { type: XLSX_TYPES.split(",")[1] }));
      const link = document.createElement("a");
      link.href = url;
      link.download = asCopy
        ? copyName(current.name)
        : current.name.toLowerCase().endsWith(".xlsx")
          ? current.name
          : `${current.name}.xlsx`;
      document.body.append(link);
      link.click();
      link.remove();
      // The browser has taken the bytes once the click is handled; the URL is no longer needed.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setDownloaded(link.download);
    } catch (e) {
      setError(describeError(e));
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    openFile(event.dataTransfer.files[0]);
  };

  return (
    <div
      className={styles.stack}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <section
        className={mergeClasses(styles.bar, dragging && styles.dragging)}
        aria-labelledby="preview-heading"
      >
        <Body1 as="h2" id="preview-heading" className={styles.heading}>
          {current ? t("previewCurrent", { name: current.name }) : t("previewHeading")}
        </Body1>
        <Caption1 className={styles.muted}>{t("previewIntro")}</Caption1>
        <div className={styles.buttons}>
          <Button appearance={current ? "secondary" : "primary"} onClick={() => input.current?.click()}>
            {t("previewOpen")}
          </Button>
          <Button onClick={loadSample}>{t("previewSample")}</Button>
          {!current && <Button onClick={newWorkbook}>{t("previewEmpty")}</Button>}
          {current && (
            <Button
              appearance="primary"
              onClick={() => (current.lostParts.length > 0 ? setAsking(true) : void download())}
            >
              {t("previewDownload")}
            </Button>
          )}
        </div>
        <Caption1 className={styles.muted}>{t("previewDrop")}</Caption1>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept={XLSX_TYPES}
          data-testid="open-file"
          onChange={(e) => {
            openFile(e.target.files?.[0]);
            e.target.value = "";
          }}
        />
        {downloaded && <Caption1 role="status">{t("previewDownloaded", { name: downloaded })}</Caption1>}
      </section>
      {loading && <BusyBar label={t(loading)} />}
      {error && <NoticeBar notice={error} onDismiss={() => setError(undefined)} />}
      {current && current.unsupportedParts.length > 0 && (
        <NoticeBar
          notice={{
            intent: "warning",
            title: msg("previewLossTitle"),
            body: msg("previewLossBody", { parts: current.unsupportedParts.join(", ") }),
            action: msg("previewLossAction"),
          }}
        />
      )}
      {current && asking && (
        <Suspense fallback={null}>
          <LossDialog
            name={current.name}
            copy={copyName(current.name)}
            parts={current.lostParts}
            onCancel={() => setAsking(false)}
            onContinue={() => void download(true)}
          />
        </Suspense>
      )}
      {current && (
        <WorkbookProvider key={current.id} session={current.session} now={now}>
          <Workbench />
        </WorkbookProvider>
      )}
    </div>
  );
}
