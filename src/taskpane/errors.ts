import type { Problem } from "../domain/problem";
import type { MessageKey, Params } from "./i18n";
import { ExcelSessionUnavailableError } from "./session";

/** A text of the message table with its parameters: rendered in whatever language the pane shows then. */
export interface Msg {
  key: MessageKey;
  params?: Params;
}

export type NoticeIntent = "success" | "warning" | "error" | "info";

/** What the pane tells the user after an action: what happened, why, and what to do. */
export interface NoticeContent {
  intent: NoticeIntent;
  title: Msg;
  body?: Msg;
  action?: Msg;
  /** Text that comes from elsewhere (an exception's message), shown as is. */
  detail?: string;
  problems?: Problem[];
}

export const msg = (key: MessageKey, params?: Params): Msg => (params ? { key, params } : { key });

function problemsOf(error: unknown): Problem[] | undefined {
  if (!(error instanceof Error) || error.name !== "PatchRefusedError") return undefined;
  const problems: unknown = (error as Error & { problems?: unknown }).problems;
  return Array.isArray(problems) ? (problems as Problem[]) : undefined;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Errors by name, so that classes living in lazily loaded chunks need not be imported to be recognised. */
const BY_NAME: Record<string, Pick<NoticeContent, "title" | "action">> = {
  WorkbookReadError: { title: msg("errReadTitle"), action: msg("errReadAction") },
  ImporterUnavailableError: { title: msg("errImporterTitle"), action: msg("errImporterAction") },
  PreviewLoadError: { title: msg("errPreviewTitle"), action: msg("errPreviewAction") },
};

/** Any error thrown by a session, an op or the preview, as a notice a person can act on. */
export function describeError(error: unknown): NoticeContent {
  if (error instanceof ExcelSessionUnavailableError) {
    return {
      intent: "error",
      title: msg("errExcelTitle"),
      body: msg("errExcelBody"),
      action: msg("errExcelAction"),
    };
  }
  const refused = problemsOf(error);
  if (refused) {
    return {
      intent: "error",
      title: msg("errRefusedTitle"),
      body: msg("errRefusedBody"),
      action: msg("errRefusedAction"),
      problems: refused,
    };
  }
  const known = error instanceof Error ? BY_NAME[error.name] : undefined;
  if (known) return { intent: "error", ...known, detail: messageOf(error) };
  return {
    intent: "error",
    title: msg("errUnexpectedTitle"),
    action: msg("errUnexpectedAction"),
    detail: messageOf(error),
  };
}

/** An op refused to build its patch: its own problems say why, nothing was written. */
export const opRefused = (problems: Problem[]): NoticeContent => ({
  intent: "error",
  title: msg("errOpTitle"),
  body: msg("errOpBody"),
  action: msg("errOpAction"),
  problems,
});
