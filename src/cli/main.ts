import { parseArgs } from "node:util";
import { fiscalYear } from "../domain/thai/dates";
import { parseJobs } from "./batch-pool";
import * as commands from "./commands";
import { importCommand } from "./import";
import { restoreCommand } from "./restore";
import { CliError, type Cli, type Flags } from "./types";

const USAGE = `ita-workbook — ITA workbooks from the command line / สมุดงาน ITA จากบรรทัดคำสั่ง

  ita-workbook init -o FILE [--year 2567] [--org NAME] [--lang th|en] [--in-place]
  ita-workbook check FILE [--json]          exit 1 when the workbook has errors
  ita-workbook score FILE [--json]          overall, level, tools, indicators, weak points
  ita-workbook plan FILE [--json]           the action plan's totals
  ita-workbook report FILE -o OUT           adds the summary sheet (native formulas) and weak flags
  ita-workbook export FILE --json           every managed table as rows with stable keys
  ita-workbook batch FILE|DIR... -o OUT.xlsx [--json] [--jobs N]   one row per workbook (a province's roll-up) on N threads (default: all cores)
  ita-workbook import SOURCE... -o FILE [--json]   tables of real reports (.txt exports, .xlsx sheets) into FILE
  ita-workbook restore FILE --list [--json]            the backups in FILE: table, op, time, rows
  ita-workbook restore FILE BACKUP -o OUT|--in-place   puts a backup's rows back (and backs up what they replace)

Options: --lang th|en (messages and new headers; default th) · --in-place (allow writing over the input)
  --force (write a new -o file even if the input has charts, pivot tables or macros it would lose; never in place)`;

type Command = (cli: Cli, args: string[]) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  init: commands.init,
  check: commands.check,
  score: commands.score,
  plan: commands.plan,
  report: commands.report,
  export: commands.exportJson,
  batch: commands.batch,
  import: importCommand,
  restore: restoreCommand,
};

export interface Io {
  cwd: string;
  now: () => Date;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
}

function parse(argv: string[]): { flags: Flags; positionals: string[]; help: boolean } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      output: { type: "string", short: "o" },
      json: { type: "boolean" },
      year: { type: "string" },
      org: { type: "string" },
      lang: { type: "string" },
      "in-place": { type: "boolean" },
      force: { type: "boolean" },
      jobs: { type: "string" },
      list: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  const flags: Flags = {};
  if (values.output !== undefined) flags.output = values.output;
  if (values.json) flags.json = true;
  if (values.org !== undefined) flags.org = values.org;
  if (values["in-place"]) flags.inPlace = true;
  if (values.force) flags.force = true;
  if (values.list) flags.list = true;
  if (values.lang !== undefined) {
    if (values.lang !== "th" && values.lang !== "en")
      throw new CliError(`--lang must be th or en, not "${values.lang}"`);
    flags.lang = values.lang;
  }
  if (values.year !== undefined) {
    const year = Number(values.year);
    if (!Number.isInteger(year) || year < 2500 || year > 2700) {
      throw new CliError(`--year must be a Buddhist-Era fiscal year such as 2567, not "${values.year}"`);
    }
    flags.year = year;
  }
  if (values.jobs !== undefined) flags.jobs = parseJobs(values.jobs);
  return { flags, positionals, help: values.help === true };
}

/** Runs one command line; returns the exit code (0 ok, 1 problems found, 2 usage or unreadable input). */
export async function run(argv: string[], io: Io): Promise<number> {
  try {
    const { flags, positionals, help } = parse(argv);
    const [name, ...args] = positionals;
    const command = name === undefined ? undefined : COMMANDS[name];
    if (help || !command) {
      (help ? io.stdout : io.stderr)(USAGE + "\n");
      return help ? 0 : 2;
    }
    const language = flags.lang ?? "th";
    const today = io.now();
    const cli: Cli = {
      flags,
      language,
      cwd: io.cwd,
      now: io.now,
      fiscalYearNow: fiscalYear({
        year: today.getUTCFullYear(),
        month: today.getUTCMonth() + 1,
        day: today.getUTCDate(),
      }),
      out: (line) => io.stdout(line + "\n"),
      err: (line) => io.stderr(line + "\n"),
      progress: (done, total, label) => {
        if (!io.isTTY) return;
        io.stderr(done < total ? `\r[${done + 1}/${total}] ${label}`.padEnd(60) : "\r".padEnd(61) + "\r");
      },
      t: (th, en) => (language === "th" ? th : en),
    };
    return await command(cli, args);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(error.message + "\n");
      return error.code;
    }
    // By its code, not `instanceof TypeError`: under Jest node:util's errors come from another realm.
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`${(error as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}
