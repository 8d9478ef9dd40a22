import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import type { Location, Problem } from "../domain/problem";
import { formatNumber } from "../domain/thai/number";
import type { Snapshot } from "../workbook/model";
import type { OpResult } from "../workbook/ops/init";
import { readWorkbookModel, type WorkbookModel } from "../workbook/ops/read-model";
import type { WorkbookSession } from "../workbook/session";
import { describeError, msg, opRefused, type Msg, type NoticeContent } from "./errors";
import { lockState, type LockState } from "./lock";
import { SessionContext } from "./session";

/**
 * The workbook as the views see it: the last snapshot read, the core's model of it, and the
 * actions every command goes through (read → pure op → apply → read again). Views never call
 * the session to write; they call `run` with ops, so errors and progress look the same everywhere.
 */

export interface Notice extends NoticeContent {
  id: number;
}

/** One command step: an op over a fresh snapshot. Several steps read and apply one after another. */
export type OpStep = (snapshot: Snapshot) => OpResult | Promise<OpResult>;

export interface RunRequest {
  /** What the progress bar says meanwhile. */
  label: Msg;
  /** What the pane says when it is done. */
  done: Msg;
  steps: OpStep[];
}

export interface Busy {
  label: Msg;
  /** 0..1 when known; an indeterminate bar otherwise. */
  progress?: number;
}

export interface WorkbookValue {
  session: WorkbookSession;
  snapshot?: Snapshot;
  model?: WorkbookModel;
  /** The fiscal year (BE) assumed when the settings give none: the current one. */
  fallbackYear: number;
  now(): Date;
  /** True until the first read has finished. */
  loading: boolean;
  busy?: Busy;
  lock: LockState;
  notices: Notice[];
  notify(notice: NoticeContent): void;
  dismiss(id: number): void;
  fail(error: unknown): void;
  refresh(): Promise<void>;
  run(request: RunRequest): Promise<boolean>;
  /** Shows a long operation that is not a workbook write (an import being read). */
  setBusy(busy: Busy | undefined): void;
  /** Selects a problem's or flag's cell in the workbook. */
  jump(where: Location): Promise<void>;
  lastJump?: { sheet: string; cell: string };
}

/**
 * The Thai fiscal year (BE) a day falls in: it starts on 1 October and is named by the year it
 * ends in. The core's `fiscalYear` (domain/thai/dates) says the same; it is not imported here
 * because its module's date tables would weigh on the pane's first download for one line.
 */
export const fiscalYearOf = (day: Date): number =>
  day.getUTCFullYear() + 543 + (day.getUTCMonth() >= 9 ? 1 : 0);

const WorkbookContext = createContext<WorkbookValue | null>(null);

/** The workbook when there is one (a notice may be shown before any workbook is open). */
export const useOptionalWorkbook = (): WorkbookValue | null => useContext(WorkbookContext);

export function useWorkbook(): WorkbookValue {
  const value = useContext(WorkbookContext);
  if (!value) throw new Error("useWorkbook() outside a <WorkbookProvider>");
  return value;
}

/** Numbers as the workbook asks them shown: 2 decimals, half up, Thai digits when its setting says so. */
export function useNumbers(): (n: number, decimals?: number) => string {
  const { model } = useWorkbook();
  const thaiDigits = model?.settings.thaiDigits ?? false;
  return useCallback((n: number, decimals = 2) => formatNumber(n, { decimals, thaiDigits }), [thaiDigits]);
}

const MAX_NOTICES = 4;

export interface WorkbookProviderProps {
  session: WorkbookSession;
  children: ReactNode;
  /** Clock of the ops (log times, backup names); tests pass a fixed one. */
  now?: () => Date;
}

export function WorkbookProvider({ session, children, now = () => new Date() }: WorkbookProviderProps) {
  const [snapshot, setSnapshot] = useState<Snapshot>();
  const [loading, setLoading] = useState(true);
  const [busy, setBusy] = useState<Busy>();
  const [notices, setNotices] = useState<Notice[]>([]);
  const [lastJump, setLastJump] = useState<{ sheet: string; cell: string }>();
  const nextId = useRef(1);
  const nowRef = useRef(now);
  nowRef.current = now;
  const fallbackYear = useMemo(() => fiscalYearOf(nowRef.current()), []);

  const notify = useCallback((notice: NoticeContent) => {
    const id = nextId.current++;
    setNotices((list) => [...list, { ...notice, id }].slice(-MAX_NOTICES));
  }, []);
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  const fail = useCallback((error: unknown) => notify(describeError(error)), [notify]);

  const refresh = useCallback(async () => {
    try {
      setSnapshot(await session.read());
    } catch (error) {
      fail(error);
    } finally {
      setLoading(false);
    }
  }, [session, fail]);

  useEffect(() => {
    void refresh();
    let unsubscribe: (() => void) | undefined;
    let active = true;
    session
      .onChange(() => void refresh())
      .then((off) => (active ? (unsubscribe = off) : off()))
      .catch(fail);
    return () => {
      active = false;
      unsubscribe?.();
    };
  }, [session, refresh, fail]);

  const run = useCallback(
    async ({ label, done, steps }: RunRequest): Promise<boolean> => {
      // A new command makes the previous outcome stale; errors stay until dismissed.
      setNotices((list) => list.filter((n) => n.intent === "error"));
      setBusy({ label });
      const warnings: Problem[] = [];
      try {
        for (const step of steps) {
          const current = await session.read();
          const result = await step(current);
          const errors = result.problems.filter((p) => p.severity === "error");
          if (errors.length > 0) {
            notify(opRefused(errors));
            return false;
          }
          // Loops, not push(...): a 100,000-row plan can bring as many warnings, too many arguments.
          for (const p of result.problems) warnings.push(p);
          if (result.patch.steps.length > 0) {
            const applied = await session.apply(result.patch, current);
            for (const w of applied.warnings) warnings.push(w);
          }
        }
        notify(
          warnings.length > 0
            ? { intent: "warning", title: done, body: msg("doneWithWarnings"), problems: warnings }
            : { intent: "success", title: done },
        );
        return true;
      } catch (error) {
        fail(error);
        return false;
      } finally {
        setBusy(undefined);
        await refresh();
      }
    },
    [session, notify, fail, refresh],
  );

  const jump = useCallback(
    async (where: Location) => {
      if (!where.sheet || !where.cell) return;
      try {
        await session.select(where.sheet, where.cell);
        setLastJump({ sheet: where.sheet, cell: where.cell });
      } catch (error) {
        fail(error);
      }
    },
    [session, fail],
  );

  // The model is the core's reading of the snapshot; a failure there is shown, never thrown at React.
  const reading = useMemo(() => {
    if (!snapshot) return undefined;
    try {
      return { model: readWorkbookModel(snapshot, fallbackYear) };
    } catch (error) {
      return { error };
    }
  }, [snapshot, fallbackYear]);
  useEffect(() => {
    if (reading && "error" in reading) fail(reading.error);
  }, [reading, fail]);
  const model = reading && "model" in reading ? reading.model : undefined;

  const lock = useMemo(() => (snapshot ? lockState(snapshot) : { sheets: [], locked: [] }), [snapshot]);

  const value: WorkbookValue = {
    session,
    snapshot,
    model,
    fallbackYear,
    now: () => nowRef.current(),
    loading,
    busy,
    lock,
    notices,
    notify,
    dismiss,
    fail,
    refresh,
    run,
    setBusy,
    jump,
    lastJump,
  };
  return (
    <SessionContext.Provider value={session}>
      <WorkbookContext.Provider value={value}>{children}</WorkbookContext.Provider>
    </SessionContext.Provider>
  );
}
