import { lazy, Suspense } from "react";
import type { Msg, NoticeContent } from "../errors";
import { useText } from "../locale";
import { useWorkbook } from "../workbook";

/*
 * Message bars and progress bars appear only after something happened, so their code (Fluent's
 * MessageBar, ProgressBar and their motion and icons) loads then, not with the pane's first view.
 * Until it has loaded, the same words show as plain text.
 */
const NoticesImpl = lazy(() =>
  import(/* webpackChunkName: "notices" */ "./Notices").then((m) => ({ default: m.Notices })),
);
const NoticeBarImpl = lazy(() =>
  import(/* webpackChunkName: "notices" */ "./Notices").then((m) => ({ default: m.NoticeBar })),
);

function PlainNotice({ notice }: { notice: Pick<NoticeContent, "intent" | "title" | "body"> }) {
  const { t } = useText();
  const say = (m: Msg) => t(m.key, m.params);
  return (
    <p role={notice.intent === "error" ? "alert" : "status"}>
      {say(notice.title)}
      {notice.body ? ` ${say(notice.body)}` : ""}
    </p>
  );
}

/** One notice outside the workbook's list (a failure before any workbook is open, the lock state). */
export function NoticeBar({ notice, onDismiss }: { notice: NoticeContent; onDismiss?: () => void }) {
  return (
    <Suspense fallback={<PlainNotice notice={notice} />}>
      <NoticeBarImpl notice={notice} onDismiss={onDismiss} />
    </Suspense>
  );
}

/** The running command's progress and the last outcomes; nothing (and nothing loaded) while there are none. */
export function Notices() {
  const { busy, notices } = useWorkbook();
  if (!busy && notices.length === 0) return null;
  const fallback = busy ? { intent: "info" as const, title: busy.label } : notices[notices.length - 1]!;
  return (
    <Suspense fallback={<PlainNotice notice={fallback} />}>
      <NoticesImpl />
    </Suspense>
  );
}
