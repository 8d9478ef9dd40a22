/**
 * LibreOffice as an independent spreadsheet engine for the cross-engine tests: workbooks written by
 * our adapter are recalculated by headless LibreOffice, and the figures it caches in the file are read
 * back with ExcelJS.
 *
 * - `recalculate` converts many files in ONE soffice run (its start-up, about 1.5 s, is paid once), in
 *   a fresh profile that forces recalculation on load (OOXMLRecalcMode = ODFRecalcMode = 0, "always").
 *   Inputs are staged under ASCII names (f0.xlsx, f1.xlsx, …) so that two inputs with the same base
 *   name cannot overwrite each other's output and no file name reaches soffice's command line.
 * - `readComputed` reads the cached results; `recalculateBuffers` does both for in-memory files.
 *
 * A missing soffice is an error, never a skip: the cross-engine tests must fail on such a machine.
 */
import { spawn } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";

export const SOFFICE_MISSING_MESSAGE =
  "LibreOffice (soffice) is not installed: run `apt-get install -y --no-install-recommends libreoffice-calc-nogui` (as .ci/run does)";

/** Default time limit for one soffice run: generous for a cold start plus a batch of small files. */
export const DEFAULT_TIMEOUT_MS = 90_000;

const TEMP_PREFIX = "ita-lo-";
const OUTPUT_PREFIX = "ita-lo-out-";

export interface RecalculateOptions {
  /** Kill soffice (its whole process group) and fail after this many milliseconds. */
  timeoutMs?: number;
}

export interface CellRef {
  sheet: string;
  address: string;
}

export type ComputedValue = number | string | boolean | null;

/** Profile settings: recalculate every formula when loading OOXML and ODF files (0 = always). */
const REGISTRY_MODIFICATIONS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** stderr lines soffice prints on healthy runs. */
const STDERR_NOISE = [/failed to launch javaldx/i, /java may not function correctly/i];

/** The soffice executable on PATH; throws SOFFICE_MISSING_MESSAGE when there is none. */
export async function findSoffice(): Promise<string> {
  const dirs = (process.env.PATH ?? "").split(path.delimiter).filter((dir) => dir !== "");
  for (const dir of dirs) {
    const candidate = path.join(dir, "soffice");
    try {
      await fs.access(candidate, fs.constants.X_OK);
      const stat = await fs.stat(candidate);
      if (stat.isFile()) return candidate;
    } catch {
      // not in this directory
    }
  }
  throw new Error(SOFFICE_MISSING_MESSAGE);
}

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function meaningfulStderr(stderr: string): string {
  return stderr
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !STDERR_NOISE.some((noise) => noise.test(line)))
    .join("\n");
}

function errorCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    const { code } = error as { code: unknown };
    return typeof code === "string" ? code : undefined;
  }
  return undefined;
}

/** Runs soffice in its own process group; on timeout kills the whole group and waits for it to exit. */
function runSoffice(
  soffice: string,
  args: string[],
  cwd: string,
  timeoutMs: number,
  what: string,
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(soffice, args, { cwd, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    let spawnError: Error | undefined;
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));

    let finished = false;

    const killGroup = (): void => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // the group is already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
      // Normally 'close' follows at once; don't hang if something outside the group holds the pipes.
      setTimeout(() => finish(null, "SIGKILL"), 5_000).unref();
    }, timeoutMs);

    const finish = (code: number | null, signal: NodeJS.Signals | null): void => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      if (timedOut) {
        // soffice.bin is a grandchild (soffice → oosplash → soffice.bin): make sure nothing survives
        killGroup();
        reject(
          new Error(
            `LibreOffice did not finish within ${timeoutMs} ms ${what}; killed its process group ${child.pid}`,
          ),
        );
      } else if (spawnError) {
        reject(
          errorCode(spawnError) === "ENOENT"
            ? new Error(SOFFICE_MISSING_MESSAGE)
            : new Error(`Could not start LibreOffice (${soffice}) ${what}: ${spawnError.message}`),
        );
      } else {
        resolve({ code, signal, stdout, stderr });
      }
    };

    child.on("error", (error) => {
      spawnError = error;
      // 'close' may not follow a failed spawn
      if (child.pid === undefined) finish(null, null);
    });
    child.on("close", (code, signal) => finish(code, signal));
  });
}

async function writeProfile(profileDir: string): Promise<void> {
  await fs.mkdir(path.join(profileDir, "user"), { recursive: true });
  await fs.writeFile(path.join(profileDir, "user", "registrymodifications.xcu"), REGISTRY_MODIFICATIONS);
}

/** Output file names: the input's base name, made unique among the inputs of one call. */
function outputNames(inputs: string[]): string[] {
  const bases = inputs.map((input) => `${path.parse(input).name || "workbook"}`);
  const counts = new Map<string, number>();
  for (const base of bases) counts.set(base.toLowerCase(), (counts.get(base.toLowerCase()) ?? 0) + 1);
  return bases.map((base, i) =>
    (counts.get(base.toLowerCase()) ?? 0) > 1 ? `${base}-${i}.xlsx` : `${base}.xlsx`,
  );
}

async function nonEmptyFile(file: string): Promise<boolean> {
  try {
    const stat = await fs.stat(file);
    return stat.isFile() && stat.size > 0;
  } catch {
    return false;
  }
}

/**
 * Recalculates the given spreadsheets with LibreOffice in one soffice run and returns, for each input
 * path as given, the path of its recalculated .xlsx (in a fresh directory under os.tmpdir(); remove it
 * with `removeOutputs`). Throws when soffice is missing, an input does not exist, soffice fails or
 * times out, or any input produced no output (naming those inputs).
 */
export async function recalculate(
  inputs: string[],
  options: RecalculateOptions = {},
): Promise<Map<string, string>> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const result = new Map<string, string>();
  if (inputs.length === 0) return result;

  // The same file given twice (perhaps spelled differently) is converted once.
  const unique = [...new Set(inputs.map((input) => path.resolve(input)))];
  const missing: string[] = [];
  for (const input of unique) {
    try {
      if (!(await fs.stat(input)).isFile()) missing.push(input);
    } catch {
      missing.push(input);
    }
  }
  if (missing.length > 0) {
    throw new Error(`Cannot recalculate with LibreOffice: no such file: ${missing.join(", ")}`);
  }
  const soffice = await findSoffice();

  const work = await fs.mkdtemp(path.join(os.tmpdir(), TEMP_PREFIX));
  let outDir: string | undefined;
  try {
    const profileDir = path.join(work, "profile");
    const stageDir = path.join(work, "in");
    const convertDir = path.join(work, "out");
    await writeProfile(profileDir);
    await fs.mkdir(stageDir);
    await fs.mkdir(convertDir);
    const staged = unique.map((input, i) => `f${i}${path.extname(input).toLowerCase() || ".xlsx"}`);
    await Promise.all(unique.map((input, i) => fs.copyFile(input, path.join(stageDir, staged[i]!))));

    const what = `recalculating ${unique.length} file(s)`;
    const run = await runSoffice(
      soffice,
      [
        "--headless",
        "--norestore",
        "--nologo",
        "--nodefault",
        "--nolockcheck",
        `-env:UserInstallation=${pathToFileURL(profileDir).href}`,
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        convertDir,
        ...staged,
      ],
      stageDir,
      timeoutMs,
      what,
    );
    const said = meaningfulStderr(run.stderr);
    if (run.code !== 0) {
      const how = run.signal ? `was killed by ${run.signal}` : `exited with code ${run.code}`;
      throw new Error(`LibreOffice (soffice) ${how} ${what}${said ? `: ${said}` : ""}`);
    }

    const converted = staged.map((name) => path.join(convertDir, `${path.parse(name).name}.xlsx`));
    const present = await Promise.all(converted.map(nonEmptyFile));
    const failed = unique.filter((_, i) => !present[i]);
    if (failed.length > 0) {
      throw new Error(
        `LibreOffice wrote no recalculated output for ${failed.length} of ${unique.length} input(s): ` +
          `${failed.join(", ")}${said ? ` (soffice said: ${said.replace(/\n/g, "; ")})` : ""}`,
      );
    }

    outDir = await fs.mkdtemp(path.join(os.tmpdir(), OUTPUT_PREFIX));
    const names = outputNames(unique);
    const byResolved = new Map<string, string>();
    for (const [i, input] of unique.entries()) {
      const target = path.join(outDir, names[i]!);
      await fs.rename(converted[i]!, target);
      byResolved.set(input, target);
    }
    for (const input of inputs) result.set(input, byResolved.get(path.resolve(input))!);
    return result;
  } catch (error) {
    if (outDir !== undefined) await fs.rm(outDir, { recursive: true, force: true });
    throw error;
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

/** Removes the output directories `recalculate` created (and nothing else). */
export async function removeOutputs(outputs: Map<string, string>): Promise<void> {
  const dirs = new Set([...outputs.values()].map((file) => path.dirname(file)));
  for (const dir of dirs) {
    if (path.dirname(dir) === os.tmpdir() && path.basename(dir).startsWith(OUTPUT_PREFIX)) {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }
}

const ADDRESS = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]*)$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function richTextOf(value: unknown): string | undefined {
  if (!isRecord(value) || !Array.isArray(value.richText)) return undefined;
  return value.richText
    .map((run: unknown) => (isRecord(run) && typeof run.text === "string" ? run.text : ""))
    .join("");
}

/** An Excel serial number from the Date ExcelJS made of a date-formatted number. */
function serialOf(date: Date, date1904: boolean): number {
  const serial = date.getTime() / 86_400_000 + (date1904 ? 25569 - 1462 : 25569);
  return Math.round(serial * 86_400_000) / 86_400_000;
}

function plainValue(value: unknown, date1904: boolean): ComputedValue | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return serialOf(value, date1904);
  const rich = richTextOf(value);
  if (rich !== undefined) return rich;
  if (isRecord(value)) {
    if (typeof value.error === "string") return value.error;
    if ("hyperlink" in value && "text" in value) {
      const text = value.text;
      return typeof text === "string" ? text : (richTextOf(text) ?? null);
    }
  }
  return undefined;
}

function computedOf(cell: ExcelJS.Cell, date1904: boolean, where: string): ComputedValue {
  if (cell.type === ExcelJS.ValueType.Formula) {
    // `cell.value` drops falsy results (0, false, ""): read the result itself. LibreOffice always
    // caches a result, and ExcelJS reads the empty one it writes for "" (<v></v>) as no result.
    const result: unknown = cell.result;
    if (result === undefined) return "";
    const plain = plainValue(result, date1904);
    if (plain === undefined) throw new Error(`${where}: unexpected formula result ${JSON.stringify(result)}`);
    return plain;
  }
  const plain = plainValue(cell.value, date1904);
  if (plain === undefined) throw new Error(`${where}: unexpected cell value ${JSON.stringify(cell.value)}`);
  return plain;
}

/**
 * The values cached in a workbook, keyed "sheet!A1": the result of a formula cell, the value of any
 * other cell, errors as their text ("#DIV/0!"), an empty cell as null, a date as its serial number.
 */
export async function readComputed(file: string, cells: CellRef[]): Promise<Record<string, ComputedValue>> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new Error(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  const date1904 = workbook.properties.date1904 === true;
  const values: Record<string, ComputedValue> = {};
  for (const { sheet, address } of cells) {
    const key = `${sheet}!${address}`;
    const match = ADDRESS.exec(address);
    if (!match) throw new Error(`${file}: "${address}" is not a cell address (${key})`);
    const worksheet = workbook.getWorksheet(sheet);
    if (!worksheet) {
      const names = workbook.worksheets.map((ws) => `"${ws.name}"`).join(", ");
      throw new Error(`${file}: no sheet "${sheet}" (it has ${names})`);
    }
    values[key] = computedOf(
      worksheet.getCell(`${match[1]!.toUpperCase()}${match[2]!}`),
      date1904,
      `${file} ${key}`,
    );
  }
  return values;
}

/**
 * Recalculates in-memory workbooks: writes them to a temporary directory, runs `recalculate` once for
 * all of them, and returns name → recalculated bytes. Leaves nothing behind.
 */
export async function recalculateBuffers(
  files: { name: string; data: Buffer }[],
  options: RecalculateOptions = {},
): Promise<Map<string, Buffer>> {
  const names = new Set<string>();
  for (const { name } of files) {
    if (names.has(name)) throw new Error(`recalculateBuffers: the name "${name}" is given twice`);
    names.add(name);
  }
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), TEMP_PREFIX));
  let outputs: Map<string, string> | undefined;
  try {
    // Files are numbered, so any name (with slashes, Thai text, no extension) is safe.
    const paths = files.map((_, i) => path.join(dir, `w${i}.xlsx`));
    await Promise.all(files.map((file, i) => fs.writeFile(paths[i]!, file.data)));
    try {
      outputs = await recalculate(paths, options);
    } catch (error) {
      // name the caller's files rather than the temporary ones
      const message = error instanceof Error ? error.message : String(error);
      const renamed = paths.reduce((text, p, i) => text.split(p).join(`"${files[i]!.name}"`), message);
      throw new Error(renamed, { cause: error });
    }
    const result = new Map<string, Buffer>();
    for (const [i, file] of files.entries()) {
      result.set(file.name, await fs.readFile(outputs.get(paths[i]!)!));
    }
    return result;
  } finally {
    if (outputs) await removeOutputs(outputs);
    await fs.rm(dir, { recursive: true, force: true });
  }
}
