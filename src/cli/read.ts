import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { readWorkbookTables, type TablesRead } from "../workbook/xlsx/fast";
import { unreadable } from "./workbook-io";
import { CliError, type Cli } from "./types";

/**
 * Opens a workbook for the commands that only read it, through the fast reader (the managed
 * tables alone); it falls back to the full ExcelJS read by itself, which `ITA_VERBOSE=1` reports.
 * An unreadable file is a usage error (exit 2) naming it.
 */
export async function openTables(cli: Cli, file: string): Promise<TablesRead> {
  const path = resolve(cli.cwd, file);
  if (!existsSync(path)) throw new CliError(cli.t(`ไม่พบไฟล์ ${file}`, `No such file: ${file}`));
  let read: TablesRead;
  try {
    read = await readWorkbookTables(path, file);
  } catch (error) {
    throw unreadable(cli, file, error);
  }
  if (read.fallback && process.env.ITA_VERBOSE === "1") {
    cli.err(
      cli.t(
        `อ่าน ${file} ด้วย ExcelJS ทั้งไฟล์ (${read.fallback})`,
        `Read ${file} in full with ExcelJS (${read.fallback})`,
      ),
    );
  }
  return read;
}
