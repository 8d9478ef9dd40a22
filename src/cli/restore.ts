import { basename } from "node:path";
import { hasErrors } from "../domain/problem";
import { listBackups, type Backup } from "../workbook/ops/backup";
import { restoreBackupOp } from "../workbook/ops/restore";
import { readSnapshot } from "../workbook/xlsx";
import { problemLines } from "./output";
import { applyOrRefuse, openWorkbook as open, saveWorkbook } from "./workbook-io";
import { guardLostParts, guardReplacedOutput, outputPath, sameFile } from "./safety";
import { CliError, type Cli } from "./types";

/**
 * `restore FILE --list [--json]`: the backups in FILE, newest first (sheet, op, time, and per
 * table its rows and whether the backup is intact).
 * `restore FILE BACKUP (-o OUT | --in-place)`: puts BACKUP's rows back into their tables; what
 * they held goes to a new backup first, so the restore itself can be undone.
 * Exit 0 done, 1 refused (unknown or damaged backup, table gone or edited), 2 usage or unreadable.
 */
export async function restoreCommand(cli: Cli, args: string[]): Promise<number> {
  const [file, backupName, ...extra] = args;
  if (!file) throw new CliError(cli.t("ต้องระบุไฟล์", "A workbook file is required"));
  if (extra.length > 0)
    throw new CliError(cli.t(`ไม่รู้จัก ${extra.join(" ")}`, `Unexpected ${extra.join(" ")}`));
  if (cli.flags.list) {
    if (backupName !== undefined || cli.flags.output)
      throw new CliError(
        cli.t("--list ใช้กับชื่อสำเนาสำรองหรือ -o ไม่ได้", "--list takes no backup name and no -o"),
      );
    return list(cli, file);
  }
  if (backupName === undefined)
    throw new CliError(
      cli.t("ต้องระบุชื่อสำเนาสำรอง (ดูรายชื่อด้วย --list)", "Give the backup to restore (see them with --list)"),
    );
  const output = outputPath(cli, file, cli.flags.output ?? (cli.flags.inPlace ? file : undefined));
  const { workbook, lostParts } = await open(cli, file);
  guardLostParts(cli, file, lostParts, output);
  if (!sameFile(cli.cwd, file, output)) await guardReplacedOutput(cli, cli.flags.output!, output);
  const snapshot = readSnapshot(workbook, { backups: true });
  const result = restoreBackupOp(snapshot, backupName, { now: cli.now(), fallbackYear: cli.fiscalYearNow });
  if (hasErrors(result.problems)) {
    for (const line of problemLines(result.problems, cli.language)) cli.err(line);
    throw new CliError(cli.t("ไม่ได้เขียนอะไรลงไฟล์", "Nothing was written"), 1);
  }
  applyOrRefuse(cli, workbook, result.patch, snapshot);
  await saveWorkbook(cli, workbook, output);
  for (const entry of result.patch.log) cli.out(entry.detail);
  cli.out(cli.t(`เขียนลงใน ${basename(output)}`, `Wrote ${basename(output)}`));
  return 0;
}

async function list(cli: Cli, file: string): Promise<number> {
  const { workbook } = await open(cli, file);
  const backups = listBackups(readSnapshot(workbook, { backups: true }));
  if (cli.flags.json) {
    cli.out(JSON.stringify({ file: basename(file), backups: backups.map(backupJson) }, null, 2));
    return 0;
  }
  if (backups.length === 0) cli.out(cli.t("ไม่มีสำเนาสำรองในไฟล์นี้", "This file holds no backup"));
  for (const b of backups) {
    for (const t of b.tables) {
      const damaged = t.intact ? "" : cli.t("  (เสียหาย/ถูกแก้ไข)", "  (damaged or edited)");
      cli.out(
        `${b.sheet}  ${t.op || "-"}  ${t.time}  ${t.table}  ${cli.t(`${t.rows.length} แถว`, `${t.rows.length} row(s)`)}${damaged}`,
      );
    }
  }
  return 0;
}

const backupJson = (b: Backup) => ({
  backup: b.sheet,
  op: b.op,
  time: b.time,
  tables: b.tables.map((t) => ({
    table: t.table,
    sheet: t.sheet,
    rows: t.rows.length,
    digest: t.digest,
    intact: t.intact,
  })),
});
