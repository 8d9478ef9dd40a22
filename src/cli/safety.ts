import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { extname, join, relative, resolve, isAbsolute } from "node:path";
import { describeLostPart, readWorkbook, type LostPart } from "../workbook/xlsx";
import { CliError, type Cli } from "./types";

/**
 * What the CLI checks before it writes a file: that it does not write over its input unless told
 * (--in-place), that it does not silently drop what ExcelJS cannot write back (--force, and then
 * only into another file), and that the paths it reads are the ones it was given.
 */

const stat = (path: string) => {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
};

/**
 * Whether two paths name the same file: the same path once resolved, or, when both exist, the
 * same file behind a symbolic link, another spelling or a hard link.
 */
export function sameFile(cwd: string, a: string, b: string): boolean {
  const pa = resolve(cwd, a);
  const pb = resolve(cwd, b);
  if (pa === pb) return true;
  const sa = stat(pa);
  const sb = stat(pb);
  return sa !== undefined && sb !== undefined && sa.dev === sb.dev && sa.ino === sb.ino;
}

/** The output path, refusing to overwrite the input unless --in-place was given. */
export function outputPath(cli: Cli, input: string | undefined, output: string | undefined): string {
  if (!output) throw new CliError(cli.t("ต้องระบุไฟล์ผลลัพธ์ด้วย -o FILE", "An output file is required: -o FILE"));
  const path = resolve(cli.cwd, output);
  if (input && sameFile(cli.cwd, input, output) && !cli.flags.inPlace) {
    throw new CliError(
      cli.t(
        `จะไม่เขียนทับไฟล์ต้นฉบับ ${output}: ใช้ --in-place ถ้าต้องการเขียนทับ`,
        `Refusing to overwrite the input ${output}: pass --in-place to do so`,
      ),
    );
  }
  return path;
}

/**
 * Before writing `output` from a workbook read from `source` whose package holds `parts` that
 * ExcelJS would drop: refuses (exit 2, naming each part) unless --force; and refuses even with
 * --force when the output is the source itself, which would lose them for good.
 */
export function guardLostParts(cli: Cli, source: string, parts: readonly LostPart[], output: string): void {
  if (parts.length === 0) return;
  const list = parts.map((p) => `  ${describeLostPart(p)}`).join("\n");
  if (sameFile(cli.cwd, source, output)) {
    throw new CliError(
      cli.t(
        `${source} มีส่วนที่โปรแกรมนี้เขียนกลับไม่ได้ จึงไม่เขียนทับไฟล์นี้ (แม้ใช้ --force):\n${list}\nระบุไฟล์ใหม่ด้วย -o หรือทำในโปรแกรม Excel`,
        `${source} holds parts this tool cannot write back, so it is never overwritten (not even with --force):\n${list}\nGive a new file with -o, or do this in Excel`,
      ),
    );
  }
  if (!cli.flags.force) {
    throw new CliError(
      cli.t(
        `${source} มีส่วนที่จะหายไปในไฟล์ที่เขียนใหม่:\n${list}\nไม่ได้เขียนอะไร: ใช้ --force เพื่อเขียนไฟล์ใหม่โดยไม่มีส่วนเหล่านี้ (ไฟล์เดิมไม่ถูกแตะต้อง)`,
        `${source} holds parts that the file written would lose:\n${list}\nNothing was written: pass --force to write the new file without them (the original is left as it is)`,
      ),
    );
  }
  cli.err(
    cli.t(
      `คำเตือน: ${relative(cli.cwd, output) || output} จะไม่มีส่วนเหล่านี้ของ ${source} (ไฟล์เดิมยังอยู่ครบ):\n${list}`,
      `Warning: ${relative(cli.cwd, output) || output} will not have these parts of ${source} (the original keeps them):\n${list}`,
    ),
  );
}

/**
 * Before a command replaces `output` as a whole with a workbook of its own (report's -o, batch's
 * roll-up): an existing file there must be a workbook holding nothing that would be lost with it.
 * A file that is not a readable .xlsx is never replaced (it may be anything the user keeps).
 */
export async function guardReplacedOutput(cli: Cli, shown: string, output: string): Promise<void> {
  if (!existsSync(output)) return;
  let parts: LostPart[];
  try {
    parts = (await readWorkbook(output)).lostParts;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(
      cli.t(
        `${shown} มีอยู่แล้วและไม่ใช่สมุดงาน .xlsx ที่อ่านได้ จึงไม่เขียนทับ (${reason}): ระบุไฟล์อื่นด้วย -o`,
        `${shown} exists and is not a readable .xlsx workbook, so it is not replaced (${reason}): give another file with -o`,
      ),
    );
  }
  guardLostParts(cli, shown, parts, output);
}

/** Whether `path` is `dir` or inside it. */
export function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/**
 * The workbooks a command reads: files as given, and for a directory the .xlsx files directly in
 * it, in name order, skipping Excel's lock files (~$…), hidden files and any symbolic link that
 * leads outside the directory (each skip is reported on stderr).
 */
export function expandWorkbooks(cli: Cli, args: readonly string[]): string[] {
  const files: string[] = [];
  for (const arg of args) {
    const path = resolve(cli.cwd, arg);
    const info = stat(path);
    if (!info?.isDirectory()) {
      files.push(arg);
      continue;
    }
    const root = realpathSync(path);
    const names = readdirSync(path)
      .filter((n) => extname(n).toLowerCase() === ".xlsx" && !n.startsWith("~$") && !n.startsWith("."))
      .sort();
    for (const name of names) {
      const shown = join(arg, name);
      const full = join(path, name);
      if (lstatSync(full).isSymbolicLink()) {
        let target: string | undefined;
        try {
          target = realpathSync(full);
        } catch {
          target = undefined;
        }
        if (!target || !isInside(root, target)) {
          cli.err(
            cli.t(
              `ข้าม ${shown}: เป็นลิงก์ที่ชี้ออกไปนอกโฟลเดอร์ ${arg}`,
              `Skipped ${shown}: a link that leads outside the folder ${arg}`,
            ),
          );
          continue;
        }
      }
      if (stat(full)?.isFile()) files.push(shown);
    }
  }
  return files;
}
