import { normaliseQuestionId, type ToolId } from "../frameworks";
import type { Problem } from "../problem";
import { toArabicDigits } from "../thai/digits";
import { parseNumber } from "../thai/number";
import type { Layout } from "./headers";
import { KNOWN_QUESTIONS, TOOL_OF_PREFIX, TOOL_PREFIX } from "./known";
import { importProblem } from "./messages";
import type { TableReader } from "./rows";
import { ID_LABEL, LETTERED_ID, PART_CELL, SUMMARY } from "./vocabulary";
import type { Cell, ImportedRow, ImportedTable, Line } from "./types";

/** The tool a cell names ("IIT", "แบบวัด… (EIT)"). */
export function toolIn(text: string): ToolId | undefined {
  const m = SUMMARY.toolCode.exec(text);
  return m ? (m[1]!.toUpperCase() as ToolId) : undefined;
}

/** The canonical id of a cell: lettered ids anywhere; bare numbers ("043") only in the id column, taking the tool's letter. */
function idIn(text: string, tool: ToolId | undefined, inIdColumn: boolean): string | undefined {
  const arabic = toArabicDigits(text).trim();
  const bare = arabic.replace(ID_LABEL, "");
  if (LETTERED_ID.test(arabic)) return normaliseQuestionId(bare);
  if (!inIdColumn || tool === undefined) return undefined;
  return normaliseQuestionId(bare, TOOL_PREFIX[tool]);
}

/** The EIT part row: "ส่วนที่ | 1 | 2" or "ส่วนที่ 1 | ส่วนที่ 2" → part by column. */
function partColumns(cells: readonly Cell[]): Map<number, number> | undefined {
  const parts = new Map<number, number>();
  cells.forEach((cell, i) => {
    const m = PART_CELL.exec(toArabicDigits(cell.text).trim());
    if (!m) return;
    if (m[1]) parts.set(cell.col, Number(m[1]));
    for (const after of cells.slice(i + 1)) {
      const n = toArabicDigits(after.text).trim();
      if (n === "1" || n === "2") parts.set(after.col, Number(n));
    }
  });
  return parts.size > 0 ? parts : undefined;
}

interface Score {
  cell: Cell;
  value: number | null;
  part: number | null;
}

/**
 * A question table (ลำดับ | หัวข้อ | เครื่องมือ | ข้อคำถาม | คะแนน). Issue and tool are printed on
 * a block's first row only and carried down; an EIT block's "ส่วนที่ 1 2" row says which column is
 * which part. Cells are read by what they hold: the id is found even when a row is shifted, and the
 * scores are the numbers after it.
 */
export function questionReader(layout: Layout, problems: Problem[]): TableReader {
  const col = (key: string) => layout.slots.find((s) => s.key === key)?.col;
  const toolCol = col("tool");
  const idCol = col("id");
  const partCol = col("part");
  const scoreHeader = layout.slots.find((s) => s.key === "score")?.header ?? "score";
  const headerParts = new Map(
    layout.slots
      .filter((s) => s.key === "score" && typeof s.arg === "number")
      .map((s) => [s.col, s.arg as number]),
  );
  const rows: ImportedRow[] = [];
  let tool: ToolId | undefined;
  let parts = new Map(headerParts);
  let assumedWarned = false;
  let lastLine: Line | undefined;

  const warn = (
    code: string,
    params: Record<string, string | number>,
    line: Line,
    c: number,
    severity: "error" | "warning" = "warning",
  ) => problems.push(importProblem(severity, code, params, line.locate(c)));

  function setTool(line: Line): void {
    const named = toolCol === undefined ? undefined : toolIn(line.cells[toolCol]?.text ?? "");
    if (named === undefined || named === tool) return;
    tool = named;
    parts = new Map(headerParts);
    assumedWarned = false;
  }

  function findId(line: Line): { cell: Cell; id: string | undefined } | undefined {
    const inColumn = idCol === undefined ? undefined : line.cells[idCol];
    if (inColumn && inColumn.text !== "") return { cell: inColumn, id: idIn(inColumn.text, tool, true) };
    const lettered = line.cells.find((c) => LETTERED_ID.test(toArabicDigits(c.text).trim()));
    if (!lettered) return undefined;
    if (idCol !== undefined) warn("import.row.shifted", { by: lettered.col - idCol }, line, lettered.col);
    return { cell: lettered, id: idIn(lettered.text, tool, false) };
  }

  function scoresAfter(line: Line, idCell: Cell): Score[] {
    return line.cells
      .filter((c) => c.col > idCell.col && c.col !== partCol && c.text !== "")
      .map((cell) => {
        const parsed = parseNumber(cell.value);
        if (!parsed.ok) {
          const params = { column: scoreHeader, detailTh: parsed.th, detailEn: parsed.en };
          problems.push(
            importProblem("error", "import.value.number", params, line.locate(cell.col), "score"),
          );
        }
        return { cell, value: parsed.ok ? parsed.value : null, part: null };
      });
  }

  function assignParts(line: Line, id: string, scores: Score[]): Score[] {
    const explicit =
      partCol === undefined ? undefined : Number(toArabicDigits(line.cells[partCol]?.text ?? ""));
    if (explicit === 1 || explicit === 2) return scores.slice(0, 1).map((s) => ({ ...s, part: explicit }));
    if (parts.size > 0)
      return scores.map((s, i) => ({ ...s, part: parts.get(s.cell.col) ?? (i < 2 ? i + 1 : null) }));
    if (scores.length >= 2) {
      if (!assumedWarned) warn("import.question.partAssumed", {}, line, scores[0]!.cell.col);
      assumedWarned = true;
      return scores.slice(0, 2).map((s, i) => ({ ...s, part: i + 1 }));
    }
    warn("import.question.partMissing", { id }, line, scores[0]?.cell.col ?? 0);
    return scores;
  }

  function push(line: Line, id: string, idCell: Cell, s: Score | undefined): void {
    const value = s?.value ?? null;
    const inRange = value === null || (value >= 0 && value <= 100);
    if (!inRange)
      warn(
        "import.value.range",
        { column: id, value: s!.cell.text, range: "0–100" },
        line,
        s!.cell.col,
        "error",
      );
    const sources: ImportedRow["sources"] = { id: line.locate(idCell.col), tool: line.locate(idCell.col) };
    if (s) sources.score = line.locate(s.cell.col);
    if (s?.part) sources.part = line.locate(s.cell.col);
    const values = {
      id,
      tool: TOOL_OF_PREFIX[id[0]!]!,
      part: s?.part ?? null,
      score: inRange ? value : null,
    };
    rows.push({ values, sources });
  }

  function row(line: Line): void {
    setTool(line);
    const found = partColumns(line.cells);
    if (found) {
      parts = found;
      return;
    }
    const located = findId(line);
    if (!located) {
      const numbers = line.cells.filter(
        (c) => c.col > (toolCol ?? 0) && parseNumber(c.value).ok && c.text !== "",
      );
      if (numbers.length > 0) warn("import.question.noId", {}, line, numbers[0]!.col, "error");
      return;
    }
    const { cell, id } = located;
    if (id === undefined || !KNOWN_QUESTIONS.has(id)) {
      warn("import.question.unknownId", { id: id ?? cell.text }, line, cell.col, "error");
      return;
    }
    lastLine = line;
    const actual = TOOL_OF_PREFIX[id[0]!]!;
    if (tool !== undefined && tool !== actual)
      warn("import.question.toolMismatch", { id, tool, actual }, line, cell.col);
    let scores = scoresAfter(line, cell);
    if (scores.length === 0) warn("import.question.noScore", { id }, line, cell.col, "error");
    if (actual === "EIT" && scores.length > 0) scores = assignParts(line, id, scores);
    else if (scores.length > 1)
      scores.slice(1).forEach((s) => warn("import.cell.unmapped", { value: s.cell.text }, line, s.cell.col));
    const kept = actual === "EIT" ? scores : scores.slice(0, 1);
    if (kept.length === 0) push(line, id, cell, undefined);
    kept.forEach((s) => push(line, id, cell, s));
  }

  function finish(): ImportedTable | undefined {
    if (rows.length === 0) {
      problems.push(
        importProblem("warning", "import.table.noRows", { table: "ITA_QuestionScores" }, layout.from),
      );
      return undefined;
    }
    const to = lastLine!.locate(0);
    return { kind: "questionScores", table: "ITA_QuestionScores", rows, from: layout.from, to };
  }

  return {
    layout,
    row,
    section: () => false,
    fits: (line) =>
      line.cells.some(
        (c) => LETTERED_ID.test(toArabicDigits(c.text).trim()) || PART_CELL.test(c.text.trim()),
      ),
    finish,
    ended: () => false,
  };
}
