import { existsSync } from "node:fs";
import { basename } from "node:path";
import { hasErrors, type Problem } from "../domain/problem";
import { statusInfo, parseStatus } from "../domain/status";
import type { Patch } from "../workbook/model";
import { mergePatches } from "../workbook/merge-patches";
import { initOp } from "../workbook/ops/init";
import { readWorkbookModel, type WorkbookModel } from "../workbook/ops/read-model";
import { summaryOp } from "../workbook/ops/summary";
import { flagWeakOp } from "../workbook/ops/flag-weak";
import { rawRows } from "../workbook/ops/tables";
import type { Language } from "../workbook/schema";
import ExcelJS from "exceljs";
import { readSnapshot } from "../workbook/xlsx";
import { jsonProblem, problemLines, r2, table } from "./output";
import { applyOrRefuse, openWorkbook, saveWorkbook } from "./workbook-io";
import { guardLostParts, guardReplacedOutput, outputPath, sameFile } from "./safety";
import { openTables } from "./read";
import type { Cli } from "./types";
import { CliError } from "./types";

/** Opens a workbook for reading; an unreadable file is a usage error (exit 2) naming it. */
const open = openWorkbook;

function failOnErrors(cli: Cli, problems: Problem[]): void {
  if (hasErrors(problems)) {
    cli.err(problemLines(problems, cli.language).join("\n"));
    throw new CliError(cli.t("ไม่ได้เขียนอะไรลงไฟล์", "Nothing was written"), 1);
  }
}

function applyOrFail(cli: Cli, workbook: ExcelJS.Workbook, result: { patch: Patch; problems: Problem[] }) {
  const snapshot = readSnapshot(workbook);
  failOnErrors(cli, result.problems);
  applyOrRefuse(cli, workbook, result.patch, snapshot);
}

export async function init(cli: Cli, args: string[]): Promise<number> {
  const output = outputPath(cli, undefined, cli.flags.output);
  const exists = existsSync(output);
  if (exists && !cli.flags.inPlace) {
    throw new CliError(
      cli.t(
        `${cli.flags.output} มีอยู่แล้ว: ใช้ --in-place เพื่อเพิ่มตารางที่ขาดลงในไฟล์นั้น`,
        `${cli.flags.output} exists: pass --in-place to add the missing tables to it`,
      ),
    );
  }
  if (args.length > 0) throw new CliError(cli.t(`ไม่รู้จัก ${args.join(" ")}`, `Unexpected ${args.join(" ")}`));
  const opened = exists ? await open(cli, output) : undefined;
  if (opened) guardLostParts(cli, cli.flags.output!, opened.lostParts, output);
  const workbook = opened?.workbook ?? new ExcelJS.Workbook();
  const result = initOp(readSnapshot(workbook), {
    fiscalYear: cli.flags.year ?? cli.fiscalYearNow,
    organisation: cli.flags.org ?? "",
    language: cli.flags.lang ?? "th",
    now: cli.now(),
  });
  applyOrFail(cli, workbook, result);
  for (const line of problemLines(result.problems, cli.language)) cli.err(line);
  await saveWorkbook(cli, workbook, output);
  const created = result.patch.log.map((l) => l.sheet);
  cli.out(
    created.length
      ? cli.t(
          `สร้าง ${created.join(", ")} ใน ${basename(output)}`,
          `Created ${created.join(", ")} in ${basename(output)}`,
        )
      : cli.t("มีตารางครบแล้ว ไม่มีอะไรเปลี่ยน", "Every table is already there; nothing changed"),
  );
  return 0;
}

async function model(cli: Cli, file: string | undefined): Promise<WorkbookModel> {
  if (!file) throw new CliError(cli.t("ต้องระบุไฟล์", "A workbook file is required"));
  const { snapshot } = await openTables(cli, file);
  return readWorkbookModel(snapshot, cli.fiscalYearNow);
}

export async function check(cli: Cli, args: string[]): Promise<number> {
  const m = await model(cli, args[0]);
  const errors = m.problems.filter((p) => p.severity === "error").length;
  if (cli.flags.json) {
    const problems = m.problems.map((p) => jsonProblem(p, cli.language));
    cli.out(
      JSON.stringify({ file: args[0], errors, warnings: m.problems.length - errors, problems }, null, 2),
    );
  } else {
    for (const line of problemLines(m.problems, cli.language)) cli.out(line);
    cli.out(
      cli.t(
        `ผิดพลาด ${errors} รายการ คำเตือน ${m.problems.length - errors} รายการ`,
        `${errors} error(s), ${m.problems.length - errors} warning(s)`,
      ),
    );
  }
  return errors > 0 ? 1 : 0;
}

/** The JSON of `score`: every number rounded to 2 decimals. */
export function scoreJson(m: WorkbookModel, language: Language) {
  const s = m.score;
  const weakIndicators = new Set(
    m.weak.filter((w) => w.level === "indicator" && w.kind === "below").map((w) => w.indicator),
  );
  return {
    framework: m.framework.id,
    passMark: s.passMark,
    overall: r2(s.overall),
    level: s.level ? s.level[language] : null,
    tools: Object.fromEntries(s.tools.map((t) => [t.id, r2(t.score)])),
    indicators: s.indicators.map((i) => ({
      no: i.no,
      tool: i.tool,
      score: r2(i.score),
      source: i.source,
      complete: i.complete,
      weak: weakIndicators.has(i.no),
    })),
    weak: m.weak.map((w) => ({
      kind: w.kind,
      level: w.level,
      id: w.id,
      score: r2(w.score),
      gap: r2(w.gap),
      gain: r2(w.gain),
    })),
    warnings: m.problems.map((p) => jsonProblem(p, language)),
  };
}

export async function score(cli: Cli, args: string[]): Promise<number> {
  const m = await model(cli, args[0]);
  const json = scoreJson(m, cli.language);
  if (cli.flags.json) {
    cli.out(JSON.stringify(json, null, 2));
    return 0;
  }
  const show = (v: number | null) => (v === null ? "—" : v.toFixed(2));
  cli.out(`${cli.t("คะแนนรวม", "Overall")}: ${show(json.overall)}  ${json.level ?? ""}`);
  cli.out(
    `IIT ${show(json.tools.IIT ?? null)} · EIT ${show(json.tools.EIT ?? null)} · OIT ${show(json.tools.OIT ?? null)}`,
  );
  const rows = json.indicators.map((i) => [
    String(i.no),
    i.tool,
    show(i.score),
    i.source,
    i.weak ? cli.t("ต่ำกว่าเกณฑ์", "weak") : "",
  ]);
  cli.out(
    table([
      [
        cli.t("ตัวชี้วัด", "Indicator"),
        cli.t("เครื่องมือ", "Tool"),
        cli.t("คะแนน", "Score"),
        cli.t("ที่มา", "Source"),
        "",
      ],
      ...rows,
    ]),
  );
  const top = json.weak.filter((w) => w.level === "indicator").slice(0, 5);
  if (top.length) {
    cli.out(cli.t("ควรแก้ก่อน (คะแนนรวมที่จะเพิ่มถ้าถึงเกณฑ์):", "Fix first (overall gained at the pass mark):"));
    for (const w of top)
      cli.out(`  ${cli.t("ตัวชี้วัดที่", "indicator")} ${w.id}: ${show(w.score)} → +${show(w.gain)}`);
  }
  for (const line of problemLines(m.problems, cli.language)) cli.err(line);
  return 0;
}

export function planJson(m: WorkbookModel, language: Language) {
  const t = m.plan.totals;
  const round = (record: Record<string, number>) =>
    Object.fromEntries(Object.entries(record).map(([k, v]) => [k, r2(v)]));
  return {
    projects: t.projects,
    budget: r2(t.budget),
    byDimension: round(t.byDimension),
    quarterCounts: t.quarterCounts,
    byOwner: round(t.byOwner),
    spent: r2(t.spent),
    budgetReportingSpent: r2(t.budgetReportingSpent),
    byYear: round(t.byYear),
    warnings: m.problems
      .filter((p) => p.sheet === "ITA_Plan" || p.code.startsWith("plan."))
      .map((p) => jsonProblem(p, language)),
  };
}

export async function plan(cli: Cli, args: string[]): Promise<number> {
  const m = await model(cli, args[0]);
  const json = planJson(m, cli.language);
  if (cli.flags.json) {
    cli.out(JSON.stringify(json, null, 2));
    return 0;
  }
  const money = (v: number | null | undefined) =>
    (v ?? 0).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  cli.out(
    `${cli.t("โครงการ", "Projects")}: ${json.projects} · ${cli.t("งบประมาณ", "Budget")}: ${money(json.budget)} · ${cli.t("เบิกจ่าย", "Spent")}: ${money(json.spent)}`,
  );
  cli.out(
    table([
      [cli.t("มิติ", "Dimension"), cli.t("งบประมาณ", "Budget")],
      ...Object.entries(json.byDimension).map(([d, v]) => [d, money(v)]),
    ]),
  );
  cli.out(`${cli.t("จำนวนโครงการรายไตรมาส", "Projects by quarter")}: ${json.quarterCounts.join(" / ")}`);
  for (const line of json.warnings)
    cli.err(`${line.sheet ?? ""}${line.cell ? `!${line.cell}` : ""}  ${line.message}`);
  return 0;
}

export async function report(cli: Cli, args: string[]): Promise<number> {
  const input = args[0];
  if (!input) throw new CliError(cli.t("ต้องระบุไฟล์", "A workbook file is required"));
  const output = outputPath(cli, input, cli.flags.output);
  const { workbook, snapshot, lostParts } = await open(cli, input);
  guardLostParts(cli, input, lostParts, output);
  if (!sameFile(cli.cwd, input, output)) await guardReplacedOutput(cli, cli.flags.output!, output);
  // One read: flag weak reads only the score tables and settings, which the summary leaves as they are.
  const ops = [summaryOp, flagWeakOp].map((op) => {
    const result = op(snapshot, cli.now(), cli.fiscalYearNow);
    failOnErrors(cli, result.problems);
    return result.patch;
  });
  applyOrRefuse(cli, workbook, mergePatches(ops), snapshot);
  await saveWorkbook(cli, workbook, output);
  cli.out(cli.t(`เขียนชีตสรุปลงใน ${basename(output)}`, `Wrote the summary sheet to ${basename(output)}`));
  return 0;
}

/** Cell values for export: statuses as stable keys, blanks as null. */
function exportValue(key: string, value: unknown): unknown {
  if (key === "status") return parseStatus(value) ?? value;
  return value;
}

export async function exportJson(cli: Cli, args: string[]): Promise<number> {
  const m = await model(cli, args[0]);
  const tables: Record<string, unknown> = {};
  for (const [name, found] of m.tables) {
    tables[name] = rawRows(found)
      .filter((r) => Object.values(r.values).some((v) => v !== null && v !== ""))
      .map((r) => Object.fromEntries(Object.entries(r.values).map(([k, v]) => [k, exportValue(k, v)])));
  }
  const statuses = Object.fromEntries(
    ["not-started", "in-progress", "done"].map((k) => [k, statusInfo(k as "done").th]),
  );
  cli.out(JSON.stringify({ file: args[0], settings: m.settings, statuses, tables }, null, 2));
  return 0;
}

export { batch } from "./batch";
