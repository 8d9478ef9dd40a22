import type { Framework, Indicator, ToolId } from "../../domain/frameworks";
import { TOOL_IDS } from "../../domain/frameworks";
import { PLAN_DIMENSIONS } from "../../domain/plan";
import { describeLocation, reportProblem, type Problem } from "../../domain/problem";
import { cellAddress, rangeAddress } from "../address";
import {
  SUMMARY_SHEET,
  type CellPut,
  type CellStyle,
  type CellWrite,
  type ConditionalFormat,
  type Patch,
  type PatchStep,
  type Snapshot,
} from "../model";
import type { Language, TableName } from "../schema";
import type { OpResult } from "./init";
import { readWorkbookModel, type WorkbookModel } from "./read-model";
import { headerOf, readsOf, type FoundTable } from "./tables";
import { trustProblem } from "./trust-messages";

/**
 * The summary sheet (สรุป): every figure a native Excel formula over the managed tables, using only
 * functions that Excel 2016 and LibreOffice both compute (SUM, SUMIFS, COUNTIFS, AVERAGEIFS, INDEX,
 * MATCH, IF, IFERROR, ROUND, MIN, COUNT, AVERAGE, SUMPRODUCT; no LET, IFS, XLOOKUP or dynamic
 * arrays), so a reviewer without the add-in sees the figures the add-in computes. The formulas
 * follow the core's rules: an indicator's score comes from its questions when all are present,
 * else the reported score stands; EIT is the mean over parts; OIT goes item → sub-indicator →
 * indicator; the level compares scores rounded to 2 decimals.
 */

/** First cell of the sheet: marks the sheet as the add-in's own, so a refresh may clear it. */
export const SUMMARY_MARKER = "ITA Workbook · สรุปผล / Summary";

const LABELS = {
  th: {
    note: "ทุกตัวเลขในชีตนี้เป็นสูตรของ Excel จากตาราง ITA_* · สร้างใหม่ได้ทุกเมื่อ (ห้ามพิมพ์ทับ)",
    fiscalYear: "ปีงบประมาณ",
    result: "ผลการประเมิน",
    item: "รายการ",
    used: "คะแนน",
    reported: "ที่รายงาน",
    weight: "น้ำหนัก",
    level: "ระดับ",
    overall: "คะแนนรวม",
    minTool: "คะแนนเครื่องมือต่ำสุด",
    passMark: "เกณฑ์ผ่าน",
    eitPart: "EIT ส่วนที่",
    indicators: "รายตัวชี้วัด",
    no: "ตัวชี้วัดที่",
    name: "ตัวชี้วัด",
    tool: "เครื่องมือ",
    computed: "จากรายข้อ",
    part: "ส่วนที่",
    present: "ข้อที่มี",
    expected: "ข้อที่ต้องมี",
    lastYear: "ปีที่แล้ว",
    weak: "ต่ำกว่าเกณฑ์",
    drop: "ลดลง",
    gain: "คะแนนรวมเพิ่มถ้าถึงเกณฑ์",
    weakMark: "ต่ำกว่าเกณฑ์",
    dropMark: "ลดลงจากปีที่แล้ว",
    subIndicators: "ตัวชี้วัดย่อยของ OIT",
    sub: "ตัวชี้วัดย่อย",
    plan: "แผนปฏิบัติการป้องกันการทุจริต",
    projects: "จำนวนโครงการ",
    budget: "งบประมาณ (บาท)",
    spent: "เบิกจ่ายจริง (บาท)",
    budgetReporting: "งบประมาณของโครงการที่รายงานการเบิกจ่าย",
    remaining: "คงเหลือ",
    spentShare: "สัดส่วนการเบิกจ่าย",
    dimension: "มิติ",
    quarter: "ไตรมาส",
    quarterBudget: "งบประมาณของโครงการที่ดำเนินการในไตรมาส",
    owner: "ผู้รับผิดชอบ",
    noOwner: "(ไม่ระบุ)",
  },
  en: {
    note: "Every figure on this sheet is an Excel formula over the ITA_* tables · regenerate it any time (do not type over it)",
    fiscalYear: "Fiscal year",
    result: "Result",
    item: "Item",
    used: "Score",
    reported: "Reported",
    weight: "Weight",
    level: "Level",
    overall: "Overall",
    minTool: "Lowest tool score",
    passMark: "Pass mark",
    eitPart: "EIT part",
    indicators: "Indicators",
    no: "Indicator",
    name: "Name",
    tool: "Tool",
    computed: "From questions",
    part: "Part",
    present: "Present",
    expected: "Expected",
    lastYear: "Last year",
    weak: "Below pass mark",
    drop: "Dropped",
    gain: "Overall gain at the pass mark",
    weakMark: "below pass mark",
    dropMark: "lower than last year",
    subIndicators: "OIT sub-indicators",
    sub: "Sub-indicator",
    plan: "Anti-corruption action plan",
    projects: "Projects",
    budget: "Budget (baht)",
    spent: "Spent (baht)",
    budgetReporting: "Budget of projects reporting spending",
    remaining: "Remaining",
    spentShare: "Share spent",
    dimension: "Dimension",
    quarter: "Quarter",
    quarterBudget: "Budget of projects running in the quarter",
    owner: "Responsible division",
    noOwner: "(none)",
  },
} as const;

type Labels = (typeof LABELS)[Language];

/** Hidden columns holding the unrounded values the visible, rounded ones show (see SheetWriter.score). */
const RAW_COL = { computed: 16, part1: 17, part2: 18, used: 19 } as const;
const RAW = { computed: "P", part1: "Q", part2: "R", used: "S" } as const;

const HEADER: CellStyle = { bold: true, fill: "D9E2F3" };
const TITLE: CellStyle = { bold: true, size: 20 };
const SECTION: CellStyle = { bold: true, size: 16 };
const SCORE: CellStyle = { numFmt: "0.00" };
const MONEY: CellStyle = { numFmt: "#,##0.00" };

/** A structured reference to a column: ITA_Plan[งบประมาณ (บาท)], with [ ] # ' escaped. */
function column(found: FoundTable, key: string): string {
  const header = headerOf(found, key);
  if (header === undefined) throw new MissingColumn(found.def.name, key);
  return `${found.table.name}[${header.replace(/['[\]#]/g, "'$&")}]`;
}

class MissingColumn extends Error {
  constructor(
    readonly table: string,
    readonly column: string,
  ) {
    super(`${table} has no ${column} column`);
  }
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * A SUMIFS/COUNTIFS criterion that matches `text` exactly: "=" keeps a leading < > = from being
 * read as a comparison, and ~ escapes the wildcards * ? and ~ itself (an owner "กอง*" must not
 * also count "กองคลัง").
 */
export const literalCriterion = (text: string): string => quote(`=${text.replace(/[~*?]/g, "~$&")}`);

/** INDEX/MATCH of one cell of a table, "" when blank or absent (INDEX alone would give 0 for a blank). */
function lookup(found: FoundTable, valueKey: string, keyKey: string, key: string | number): string {
  const keyText = typeof key === "number" ? String(key) : quote(key);
  const cell = `INDEX(${column(found, valueKey)},MATCH(${keyText},${column(found, keyKey)},0))`;
  return `IFERROR(IF(${cell}="","",${cell}),"")`;
}

class SheetWriter {
  readonly cells: CellPut[] = [];
  row = 1;

  put(col: number, value: CellWrite, style?: CellStyle): string {
    const address = cellAddress(this.row, col);
    this.cells.push(style ? { address, value, style } : { address, value });
    return address;
  }

  formula(col: number, text: string, style?: CellStyle): string {
    return this.put(col, { formula: text }, style);
  }

  /**
   * A score shown rounded half up to 2 decimals, computed unrounded in a hidden column: LibreOffice
   * displays 80.10499999999999 as 80.10 where Excel shows 80.11, and only ROUND makes both show the
   * core's figure, while the formulas that build on it keep the unrounded value, as the core does.
   * Returns the address of the unrounded cell.
   */
  score(col: number, rawCol: number, formula: string, style: CellStyle = SCORE): string {
    const raw = this.formula(rawCol, formula, SCORE);
    this.formula(col, `IF(${raw}="","",ROUND(${raw},2))`, style);
    return raw;
  }

  headers(labels: readonly string[]): void {
    labels.forEach((label, i) => this.put(i + 1, label, HEADER));
    this.row++;
  }
}

interface Context {
  w: SheetWriter;
  t: Labels;
  language: Language;
  fw: Framework;
  tables: Map<TableName, FoundTable>;
  settings: (key: string) => string;
  formats: ConditionalFormat[];
  /** First rows of the indicator and sub-indicator sections: formulas above them point into them. */
  indicatorTop: number;
  subTop: number;
}

function overallSection(c: Context): {
  tools: Record<ToolId, string>;
  overall: string;
  level: string;
  pass: string;
} {
  const { w, t, tables, settings } = c;
  const reported = tables.get("ITA_ToolScores");
  const rep = (key: string) => (reported ? lookup(reported, "score", "key", key) : '""');
  w.put(1, t.result, SECTION);
  w.row++;
  w.headers([t.item, t.used, t.reported, t.weight]);
  const toolCells = {} as Record<ToolId, string>;
  const firstToolRow = w.row;
  const indicatorRange = (tool: ToolId) => c.fw.indicators.filter((i) => i.tool === tool);
  for (const id of TOOL_IDS) {
    w.put(1, id);
    const inds = indicatorRange(id);
    const usedRange = `${RAW.used}${indicatorRowOf(c, inds[0]!)}:${RAW.used}${indicatorRowOf(c, inds[inds.length - 1]!)}`;
    toolCells[id] = w.score(
      2,
      RAW_COL.computed,
      `IF(COUNT(${usedRange})=${inds.length},AVERAGE(${usedRange}),${RAW.part1}${w.row})`,
    );
    if (id === "EIT") {
      const parts = `${RAW.part1}${firstToolRow + 5}:${RAW.part1}${firstToolRow + 6}`;
      w.score(
        3,
        RAW_COL.part1,
        `IF(${rep("EIT")}<>"",${rep("EIT")},IF(COUNT(${parts})>0,AVERAGE(${parts}),""))`,
      );
    } else w.score(3, RAW_COL.part1, rep(id));
    w.formula(4, settings(`weight${id}`), { numFmt: "0.00" });
    w.row++;
  }
  const tools = `${RAW.computed}${firstToolRow}:${RAW.computed}${firstToolRow + 2}`;
  w.put(1, t.overall, { bold: true });
  const weights = `D${firstToolRow}:D${firstToolRow + 2}`;
  const overall = w.score(
    2,
    RAW_COL.computed,
    `IF(COUNT(${tools})=3,SUMPRODUCT(${tools},${weights}),${RAW.part1}${w.row})`,
    { ...SCORE, bold: true },
  );
  w.score(3, RAW_COL.part1, rep("overall"));
  w.row++;
  w.put(1, t.minTool);
  const minTool = w.formula(
    2,
    `IF(COUNT(${tools})=3,MIN(ROUND(${toolCells.IIT},2),ROUND(${toolCells.EIT},2),ROUND(${toolCells.OIT},2)),"")`,
    SCORE,
  );
  w.row++;
  for (const part of [1, 2]) {
    w.put(1, `${t.eitPart} ${part}`);
    w.score(3, RAW_COL.part1, rep(`EIT${part}`));
    w.row++;
  }
  w.put(1, t.passMark);
  const pass = w.formula(2, settings("passMark"), SCORE);
  w.row++;
  w.put(1, t.level, { bold: true });
  const level = w.formula(2, levelFormula(c.fw, overall, minTool, c.language), { bold: true });
  w.row += 2;
  c.formats.push({
    ref: rangeAddress({ top: firstToolRow, left: 2, bottom: firstToolRow + 3, right: 2 }),
    rules: [{ type: "dataBar", min: 0, max: 100, color: "5B9BD5" }],
  });
  return { tools: toolCells, overall, level, pass };
}

/** Nested IF over the framework's levels, best first, on the overall rounded to 2 decimals. */
function levelFormula(fw: Framework, overall: string, minTool: string, language: Language): string {
  const o = `ROUND(${overall},2)`;
  let formula = '""';
  for (const rule of [...fw.levels].reverse()) {
    const name = quote(rule[language]);
    if (rule.minEachTool === undefined) formula = `IF(${o}>=${rule.minOverall},${name},${formula})`;
    else {
      // Unknown tool scores leave the level open, as the core does, instead of falling to a lower one.
      const decided = `IF(${minTool}="","",IF(${minTool}>=${rule.minEachTool},${name},${formula}))`;
      formula = `IF(${o}>=${rule.minOverall},${decided},${formula})`;
    }
  }
  return `IF(${overall}="","",${formula})`;
}

/** Row of an indicator in the indicator section (fixed layout: header row, then one row each). */
const indicatorRowOf = (c: Context, ind: Indicator) => c.indicatorTop + c.fw.indicators.indexOf(ind);

function indicatorSection(c: Context, pass: string): void {
  const { w, t, fw, tables, settings } = c;
  const q = tables.get("ITA_QuestionScores")!;
  const ind = tables.get("ITA_IndicatorScores")!;
  w.put(1, t.indicators, SECTION);
  w.row++;
  w.headers([
    t.no,
    t.name,
    t.tool,
    t.computed,
    `${t.part} 1`,
    `${t.part} 2`,
    t.present,
    t.expected,
    t.reported,
    t.used,
    t.lastYear,
    t.weak,
    t.drop,
    t.gain,
  ]);
  const score = column(q, "score");
  const byInd = column(q, "indicator");
  const part = column(q, "part");
  for (const indicator of fw.indicators) {
    const r = w.row;
    const k = indicator.no;
    const tool = fw.tools.find((x) => x.id === indicator.tool)!;
    w.put(1, k);
    w.put(2, indicator[c.language]);
    w.put(3, indicator.tool);
    const all = `IFERROR(AVERAGEIFS(${score},${byInd},${k}),"")`;
    if (tool.method === "parts") {
      const parts = `${RAW.part1}${r}:${RAW.part2}${r}`;
      for (const p of [1, 2])
        w.score(4 + p, RAW_COL.part1 + p - 1, `IFERROR(AVERAGEIFS(${score},${byInd},${k},${part},${p}),"")`);
      w.score(4, RAW_COL.computed, `IF(COUNT(${parts})>0,AVERAGE(${parts}),${all})`);
      const n = indicator.questions!.length;
      w.formula(
        8,
        `IF(COUNTIFS(${byInd},${k},${part},"<>",${score},"<>")>0,${n * (tool.parts?.length ?? 1)},${n})`,
      );
    } else if (tool.method === "items") {
      const subs = indicator.subIndicators ?? [];
      const first = c.subTop + fw.indicators.flatMap((i) => i.subIndicators ?? []).indexOf(subs[0]!);
      const range = `${RAW.computed}${first}:${RAW.computed}${first + subs.length - 1}`;
      w.score(4, RAW_COL.computed, subs.length ? `IF(COUNT(${range})=0,"",AVERAGE(${range}))` : '""');
      w.put(
        8,
        subs.reduce((s, sub) => s + sub.items.length, 0),
      );
    } else {
      w.score(4, RAW_COL.computed, all);
      w.put(8, indicator.questions?.length ?? 0);
    }
    const computed = `${RAW.computed}${r}`;
    w.formula(7, `COUNTIFS(${byInd},${k},${score},"<>")`);
    w.formula(9, lookup(ind, "score", "no", k), SCORE);
    const used = w.score(
      10,
      RAW_COL.used,
      `IF(AND(${computed}<>"",G${r}=H${r}),${computed},IF(I${r}<>"",I${r},${computed}))`,
    );
    w.formula(11, lookup(ind, "lastYear", "no", k), SCORE);
    w.formula(12, `IF(${used}="","",IF(ROUND(${used},2)<${pass},${quote(t.weakMark)},""))`);
    w.formula(
      13,
      `IF(OR(${used}="",K${r}=""),"",IF(ROUND(${used},2)<ROUND(K${r},2),${quote(t.dropMark)},""))`,
    );
    const nInTool = fw.indicators.filter((i) => i.tool === indicator.tool).length;
    w.formula(
      14,
      `IF(L${r}="","",ROUND(${settings(`weight${indicator.tool}`)}/${nInTool}*(${pass}-${used}),2))`,
      SCORE,
    );
    w.row++;
  }
  const bottom = w.row - 1;
  c.formats.push({
    ref: `J${c.indicatorTop}:J${bottom}`,
    rules: [{ type: "dataBar", min: 0, max: 100, color: "5B9BD5" }],
  });
  c.formats.push({
    ref: `L${c.indicatorTop}:M${bottom}`,
    rules: [
      { type: "expression", formula: `L${c.indicatorTop}<>""`, fill: "F8CBAD", color: "9C0006", bold: true },
    ],
  });
  w.row++;
}

function subIndicatorSection(c: Context): void {
  const { w, t, fw, tables } = c;
  const q = tables.get("ITA_QuestionScores")!;
  w.put(1, t.subIndicators, SECTION);
  w.row++;
  w.headers([t.sub, t.name, t.no, t.used, t.present, t.expected]);
  for (const indicator of fw.indicators) {
    for (const sub of indicator.subIndicators ?? []) {
      w.put(1, sub.id);
      w.put(2, sub[c.language]);
      w.put(3, indicator.no);
      w.score(
        4,
        RAW_COL.computed,
        `IFERROR(AVERAGEIFS(${column(q, "score")},${column(q, "sub")},${quote(sub.id)}),"")`,
      );
      w.formula(5, `COUNTIFS(${column(q, "sub")},${quote(sub.id)},${column(q, "score")},"<>")`);
      w.put(6, sub.items.length);
      w.row++;
    }
  }
  w.row++;
}

function planSection(c: Context, model: WorkbookModel): void {
  const { w, t, tables } = c;
  const plan = tables.get("ITA_Plan");
  if (!plan) return;
  const budget = column(plan, "budget");
  const spent = column(plan, "spent");
  w.put(1, t.plan, SECTION);
  w.row++;
  const line = (label: string, formula: string, style: CellStyle = MONEY) => {
    w.put(1, label);
    const address = w.formula(2, formula, style);
    w.row++;
    return address;
  };
  line(t.projects, `COUNTA(${column(plan, "name")})`, { numFmt: "0" });
  line(t.budget, `SUM(${budget})`);
  const spentCell = line(t.spent, `SUM(${spent})`);
  const reporting = line(t.budgetReporting, `SUMIFS(${budget},${spent},"<>")`);
  line(t.remaining, `${reporting}-${spentCell}`);
  line(t.spentShare, `IF(${reporting}=0,"",${spentCell}/${reporting})`, { numFmt: "0.00%" });
  w.row++;
  w.headers([t.dimension, t.name, t.projects, t.budget]);
  const dim = column(plan, "dimension");
  for (const d of PLAN_DIMENSIONS) {
    w.put(1, d.no);
    w.put(2, d[c.language]);
    w.formula(3, `COUNTIFS(${dim},${d.no})`, { numFmt: "0" });
    w.formula(4, `SUMIFS(${budget},${dim},${d.no})`, MONEY);
    w.row++;
  }
  w.row++;
  w.headers([t.quarter, t.projects, t.quarterBudget]);
  for (const q of [1, 2, 3, 4]) {
    const ticks = column(plan, `q${q}`);
    w.put(1, q);
    w.formula(2, `COUNTIF(${ticks},TRUE)`, { numFmt: "0" });
    w.formula(3, `SUMIFS(${budget},${ticks},TRUE)`, MONEY);
    w.row++;
  }
  w.row++;
  w.headers([t.owner, t.projects, t.budget, t.spent]);
  const owner = column(plan, "owner");
  for (const name of Object.keys(model.plan.totals.byOwner).sort((a, b) => a.localeCompare(b, "th"))) {
    const criterion = name === "" ? '""' : literalCriterion(name);
    w.put(1, name === "" ? t.noOwner : name);
    w.formula(2, `COUNTIFS(${owner},${criterion})`, { numFmt: "0" });
    w.formula(3, `SUMIFS(${budget},${owner},${criterion})`, MONEY);
    w.formula(4, `SUMIFS(${spent},${owner},${criterion})`, MONEY);
    w.row++;
  }
}

const REQUIRED: readonly TableName[] = [
  "ITA_Settings",
  "ITA_IndicatorScores",
  "ITA_QuestionScores",
  "ITA_ToolScores",
];

/**
 * Creates or refreshes the summary sheet. It refuses a sheet named สรุป that the add-in did not
 * make (its first cell is not the marker) and that holds anything.
 */
export function summaryOp(snapshot: Snapshot, now: Date, fallbackYear: number): OpResult {
  const model = readWorkbookModel(snapshot, fallbackYear);
  const problems: Problem[] = [];
  const empty: Patch = { op: "summary", steps: [], mustBeEmpty: [], log: [] };
  const missing = REQUIRED.filter((name) => !model.tables.has(name));
  if (missing.length > 0) {
    return {
      patch: empty,
      problems: missing.map((table) => reportProblem("error", "table.missing", { table }, { sheet: table })),
    };
  }
  const errors = model.problems.filter((p) => p.severity === "error");
  if (errors.length > 0) {
    const first = describeLocation(errors[0]!) || errors[0]!.code;
    const refused = trustProblem("error", "summary.inputErrors", { count: errors.length, first });
    return { patch: empty, problems: [...errors, refused] };
  }
  const existing = snapshot.sheets.find((s) => s.name === SUMMARY_SHEET);
  const loose = snapshot.looseCells[SUMMARY_SHEET] ?? {};
  if (existing && Object.keys(loose).length > 0 && loose.A1 !== SUMMARY_MARKER) {
    const cells = Object.keys(loose).slice(0, 5).join(", ");
    return {
      patch: empty,
      problems: [
        reportProblem(
          "error",
          "sheet.notOurs",
          { sheet: SUMMARY_SHEET, cells },
          { sheet: SUMMARY_SHEET, cell: Object.keys(loose)[0] },
        ),
      ],
    };
  }
  try {
    const { cells, formats } = buildSummary(model);
    const steps: PatchStep[] = [
      { kind: "ensureSheet", sheet: SUMMARY_SHEET, tabColor: "70AD47" },
      ...(existing ? [{ kind: "clearSheet", sheet: SUMMARY_SHEET } as const] : []),
      { kind: "setCells", sheet: SUMMARY_SHEET, cells },
      {
        kind: "setColumnWidths",
        sheet: SUMMARY_SHEET,
        widths: {
          A: 36,
          B: 40,
          C: 14,
          D: 14,
          E: 12,
          F: 12,
          G: 10,
          H: 12,
          I: 12,
          J: 12,
          K: 12,
          L: 16,
          M: 18,
          N: 16,
        },
        hidden: Object.values(RAW),
      },
      { kind: "conditionalFormats", sheet: SUMMARY_SHEET, formats },
      { kind: "sheetSetup", sheet: SUMMARY_SHEET, print: true },
    ];
    const log = [
      {
        time: now.toISOString(),
        op: "summary",
        sheet: SUMMARY_SHEET,
        rows: cells.length,
        detail: existing ? "refreshed" : "created",
      },
    ];
    const reads = readsOf(model.tables.values());
    return { patch: { op: "summary", steps, mustBeEmpty: [], log, reads }, problems };
  } catch (error) {
    if (!(error instanceof MissingColumn)) throw error;
    const p = reportProblem(
      "error",
      "table.columnMissing",
      { table: error.table, column: error.column },
      { sheet: error.table },
    );
    return { patch: empty, problems: [p] };
  }
}

/** Lays out the sheet. Sections have fixed sizes, so the rows of later sections are known in advance. */
function buildSummary(model: WorkbookModel): { cells: CellPut[]; formats: ConditionalFormat[] } {
  const language = model.settings.language;
  const t = LABELS[language];
  const w = new SheetWriter();
  const settingsTable = model.tables.get("ITA_Settings")!;
  const c: Context = {
    w,
    t,
    language,
    fw: model.framework,
    tables: model.tables,
    settings: (key) =>
      `INDEX(${column(settingsTable, "value")},MATCH(${quote(key)},${column(settingsTable, "key")},0))`,
    formats: [],
    indicatorTop: 0,
    subTop: 0,
  };
  w.put(1, SUMMARY_MARKER, TITLE);
  w.row++;
  w.formula(1, `${c.settings("organisation")}&" · ${t.fiscalYear} "&${c.settings("fiscalYear")}`, {
    bold: true,
    size: 16,
  });
  w.row++;
  w.put(1, t.note, { color: "7F7F7F" });
  w.row += 2;
  // Overall (2 + 3 tools + overall + min + 2 parts + pass + level + gap) precedes the indicators.
  const overallTop = w.row;
  c.indicatorTop = overallTop + 14;
  c.subTop = c.indicatorTop + model.framework.indicators.length + 3;
  const { pass } = overallSection(c);
  w.row = c.indicatorTop - 2;
  indicatorSection(c, pass);
  w.row = c.subTop - 2;
  subIndicatorSection(c);
  planSection(c, model);
  return { cells: w.cells, formats: c.formats };
}
