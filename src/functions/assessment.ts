/**
 * The scoring functions (SCORE, OVERALL, TOOL, INDICATOR, LEVEL, WEIGHTED, WEAK, GAIN): arguments
 * read into the core's inputs, the core's answer returned unrounded (the sheet formats it 0.00).
 */
import {
  formatFixed,
  gainIfIndicator,
  indicatorsOf,
  indicatorWeight,
  levelOf,
  overallFromTools,
  questionIndex,
  normaliseQuestionId,
  roundHalfUp,
  score,
  TOOL_IDS,
  toolOf,
  weightedSum,
  type Framework,
  type GroupResult,
  type Indicator,
  type Problem,
  type QuestionScore,
  type ScoreResult,
  type ToolId,
} from "../domain";
import { cleanText, parseNumber, toArabicDigits } from "../domain/thai";
import {
  frameworkOf,
  indicatorNumberOf,
  optionalNumber,
  readIndicator,
  readTool,
  requiredNumber,
} from "./arguments";
import { invalidValue, notAvailable } from "./errors";
import {
  cellsOf,
  describeCell,
  isBlank,
  listAnd,
  parseCell,
  readNumbers,
  refuseErrorCell,
  requireSameSize,
  SCORE_BOUNDS,
  shapeOf,
  type Cell,
  type CellRef,
  type Read,
} from "./ranges";

/** The first error the core found, as a #VALUE! placed at its cell when it has one. */
function throwOnErrors(problems: readonly Problem[]): void {
  const error = problems.find((p) => p.severity === "error");
  if (error) throw invalidValue(error.cell ? `${error.cell}: ${error.en}` : error.en);
}

const numbersOf = (indicators: readonly Indicator[]): string => {
  const nos = indicators.map((i) => i.no);
  return nos.length === 1 ? `${nos[0]}` : `${nos[0]}–${nos[nos.length - 1]}`;
};

/**
 * A line of indicator scores: one row or one column holding, in order, the indicators of one of
 * `choices` (all ten, or one tool's). Returns each cell with its indicator number.
 */
function readIndicatorLine(
  range: unknown,
  choices: readonly { label: string; indicators: readonly Indicator[] }[],
): { no: number; read: Read<number> }[] {
  const name = "indicatorScores";
  const cells = cellsOf(name, range);
  const line = cells.rows === 1 || cells.columns === 1;
  const choice = choices.find((c) => c.indicators.length === cells.cells.length);
  if (!line || !choice) {
    const wanted = choices.map((c) => `${c.indicators.length} cells (${c.label} ${numbersOf(c.indicators)})`);
    throw invalidValue(
      `${name} must be ${wanted.join(" or ")} in one row or one column, in order; this range is ${shapeOf(cells)}.`,
    );
  }
  const reads = readNumbers(cells.cells, SCORE_BOUNDS);
  return reads.map((read, k) => ({ no: choice.indicators[k]!.no, read }));
}

/** #N/A naming the blank indicators among `needed`. */
function requireKnown(line: readonly { no: number; read: Read<number> }[], needed: string): void {
  const blank = line.filter((l) => l.read.value === null).map((l) => l.no);
  if (blank.length === 0) return;
  const which = blank.length === 1 ? `indicator ${blank[0]} is` : `indicators ${listAnd(blank)} are`;
  throw notAvailable(`indicatorScores: ${which} blank (unknown); ${needed}.`);
}

function scoreLine(fw: Framework, line: readonly { no: number; read: Read<number> }[]): ScoreResult {
  const indicators = line.flatMap(({ no, read }) =>
    read.value === null ? [] : [{ no, value: read.value, where: { cell: describeCell(read.ref) } }],
  );
  const result = score(fw, { indicators });
  throwOnErrors(result.problems);
  return result;
}

const allIndicators = (fw: Framework) => [{ label: "indicators", indicators: fw.indicators }];

/** ITA.SCORE: the overall score from the ten indicator scores. */
export function overallFromIndicatorScores(indicatorScores: unknown, year: unknown): number {
  const fw = frameworkOf(year);
  const line = readIndicatorLine(indicatorScores, allIndicators(fw));
  requireKnown(line, `the overall needs all ${fw.indicators.length}`);
  return scoreLine(fw, line).overall!;
}

/** ITA.OVERALL: the overall score from the three tool scores. */
export function overallFromToolScores(iit: unknown, eit: unknown, oit: unknown, year: unknown): number {
  const fw = frameworkOf(year);
  const tools: Record<ToolId, number> = {
    IIT: requiredNumber("iit", iit, SCORE_BOUNDS),
    EIT: requiredNumber("eit", eit, SCORE_BOUNDS),
    OIT: requiredNumber("oit", oit, SCORE_BOUNDS),
  };
  return overallFromTools(fw, tools);
}

/** ITA.TOOL: one tool's score (the mean of its indicators) from the indicator scores. */
export function toolFromIndicatorScores(indicatorScores: unknown, tool: unknown, year: unknown): number {
  const fw = frameworkOf(year);
  const id = readTool(tool);
  const own = indicatorsOf(fw, id);
  const line = readIndicatorLine(indicatorScores, [
    ...allIndicators(fw),
    { label: `${id}'s indicators`, indicators: own },
  ]);
  const ownLine = line.filter((l) => own.some((i) => i.no === l.no));
  requireKnown(ownLine, `${id} needs indicators ${numbersOf(own)}`);
  return scoreLine(fw, ownLine).tools.find((t) => t.id === id)!.score!;
}

// ------------------------------------------------------------------ ITA.INDICATOR

/** Words before an EIT survey part's number ("ส่วนที่ 2"); data. */
const PART_PREFIXES: readonly string[] = ["ส่วนที่", "part"];

function readPart(cell: Cell): number | undefined {
  let value = cell.value;
  if (typeof value === "string") {
    const text = toArabicDigits(cleanText(value)).toLowerCase();
    const prefix = PART_PREFIXES.find((p) => text.startsWith(p));
    value = prefix ? text.slice(prefix.length).trim() : value;
  }
  const part = parseCell({ ...cell, value }, parseNumber);
  if (part === null) return undefined;
  if (!Number.isInteger(part) || part < 1) {
    throw invalidValue(`${describeCell(cell.ref)}: ${part} is not a survey part (1, 2, … or blank).`);
  }
  return part;
}

/** The letter of an indicator's own ids, so that a bare "13" reads as i13, e13 or o13 by indicator. */
function idLetter(ind: Indicator): "i" | "e" | "o" {
  const first = ind.questions?.[0] ?? ind.subIndicators?.[0]?.items[0] ?? "o";
  return first.startsWith("i") ? "i" : first.startsWith("e") ? "e" : "o";
}

function readQuestionId(cell: Cell, bare: "i" | "e" | "o", fw: Framework): string {
  const text = typeof cell.value === "number" ? String(cell.value) : cell.value;
  const id = typeof text === "string" ? normaliseQuestionId(text, bare) : undefined;
  if (id === undefined || !questionIndex(fw).has(id)) {
    const shown = typeof cell.value === "string" ? `"${cell.value}"` : String(cell.value);
    const known = fw.oitItems.length > 0 ? "i1–i30, e1–e15, o1–o43" : "i1–i30, e1–e15";
    throw invalidValue(
      `${describeCell(cell.ref)}: ${shown} is not a question or item id of ${fw.id} (${known}; "ข้อ e13" and "043" work too).`,
    );
  }
  return id;
}

function describeGroup(group: GroupResult): string {
  const ids = [...group.present, ...group.missing];
  const span = ids.length > 1 ? `${ids[0]}–${ids[ids.length - 1]}` : (ids[0] ?? "");
  if (typeof group.key === "number") return `part ${group.key} (${span})`;
  if (typeof group.key === "string") return `sub-indicator ${group.key} (${span})`;
  return span;
}

interface Seen {
  score: number;
  ref: CellRef;
}

/** The question scores of one indicator from the ids/scores(/parts) ranges; repeats must agree. */
function questionsOf(
  fw: Framework,
  ind: Indicator,
  ids: unknown,
  scores: unknown,
  parts: unknown,
): QuestionScore[] {
  const idCells = cellsOf("ids", ids);
  const scoreCells = cellsOf("scores", scores);
  requireSameSize(idCells, scoreCells);
  const partCells = parts === null || parts === undefined ? undefined : cellsOf("parts", parts);
  if (partCells) requireSameSize(idCells, partCells);
  const index = questionIndex(fw);
  const hasParts = toolOf(fw, ind.tool).parts !== undefined;
  const seen = new Map<string, Seen>();
  const questions: QuestionScore[] = [];
  idCells.cells.forEach((idCell, k) => {
    const scoreCell = scoreCells.cells[k]!;
    if (isBlank(idCell.value)) {
      if (isBlank(scoreCell.value)) return;
      throw invalidValue(
        `${describeCell(idCell.ref)} is blank beside the score in ${describeCell(scoreCell.ref)}; give its id (e.g. i13).`,
      );
    }
    const id = readQuestionId(idCell, idLetter(ind), fw);
    if (index.get(id)?.indicator !== ind.no) return;
    const value = readNumbers([scoreCell], SCORE_BOUNDS)[0]!.value;
    if (value === null) return;
    const partCell = partCells?.cells[k];
    const part = partCell ? readPart(partCell) : undefined;
    const key = part === undefined ? id : `${id} part ${part}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, { score: value, ref: scoreCell.ref });
      const where = { cell: describeCell(scoreCell.ref) };
      questions.push(part === undefined ? { id, score: value, where } : { id, part, score: value, where });
    } else if (first.score !== value) {
      const hint = hasParts && !partCells ? " (EIT: give the parts range)" : "";
      throw invalidValue(
        `${key} has two scores: ${first.score} in ${describeCell(first.ref)} and ${value} in ` +
          `${describeCell(scoreCell.ref)}; a repeated question counts once, so its scores must agree${hint}.`,
      );
    }
  });
  return questions;
}

/** ITA.INDICATOR: an indicator's score from question or item scores. */
export function indicatorFromQuestions(
  ids: unknown,
  scores: unknown,
  indicator: unknown,
  parts: unknown,
  year: unknown,
): number {
  const fw = frameworkOf(year);
  const no = readIndicator("indicator", indicator, fw);
  const ind = fw.indicators.find((i) => i.no === no)!;
  if (!ind.questions && !ind.subIndicators) {
    throw invalidValue(`indicator ${no} has no question list in ${fw.id}; type its reported score instead.`);
  }
  const result = score(fw, { questions: questionsOf(fw, ind, ids, scores, parts) });
  throwOnErrors(result.problems);
  const scored = result.indicators.find((i) => i.no === no)!;
  const empty = scored.groups.filter((g) => g.mean === undefined);
  if (scored.computed === undefined) {
    throw notAvailable(
      `indicator ${no}: none of its questions has a score in ids/scores, so it cannot be computed.`,
    );
  }
  // A whole survey part or sub-indicator missing would change what the mean is of, not just its precision.
  if (empty.length > 0) {
    const verb = empty.length === 1 ? "has" : "have";
    throw notAvailable(
      `indicator ${no}: ${listAnd(empty.map(describeGroup))} ${verb} no score in ids/scores, so it cannot be computed.`,
    );
  }
  return scored.computed;
}

// ------------------------------------------------------------------ ITA.LEVEL

/** ITA.LEVEL: the level (ระดับ) of an overall score, or the letter band up to 2565. */
export function levelName(overall: unknown, iit: unknown, eit: unknown, oit: unknown, year: unknown): string {
  const fw = frameworkOf(year);
  const value = requiredNumber("overall", overall, SCORE_BOUNDS);
  const given: Record<ToolId, number | null> = {
    IIT: optionalNumber("iit", iit, SCORE_BOUNDS),
    EIT: optionalNumber("eit", eit, SCORE_BOUNDS),
    OIT: optionalNumber("oit", oit, SCORE_BOUNDS),
  };
  const tools = Object.fromEntries(TOOL_IDS.map((id) => [id, given[id] ?? undefined]));
  const level = levelOf(fw, value, tools);
  if (level) return level.th;
  const reached = fw.levels.filter((l) => roundHalfUp(value, 2) >= l.minOverall);
  const firstPlain = reached.findIndex((l) => l.minEachTool === undefined);
  const candidates = reached.slice(0, firstPlain < 0 ? reached.length : firstPlain + 1).map((l) => l.th);
  const blank = TOOL_IDS.filter((id) => given[id] === null).map((id) => id.toLowerCase());
  throw notAvailable(
    `an overall of ${formatFixed(value)} is ${listAnd(candidates, "or")} depending on the tool scores; ` +
      `${listAnd(blank)} ${blank.length === 1 ? "is" : "are"} blank: give iit, eit and oit.`,
  );
}

// ------------------------------------------------------------------ ITA.WEIGHTED

const WEIGHT_BOUNDS = {
  min: 0,
  max: 1,
  what: "a weight from 0 to 1 (write 30% as 0.3 or format the cell as a percentage)",
};
/** As the core checks a workbook's tool weights: a rounding slip in the 10th decimal is not an error. */
const WEIGHT_TOLERANCE = 1e-9;

/** ITA.WEIGHTED: Σ value × weight, the weights adding up to 1. */
export function weightedScore(values: unknown, weights: unknown): number {
  const valueCells = cellsOf("values", values);
  const weightCells = cellsOf("weights", weights);
  requireSameSize(valueCells, weightCells);
  const valueReads = readNumbers(valueCells.cells);
  const weightReads = readNumbers(weightCells.cells, WEIGHT_BOUNDS);
  const pairs: { value: number; weight: number }[] = [];
  valueReads.forEach((v, k) => {
    const w = weightReads[k]!;
    if (v.value === null && (w.value === null || w.value === 0)) return;
    if (w.value === null) throw invalidValue(`${describeCell(w.ref)} is blank; every value needs a weight.`);
    if (v.value === null) {
      throw notAvailable(`${describeCell(v.ref)} is blank (unknown) but its weight is ${w.value}.`);
    }
    pairs.push({ value: v.value, weight: w.value });
  });
  const total = pairs.reduce((s, p) => s + p.weight, 0);
  if (Math.abs(total - 1) > WEIGHT_TOLERANCE) {
    throw invalidValue(
      `weights add up to ${Number(total.toPrecision(12))}, not 1; ITA.WEIGHTED never rescales them, so fix the weights.`,
    );
  }
  return weightedSum(
    pairs.map((p) => p.value),
    pairs.map((p) => p.weight),
  );
}

// ------------------------------------------------------------------ ITA.WEAK

interface WeakRow {
  label: unknown;
  position: number;
  gap: number;
  gain?: number;
}

/** ITA.WEAK: the labels whose score is below the pass mark, what to fix first on top. */
export function weakLabels(labels: unknown, scores: unknown, passMark: unknown): unknown[][] {
  // No year argument: indicator weights and the default pass mark are the 2566 framework's.
  const fw = frameworkOf(null);
  const labelCells = cellsOf("labels", labels);
  const scoreCells = cellsOf("scores", scores);
  requireSameSize(labelCells, scoreCells);
  const mark = optionalNumber("passMark", passMark, SCORE_BOUNDS) ?? fw.passMark;
  const reads = readNumbers(scoreCells.cells, SCORE_BOUNDS);
  const rows: { label: unknown; score: number | null }[] = [];
  labelCells.cells.forEach((cell, k) => {
    const read = reads[k]!;
    if (isBlank(cell.value)) {
      if (read.value === null) return;
      throw invalidValue(`${describeCell(cell.ref)} is blank beside the score in ${describeCell(read.ref)}.`);
    }
    refuseErrorCell(cell);
    rows.push({ label: cell.value, score: read.value });
  });
  const nos = rows.map((r) => indicatorNumberOf(r.label));
  const byIndicator = rows.length > 0 && nos.every((no) => no !== undefined && indicatorWeight(fw, no) > 0);
  const weak: WeakRow[] = rows.flatMap((r, position) => {
    // Compared as published, at 2 decimals, as the core flags weak scores.
    if (r.score === null || roundHalfUp(r.score, 2) >= mark) return [];
    const gap = mark - r.score;
    const gain = byIndicator ? indicatorWeight(fw, nos[position]!) * gap : undefined;
    return [{ label: r.label, position, gap, ...(gain === undefined ? {} : { gain }) }];
  });
  if (weak.length === 0) return [[""]];
  weak.sort((a, b) => (b.gain ?? 0) - (a.gain ?? 0) || b.gap - a.gap || a.position - b.position);
  const asRow = labelCells.rows === 1 && labelCells.columns > 1;
  return asRow ? [weak.map((w) => w.label)] : weak.map((w) => [w.label]);
}

// ------------------------------------------------------------------ ITA.GAIN

/** ITA.GAIN: what the overall gains if one indicator reaches a target score. */
export function gainIfIndicatorReaches(
  indicatorScores: unknown,
  indicator: unknown,
  target: unknown,
  year: unknown,
): number {
  const fw = frameworkOf(year);
  const line = readIndicatorLine(indicatorScores, allIndicators(fw));
  const no = readIndicator("indicator", indicator, fw);
  const goal = requiredNumber("target", target, SCORE_BOUNDS);
  requireKnown(line, `the overall needs all ${fw.indicators.length}`);
  return gainIfIndicator(scoreLine(fw, line), no, goal)!;
}
