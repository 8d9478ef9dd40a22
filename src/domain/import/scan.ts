import type { Problem } from "../problem";
import type { LineSource } from "./cells";
import { dedupeScores } from "./dedupe";
import { recogniseHeader, type Layout } from "./headers";
import { specOf } from "./kinds";
import { isMeasureHeading, measureRules } from "./measures";
import { importProblem } from "./messages";
import { dimensionSection, planRules } from "./plan";
import { indicatorProgressRules, indicatorScoreRules, oitRules } from "./progress";
import { questionReader } from "./questions";
import { genericReader, type Rules, type TableReader } from "./rows";
import { summaryCollector, type SummaryCollector } from "./summary";
import type { ImportKind, ImportResult, ImportedTable, Line, OnProgress, Source } from "./types";

const PROGRESS_EVERY = 1000;

const RULES: Readonly<
  Record<Exclude<ImportKind, "questionScores" | "toolSummary">, (p: Problem[]) => Rules>
> = {
  plan: planRules,
  measures: measureRules,
  indicatorProgress: indicatorProgressRules,
  oitProgress: oitRules,
  indicatorScores: indicatorScoreRules,
};

function readerFor(layout: Layout, problems: Problem[], summary: SummaryCollector): TableReader {
  if (layout.kind === "questionScores") return questionReader(layout, problems);
  if (layout.kind === "toolSummary") return summary.reader(layout);
  return genericReader(layout, specOf(layout.kind), RULES[layout.kind](problems), problems);
}

const filledCount = (line: Line) => line.cells.reduce((n, c) => n + (c.text === "" ? 0 : 1), 0);

/** A line holding cells of a row: text with a tab (not just one label in its first field), or a grid row likewise. */
function rowLike(line: Line): boolean {
  if (!line.tabbed) return false;
  const filled = line.cells.filter((c) => c.text !== "");
  return filled.length >= 2 || (filled.length === 1 && filled[0]!.col > 0);
}

const isHeading = (line: Line) => {
  const filled = line.cells.filter((c) => c.text !== "");
  return (
    filled.length === 1 &&
    (isMeasureHeading(filled[0]!.text) || dimensionSection(filled[0]!.text) !== undefined)
  );
};

function reportMarkup(line: Line, problems: Problem[]): void {
  for (const cell of line.cells) {
    if (cell.markup) {
      const params = { tags: cell.markup.join(", "), value: cell.text.slice(0, 40) };
      problems.push(importProblem("warning", "import.cell.markup", params, line.locate(cell.col)));
    }
  }
}

/** Position of a source, to order the tables as the document does. */
const positionOf = (s: Source) => s.line ?? Number(/\d+$/.exec(s.cell ?? "")?.[0] ?? 0);

/**
 * Reads lines one by one. A recognised header opens a table (or, printed again on the next page,
 * continues the open one); tabbed lines under it are its rows; a line of prose or a page title
 * pauses it, and after a pause a line continues it only when it fits (else the table ends). A
 * numbered heading above or inside a table labels the rows that follow. Tool-summary sentences are
 * picked up outside the tables. Nothing that looks like a row goes unread without a warning.
 */
export function scan(lines: LineSource, onProgress?: OnProgress): ImportResult {
  const problems: Problem[] = [];
  const tables: ImportedTable[] = [];
  const summary = summaryCollector(problems);
  let open: { reader: TableReader; paused: boolean } | undefined;
  let heading: Line | undefined;
  let blank = true;
  let cached: Line | undefined;
  const get = (no: number): Line => {
    if (cached?.no !== no) cached = lines.get(no);
    return cached;
  };

  const close = () => {
    const table = open?.reader.finish();
    if (table) tables.push(table);
    open = undefined;
  };

  function openTable(layout: Layout): void {
    if (open && open.reader.layout.signature === layout.signature && !open.reader.ended()) {
      open.paused = false;
      return;
    }
    close();
    open = { reader: readerFor(layout, problems, summary), paused: false };
    for (const cell of layout.unknown) {
      problems.push(
        importProblem("warning", "import.header.unknown", { header: cell.text }, layout.at(cell.col)),
      );
    }
    if (heading) open.reader.section(heading);
    heading = undefined;
  }

  function inTable(line: Line): boolean {
    if (!open) return false;
    if (filledCount(line) === 1 && open.reader.section(line)) return true;
    if (rowLike(line)) {
      if (open.paused && summary.offer(line)) return true;
      if (!open.paused || open.reader.fits(line)) {
        open.paused = false;
        heading = undefined;
        open.reader.row(line);
        return true;
      }
      close();
      return false;
    }
    open.paused = true;
    if (!summary.offer(line) && isHeading(line)) heading = line;
    return true;
  }

  function outside(line: Line): void {
    if (summary.offer(line)) return;
    if (isHeading(line)) heading = line;
    else if (rowLike(line) && filledCount(line) >= 2)
      problems.push(importProblem("warning", "import.line.unread", {}, line.locate(0)));
  }

  let no = 0;
  while (no < lines.count) {
    if (onProgress && no % PROGRESS_EVERY === 0) onProgress(no, lines.count);
    const line = get(no);
    if (filledCount(line) === 0) {
      no++;
      continue;
    }
    blank = false;
    reportMarkup(line, problems);
    const layout = recogniseHeader(line, no + 1 < lines.count ? get(no + 1) : undefined);
    if (layout) {
      openTable(layout);
      no += layout.lines;
      continue;
    }
    if (!inTable(line)) outside(line);
    no++;
  }
  close();
  onProgress?.(lines.count, lines.count);
  return finish(tables, summary, problems, blank);
}

function finish(
  found: ImportedTable[],
  summary: SummaryCollector,
  problems: Problem[],
  blank: boolean,
): ImportResult {
  const tables = dedupeScores(found, problems);
  const summaryTable = summary.table();
  if (summaryTable) tables.push(summaryTable);
  tables.sort((a, b) => positionOf(a.from) - positionOf(b.from));
  if (blank) problems.push(importProblem("warning", "import.empty", {}, {}));
  else if (tables.length === 0 && !problems.some((p) => p.code === "import.table.noRows")) {
    problems.push(importProblem("warning", "import.noTable", {}, {}));
  }
  return { tables, problems };
}
