import { existsSync, readFileSync } from "node:fs";
import { basename, extname, resolve } from "node:path";
import ExcelJS from "exceljs";
import { importGrid, importText, type ImportResult } from "../domain/import";
import { hasErrors } from "../domain/problem";
import { importOp } from "../workbook/ops/import";
import { initOp } from "../workbook/ops/init";
import { readSnapshot } from "../workbook/xlsx";
import { problemLines } from "./output";
import { applyOrRefuse, openWorkbook, saveWorkbook } from "./workbook-io";
import { guardLostParts, sameFile } from "./safety";
import { CliError, type Cli } from "./types";

/** The values of a worksheet as a grid (formulas as their cached results), for importGrid. */
function gridOf(ws: ExcelJS.Worksheet): unknown[][] {
  const grid: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const v = cell.value;
      cells[c - 1] = cell.formula
        ? (cell.result ?? null)
        : v && typeof v === "object" && "richText" in v
          ? cell.text
          : v;
    });
    grid[r - 1] = cells;
  });
  return Array.from(grid, (row) => row ?? []);
}

/** Reads one source: a text export (.txt, .tsv, .md…) or every sheet of a workbook a user pasted tables into. */
async function readSource(cli: Cli, file: string): Promise<ImportResult[]> {
  const path = resolve(cli.cwd, file);
  if (!existsSync(path)) throw new CliError(cli.t(`ไม่พบไฟล์ ${file}`, `No such file: ${file}`));
  if (extname(path).toLowerCase() !== ".xlsx") {
    return [importText(readFileSync(path, "utf8"), { name: basename(file) })];
  }
  const { workbook } = await openWorkbook(cli, file);
  return workbook.worksheets
    .filter((ws) => !/^(ita_|_ita_)/i.test(ws.name))
    .map((ws) => importGrid(gridOf(ws), { sheet: `${basename(file)}:${ws.name}` }));
}

/**
 * `import SOURCE... -o FILE`: reads the tables of real reports into FILE's managed tables (FILE is
 * created, or the missing tables are added to it). Prints what was found and every problem with
 * its line and column; `--json` prints {tables, problems}.
 */
export async function importCommand(cli: Cli, sources: string[]): Promise<number> {
  if (sources.length === 0)
    throw new CliError(cli.t("ต้องระบุเอกสารอย่างน้อยหนึ่งไฟล์", "Give at least one document to import"));
  if (!cli.flags.output)
    throw new CliError(cli.t("ต้องระบุไฟล์ผลลัพธ์ด้วย -o FILE", "An output file is required: -o FILE"));
  const output = resolve(cli.cwd, cli.flags.output);
  if (sources.some((s) => sameFile(cli.cwd, s, output))) {
    throw new CliError(cli.t("ไฟล์ผลลัพธ์ต้องไม่ใช่เอกสารต้นฉบับ", "The output must not be one of the documents"));
  }
  const results: { source: string; result: ImportResult }[] = [];
  for (const [i, source] of sources.entries()) {
    cli.progress(i, sources.length, basename(source));
    for (const result of await readSource(cli, source)) results.push({ source, result });
  }
  cli.progress(sources.length, sources.length, "");

  const existing = existsSync(output);
  const opened = existing ? await openWorkbook(cli, cli.flags.output) : undefined;
  if (opened) guardLostParts(cli, cli.flags.output, opened.lostParts, output);
  const workbook = opened?.workbook ?? new ExcelJS.Workbook();
  const init = initOp(readSnapshot(workbook), {
    fiscalYear: cli.flags.year ?? cli.fiscalYearNow,
    organisation: cli.flags.org ?? "",
    language: cli.flags.lang ?? "th",
    now: cli.now(),
  });
  if (hasErrors(init.problems)) throw new CliError(problemLines(init.problems, cli.language).join("\n"), 1);
  applyOrRefuse(cli, workbook, init.patch, readSnapshot(workbook));
  const tables = results.flatMap((r) => r.result.tables);
  const written = importOp(readSnapshot(workbook), tables, {
    now: cli.now(),
    fallbackYear: cli.fiscalYearNow,
  });
  if (hasErrors(written.problems))
    throw new CliError(problemLines(written.problems, cli.language).join("\n"), 1);
  applyOrRefuse(cli, workbook, written.patch, readSnapshot(workbook));
  await saveWorkbook(cli, workbook, output);

  const problems = results.flatMap(({ source, result }) =>
    result.problems.map((p) => ({
      source: basename(source),
      line: p.line ?? null,
      column: p.col ?? p.cell ?? null,
      severity: p.severity,
      code: p.code,
      message: p[cli.language],
    })),
  );
  if (cli.flags.json) {
    const json = tables.map((t) => ({ kind: t.kind, rows: t.rows.length, sheet: t.table, table: t.table }));
    cli.out(JSON.stringify({ output: basename(output), tables: json, problems }, null, 2));
  } else {
    for (const t of tables)
      cli.out(
        cli.t(
          `${t.kind}: ${t.rows.length} แถว → ${t.table}`,
          `${t.kind}: ${t.rows.length} row(s) → ${t.table}`,
        ),
      );
    for (const p of problems)
      cli.err(
        `${p.source}${p.line ? `:${p.line}` : ""}${p.column ? `:${p.column}` : ""}  ${p.message} [${p.code}]`,
      );
    cli.out(cli.t(`เขียนลงใน ${basename(output)}`, `Wrote ${basename(output)}`));
  }
  return problems.some((p) => p.severity === "error") ? 1 : 0;
}
