import type { ToolId } from "../frameworks";
import type { Problem } from "../problem";
import { toArabicDigits } from "../thai/digits";
import { parseNumber } from "../thai/number";
import { squash, type Layout } from "./headers";
import { LEVEL_NAMES, TOOL_NAMES } from "./known";
import { importProblem, sourceText } from "./messages";
import type { TableReader } from "./rows";
import { OVERALL_LABELS, SUMMARY } from "./vocabulary";
import type { Cell, ImportedRow, ImportedTable, Line, Source } from "./types";

export type SummaryKey = "IIT" | "EIT1" | "EIT2" | "EIT" | "OIT" | "overall";
const ORDER: readonly SummaryKey[] = ["IIT", "EIT1", "EIT2", "EIT", "OIT", "overall"];

/** Sentences longer than this are paragraphs; a score inside one is not a summary line. */
const MAX_SENTENCE = 600;
/** Part lines ("- ส่วนที่ 1 คะแนนรวม …") follow their EIT line closely. */
const PART_REACH = 3;

interface Found {
  value: number;
  decimals: number;
  cell: Cell;
  text: string;
}

interface Entry {
  key: SummaryKey;
  found: Found;
  level: string | null;
  line: Line;
  labelCol: number;
}

const TOOL_SPELLINGS = TOOL_NAMES.map((t) => ({ id: t.id, name: squash(t.th) }));
const OVERALL_WORDS = SUMMARY.overallWords.map(squash);
const ITA = /(?<![a-z])ita(?![a-z])/i;

/** The tool a text names by code ("(IIT)") or by its full Thai name. */
export function toolMentioned(text: string): ToolId | undefined {
  const code = SUMMARY.toolCode.exec(text);
  if (code) return code[1]!.toUpperCase() as ToolId;
  const s = squash(text);
  return TOOL_SPELLINGS.find((t) => s.includes(t.name))?.id;
}

function scoreIn(cells: readonly Cell[]): Found | undefined {
  for (const cell of cells) {
    const text = toArabicDigits(cell.text);
    const m = SUMMARY.scoreAfterWord.exec(text) ?? SUMMARY.scoreBeforeWord.exec(text);
    if (m) return { value: Number(m[1]), decimals: m[1]!.split(".")[1]?.length ?? 0, cell, text: m[1]! };
  }
  return undefined;
}

/** The level named after "ระดับ" ("อยู่ในระดับ **ต้องปรับปรุง**"), longest name first. */
export function levelIn(text: string): string | undefined {
  for (const m of toArabicDigits(text).matchAll(SUMMARY.levelWord)) {
    const rest = squash(text.slice(m.index + m[0].length));
    const level = LEVEL_NAMES.find((n) => {
      const name = squash(n);
      return (
        rest.startsWith(name) && (name.length > 2 || !/[a-z\u0E00-\u0E4F]/.test(rest[name.length] ?? ""))
      );
    });
    if (level) return level;
  }
  return undefined;
}

const mentionsOverall = (text: string) =>
  ITA.test(text) || OVERALL_WORDS.some((w) => squash(text).includes(w));

export interface SummaryCollector {
  /** Offers a line outside the tables; true when it was a summary line. */
  offer: (line: Line) => boolean;
  /** A tool summary printed as a table. */
  reader: (layout: Layout) => TableReader;
  /** Everything found, as one toolSummary table. */
  table: () => ImportedTable | undefined;
}

/**
 * The tool summary, as sentences ("แบบวัด…ภายใน (IIT)\tคะแนนรวม 84.81 คะแนน", "- ส่วนที่ 1 …",
 * "…มีคะแนน 84.1 คะแนน อยู่ในระดับ ต้องปรับปรุง") or as a table. A score given twice with another
 * value is reported and the first kept.
 */
export function summaryCollector(problems: Problem[]): SummaryCollector {
  const entries = new Map<SummaryKey, Entry>();
  let context: { tool: ToolId; no: number } | undefined;

  function add(entry: Entry): void {
    const { found, line } = entry;
    const source = line.locate(found.cell.col);
    if (found.value > 100) {
      problems.push(
        importProblem(
          "error",
          "import.value.range",
          { column: entry.key, value: found.text, range: "0–100" },
          source,
        ),
      );
      return;
    }
    const first = entries.get(entry.key);
    if (!first) entries.set(entry.key, entry);
    else if (first.found.value !== found.value) {
      const firstAt = sourceText(first.line.locate(first.found.cell.col));
      const params = { key: entry.key, first: first.found.text, firstAt, second: found.text };
      problems.push(importProblem("warning", "import.summary.conflict", params, source));
    }
  }

  function partOf(text: string, tool: ToolId | undefined, line: Line): 1 | 2 | undefined {
    const arabic = toArabicDigits(text);
    const inLine = tool === "EIT" ? SUMMARY.part.exec(arabic) : null;
    const atStart =
      !tool && context?.tool === "EIT" && line.no - context.no <= PART_REACH
        ? SUMMARY.partAtStart.exec(arabic)
        : null;
    const m = inLine ?? atStart;
    return m ? (Number(m[1]) as 1 | 2) : undefined;
  }

  function offer(line: Line): boolean {
    const filled = line.cells.filter((c) => c.text !== "");
    const text = filled.map((c) => c.text).join(" ");
    if (
      text === "" ||
      text.length > MAX_SENTENCE ||
      [...SUMMARY.thresholdWords, ...SUMMARY.detailWords].some((w) => text.includes(w))
    )
      return false;
    const tool = toolMentioned(text);
    const found = scoreIn(filled);
    const part = partOf(text, tool, line);
    const labelCol = filled[0]!.col;
    if (tool) context = { tool, no: line.no };
    if (part && context) context.no = line.no;
    if (!found) return tool !== undefined && filled.length <= 2 && !/\d/.test(toArabicDigits(text));
    const level = levelIn(text);
    const key: SummaryKey | undefined = part
      ? `EIT${part}`
      : (tool ?? (level || mentionsOverall(text) ? "overall" : undefined));
    if (!key) return false;
    add({ key, found, level: key === "overall" ? (level ?? null) : null, line, labelCol });
    return true;
  }

  function keyOfLabel(label: string, line: Line): SummaryKey | undefined {
    const tool = toolMentioned(label);
    const part = partOf(label, tool, line);
    if (tool) context = { tool, no: line.no };
    if (part) return `EIT${part}`;
    if (tool) return tool;
    const s = squash(label);
    return mentionsOverall(label) || OVERALL_LABELS.some((w) => s.startsWith(w)) ? "overall" : undefined;
  }

  function reader(layout: Layout): TableReader {
    const cols = (keys: string[]) => layout.slots.filter((s) => keys.includes(s.key)).map((s) => s.col);
    const [labelCols, scoreCols, levelCols] = [cols(["label", "key"]), cols(["score"]), cols(["level"])];
    let read = 0;
    function row(line: Line): void {
      const pick = (c: number[]) =>
        c.map((i) => line.cells[i]).filter((x): x is Cell => x !== undefined && x.text !== "");
      const label = pick(labelCols);
      const key = keyOfLabel(label.map((c) => c.text).join(" "), line);
      const scoreCell = pick(scoreCols)[0];
      if (!scoreCell) return;
      const labelCol = label[0]?.col ?? 0;
      if (!key) {
        problems.push(
          importProblem(
            "warning",
            "import.cell.unmapped",
            { value: label[0]?.text ?? "" },
            line.locate(labelCol),
          ),
        );
        return;
      }
      const parsed = parseNumber(scoreCell.value);
      if (!parsed.ok || parsed.value === null) {
        const detail = parsed.ok ? { th: "", en: "" } : parsed;
        const params = { column: key, detailTh: detail.th, detailEn: detail.en };
        problems.push(
          importProblem("error", "import.value.number", params, line.locate(scoreCell.col), "score"),
        );
        return;
      }
      const text = toArabicDigits(scoreCell.text).replace(/[^\d.]/g, "");
      const found = { value: parsed.value, decimals: text.split(".")[1]?.length ?? 0, cell: scoreCell, text };
      const levelText = pick(levelCols)[0]?.text;
      const level =
        levelText === undefined
          ? null
          : (LEVEL_NAMES.find((n) => squash(levelText).startsWith(squash(n))) ?? levelText);
      add({ key, found, level: key === "overall" ? level : null, line, labelCol });
      read++;
    }
    function finish(): undefined {
      if (read === 0)
        problems.push(
          importProblem("warning", "import.table.noRows", { table: "ITA_ToolScores" }, layout.from),
        );
      return undefined;
    }
    /** After a pause, a line continues the table when its label names a tool, a part or the overall. */
    const fits = (line: Line) => {
      const label = line.cells.map((c) => c.text).join(" ");
      return (
        toolMentioned(label) !== undefined ||
        SUMMARY.part.test(toArabicDigits(label)) ||
        mentionsOverall(label)
      );
    };
    return {
      layout,
      row,
      section: () => false,
      fits,
      finish,
      ended: () => false,
    };
  }

  function table(): ImportedTable | undefined {
    const list = ORDER.map((k) => entries.get(k)).filter((e): e is Entry => e !== undefined);
    if (list.length === 0) return undefined;
    const rows: ImportedRow[] = list.map((e) => {
      const at: Source = e.line.locate(e.found.cell.col);
      const sources: ImportedRow["sources"] = { key: e.line.locate(e.labelCol), score: at, decimals: at };
      if (e.level !== null) sources.level = at;
      return {
        values: { key: e.key, score: e.found.value, level: e.level, decimals: e.found.decimals },
        sources,
      };
    });
    const byLine = [...list].sort((a, b) => a.line.no - b.line.no);
    const from = byLine[0]!.line.locate(byLine[0]!.labelCol);
    const last = byLine[byLine.length - 1]!;
    return {
      kind: "toolSummary",
      table: "ITA_ToolScores",
      rows,
      from,
      to: last.line.locate(last.found.cell.col),
    };
  }

  return { offer, reader, table };
}
