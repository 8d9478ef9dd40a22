import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Msg, NoticeContent } from "../errors";
import { useText } from "../locale";
import { useWorkbook } from "../workbook";
import { FindingList, problemFindings } from "./Findings";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  detail: { overflowWrap: "anywhere" },
});

/** One notice: what happened, why (the problems, or the error's own text), and what to do. */
export function NoticeBar({ notice, onDismiss }: { notice: NoticeContent; onDismiss?: () => void }) {
  const styles = useStyles();
  const text = useText();
  const say = (m: Msg) => text.t(m.key, m.params);
  return (
    <MessageBar intent={notice.intent} layout="multiline">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{say(notice.title)}</MessageBarTitle>
        {notice.body && <Body1>{say(notice.body)}</Body1>}
        {notice.detail && <Caption1 className={styles.detail}>{notice.detail}</Caption1>}
        {notice.problems && notice.problems.length > 0 && (
          <FindingList items={problemFindings(notice.problems, text)} limit={6} />
        )}
        {notice.action && <Body1>{say(notice.action)}</Body1>}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions
          containerAction={
            <Button appearance="transparent" size="small" onClick={onDismiss}>
              {text.t("dismiss")}
            </Button>
          }
        />
      )}
    </MessageBar>
  );
}

/** A long operation's label and bar. */
export function BusyBar({ label, progress }: { label: string; progress?: number }) {
  const styles = useStyles();
  return (
    <div className={styles.body} role="status">
      <Caption1>{label}</Caption1>
      <ProgressBar value={progress} aria-label={label} thickness="large" />
    </div>
  );
}

/** Progress of the running command and the outcome of the last ones, at the top of the pane. */
export function Notices() {
  const styles = useStyles();
  const text = useText();
  const { busy, notices, dismiss } = useWorkbook();
  return (
    <div className={styles.stack}>
      {busy && <BusyBar label={text.t(busy.label.key, busy.label.params)} progress={busy.progress} />}
      {notices.map((n) => (
        <NoticeBar key={n.id} notice={n} onDismiss={() => dismiss(n.id)} />
      ))}
    </div>
  );
}
