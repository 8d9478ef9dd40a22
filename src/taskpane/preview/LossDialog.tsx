import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { LostPart } from "../../workbook/xlsx/lost-parts";
import { fill, type Locale } from "../i18n";
import { useText } from "../locale";

/*
 * The dialog's words live here rather than in i18n.ts: they load with the dialog, in its own
 * chunk, and add nothing to the pane's first JavaScript (held under 150 KB gzipped).
 */
const TEXT: Record<Locale, Record<"title" | "body" | "copy" | "cancel" | "continue", string>> = {
  th: {
    title: "ไฟล์ที่ดาวน์โหลดจะไม่มีส่วนเหล่านี้",
    body: "{name} มีส่วนที่ตัวอ่านไฟล์ในเบราว์เซอร์เขียนกลับไม่ได้ จะหายไปจากไฟล์ที่ดาวน์โหลด:",
    copy: "จะดาวน์โหลดเป็นสำเนาชื่อ {copy} ไฟล์เดิมของคุณไม่ถูกแตะต้อง",
    cancel: "ยกเลิก",
    continue: "ดาวน์โหลดสำเนา",
  },
  en: {
    title: "The downloaded file will not have these parts",
    body: "{name} holds parts the browser's file reader cannot write back; the download will lose them:",
    copy: "It downloads as a copy named {copy}; your original file is not touched.",
    cancel: "Cancel",
    continue: "Download the copy",
  },
};

/**
 * Asked before the preview downloads a workbook whose package holds parts ExcelJS cannot write
 * back (charts, pivot tables, macros…): names each one and what it is, says the download is a copy
 * under another name. Cancel has the focus, so Enter or Escape loses nothing. Loaded on demand
 * (PreviewHost), so Fluent's Dialog stays out of the pane's first chunk.
 */
export interface LossDialogProps {
  /** The file name the workbook was opened from. */
  name: string;
  /** The name the copy will be downloaded under. */
  copy: string;
  parts: readonly LostPart[];
  onCancel: () => void;
  onContinue: () => void;
}

export default function LossDialog({ name, copy, parts, onCancel, onContinue }: LossDialogProps) {
  const { locale, pick } = useText();
  const text = TEXT[locale];
  const cancel = useRef<HTMLButtonElement>(null);
  // After the dialog's own focus handling (it may focus its surface): Cancel is the default.
  useEffect(() => {
    const timer = setTimeout(() => cancel.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, []);
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : onCancel())}>
      <DialogSurface aria-describedby="loss-dialog-body">
        <DialogBody>
          <DialogTitle>{text.title}</DialogTitle>
          <DialogContent id="loss-dialog-body">
            <p>{fill(text.body, { name })}</p>
            <ul data-testid="loss-parts">
              {parts.map((p) => (
                <li key={p.part}>
                  {pick(p)} <code>{p.part}</code>
                </li>
              ))}
            </ul>
            <p>{fill(text.copy, { copy })}</p>
          </DialogContent>
          <DialogActions>
            <Button ref={cancel} appearance="primary" onClick={onCancel}>
              {text.cancel}
            </Button>
            <Button onClick={onContinue}>{text.continue}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
