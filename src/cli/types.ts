import type { Language } from "../workbook/schema";

/** The flags every command may read (parsed once in main). */
export interface Flags {
  output?: string;
  json?: boolean;
  year?: number;
  org?: string;
  lang?: Language;
  inPlace?: boolean;
  /** Write a new file even though the input holds parts it would lose (never in place). */
  force?: boolean;
  /** Worker threads of `batch` (--jobs N). */
  jobs?: number;
  /** `restore --list`. */
  list?: boolean;
}

/** What a command needs from the outside world; tests pass their own. */
export interface Cli {
  flags: Flags;
  /** Language of messages (--lang, else th). */
  language: Language;
  cwd: string;
  now: () => Date;
  /** The fiscal year (BE) of today, the default year. */
  fiscalYearNow: number;
  out: (line: string) => void;
  err: (line: string) => void;
  /** Progress on a terminal (stderr), silent otherwise. */
  progress: (done: number, total: number, label: string) => void;
  t: (th: string, en: string) => string;
}

/** An error the user caused: printed without a stack, with its exit code (2 = usage or unreadable input). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code = 2,
  ) {
    super(message);
  }
}
