import { frameworkFor, FRAMEWORKS, type Framework } from "../../domain/frameworks";
import { reportProblem, type Problem } from "../../domain/problem";
import { cellAddress, parseRange, rangeAddress } from "../address";
import type { CellWrite, LogEntry, Patch, PatchStep, Snapshot } from "../model";
import { columnSpecs, TABLES, type Language, type TableDef, type TableName } from "../schema";
import { defaultSettings, settingsRows, type Settings } from "./settings";
import { findTables, type FoundTable } from "./tables";

export interface InitOptions {
  fiscalYear: number;
  organisation?: string;
  language?: Language;
  now: Date;
}

export interface OpResult {
  patch: Patch;
  problems: Problem[];
}

const TOOL_ROWS: readonly { key: string; th: string; en: string }[] = [
  { key: "IIT", th: "IIT แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน", en: "IIT internal stakeholders" },
  { key: "EIT1", th: "EIT ส่วนที่ 1", en: "EIT part 1" },
  { key: "EIT2", th: "EIT ส่วนที่ 2", en: "EIT part 2" },
  { key: "EIT", th: "EIT แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก", en: "EIT external stakeholders" },
  { key: "OIT", th: "OIT แบบตรวจการเปิดเผยข้อมูลสาธารณะ", en: "OIT open data" },
  { key: "overall", th: "คะแนนรวม", en: "Overall" },
];

/** Question and item rows: i1–i30, e1–e15 once per survey part, o1–o43, with their indicator. */
function questionRows(fw: Framework): CellWrite[][] {
  const rows: CellWrite[][] = [];
  for (const ind of fw.indicators) {
    const tool = fw.tools.find((t) => t.id === ind.tool)!;
    for (const q of ind.questions ?? []) {
      for (const part of tool.parts ?? [null]) rows.push([q, ind.tool, ind.no, null, part, null]);
    }
    for (const sub of ind.subIndicators ?? []) {
      for (const item of sub.items) rows.push([item, ind.tool, ind.no, sub.id, null, null]);
    }
  }
  return rows;
}

/** What a new table starts with: the settings, the ten indicators, every question and OIT item. */
export function prefill(
  name: TableName,
  fw: Framework,
  settings: Settings,
  language: Language,
): CellWrite[][] {
  switch (name) {
    case "ITA_Settings":
      return settingsRows(settings, language);
    case "ITA_IndicatorScores":
      return fw.indicators.map((i) => [i.no, i[language], i.tool, null, null]);
    case "ITA_QuestionScores":
      return questionRows(fw);
    case "ITA_ToolScores":
      return TOOL_ROWS.map((t) => [t[language], t.key, null, null]);
    case "ITA_OITProgress":
      return fw.oitItems.map((o) => [o.id, o[language], o.sub, null, null, null, null, null]);
    default:
      return [];
  }
}

/** The steps that create one managed table on its own sheet, frozen header, printable. */
export function createTableSteps(def: TableDef, rows: CellWrite[][], language: Language): PatchStep[] {
  return [
    { kind: "ensureSheet", sheet: def.name },
    {
      kind: "writeTable",
      sheet: def.name,
      table: def.name,
      topLeft: "A1",
      columns: columnSpecs(def, language),
      rows,
    },
    { kind: "sheetSetup", sheet: def.name, freezeRows: 1, print: true },
  ];
}

/** The range a new table will cover (header + rows, at least one body row). */
export const footprint = (def: TableDef, rows: number) =>
  rangeAddress({ top: 1, left: 1, bottom: 1 + Math.max(rows, 1), right: def.columns.length });

function looseCellsIn(snapshot: Snapshot, sheet: string, range: string): string[] {
  const box = parseRange(range);
  return Object.keys(snapshot.looseCells[sheet] ?? {}).filter((address) => {
    const cell = parseRange(address);
    return cell.top >= box.top && cell.top <= box.bottom && cell.left >= box.left && cell.left <= box.right;
  });
}

/**
 * A managed table an interrupted init left half made: no value in it, and either none of its
 * headers (Excel named it but the headers were not written yet) or rows init fills in (so an empty
 * settings, scores or OIT table gets its prefilled rows, as a new one would).
 */
const halfMade = (found: FoundTable, rows: readonly CellWrite[][]): boolean =>
  found.table.rows.every((r) => r.every((v) => v === null || v === "")) &&
  (found.columns.size === 0 || rows.length > 0);

const newestFramework = () => FRAMEWORKS[FRAMEWORKS.length - 1]!;

/**
 * Creates every managed table that is missing and leaves the others alone: running it twice
 * changes nothing. A sheet of the same name with the user's cells where a table would go stops
 * that table, naming the cells.
 */
export function initOp(snapshot: Snapshot, options: InitOptions): OpResult {
  const lookup = frameworkFor(options.fiscalYear);
  const problems: Problem[] = [...lookup.problems];
  const fw = lookup.ok ? lookup.framework : newestFramework();
  const language = options.language ?? "th";
  const settings = defaultSettings(options.fiscalYear, fw, options.organisation ?? "");
  settings.language = language;
  const existing = findTables(snapshot);
  const steps: PatchStep[] = [];
  const mustBeEmpty: Patch["mustBeEmpty"] = [];
  const log: LogEntry[] = [];
  const time = options.now.toISOString();
  for (const def of TABLES) {
    const rows = prefill(def.name, fw, settings, language);
    const found = existing.get(def.name);
    if (found && halfMade(found, rows)) {
      // Finished in place, guarded by its fingerprint: running init again repairs an interrupted one.
      const { table, box } = found;
      steps.push(
        {
          kind: "writeTable",
          sheet: table.sheet,
          table: table.name,
          topLeft: cellAddress(box.top, box.left),
          columns: columnSpecs(def, language),
          rows,
          expect: table.fingerprint,
        },
        { kind: "sheetSetup", sheet: table.sheet, freezeRows: 1, print: true },
      );
      log.push({
        time,
        op: "init",
        sheet: table.sheet,
        rows: rows.length,
        detail: `completed table ${def.name}`,
      });
      continue;
    }
    if (found) continue;
    const range = footprint(def, rows.length);
    const blocked = looseCellsIn(snapshot, def.name, range);
    if (blocked.length > 0) {
      const cells = blocked.slice(0, 10).join(", ") + (blocked.length > 10 ? ` +${blocked.length - 10}` : "");
      problems.push(
        reportProblem(
          "error",
          "sheet.notOurs",
          { sheet: def.name, cells },
          { sheet: def.name, cell: blocked[0] },
        ),
      );
      continue;
    }
    steps.push(...createTableSteps(def, rows, language));
    mustBeEmpty.push({ sheet: def.name, range });
    log.push({ time, op: "init", sheet: def.name, rows: rows.length, detail: `created table ${def.name}` });
  }
  return { patch: { op: "init", steps, mustBeEmpty, log }, problems };
}
