import type { Problem } from "../problem";
import { importProblem, sourceText } from "./messages";
import type { ImportKind, ImportedRow, ImportedTable } from "./types";

interface Identity {
  kind: ImportKind;
  code: string;
  /** The row's identity, or undefined for a row that has none (it is kept as it is). */
  key: (row: ImportedRow) => { key: string; id: string; part: string } | undefined;
}

const IDENTITIES: readonly Identity[] = [
  {
    kind: "questionScores",
    code: "import.question.conflict",
    key: (r) => {
      const id = String(r.values.id);
      const part = r.values.part === null ? "" : String(r.values.part);
      return { key: `${id}#${part}`, id, part };
    },
  },
  {
    kind: "indicatorScores",
    code: "import.indicator.conflict",
    key: (r) =>
      r.values.no === null ? undefined : { key: String(r.values.no), id: String(r.values.no), part: "" },
  },
];

/**
 * A score listed again (seed 003 lists questions under several issues) counts once, over the whole
 * document; listed again with another value it is an error naming both places, and the first stays.
 * A blank first score takes a later value.
 */
export function dedupeScores(tables: ImportedTable[], problems: Problem[]): ImportedTable[] {
  for (const identity of IDENTITIES) {
    const seen = new Map<string, ImportedRow>();
    for (const table of tables.filter((t) => t.kind === identity.kind)) {
      table.rows = table.rows.filter((row) => keepRow(identity, seen, row, problems));
    }
  }
  return tables.filter((t) => t.rows.length > 0);
}

function keepRow(
  identity: Identity,
  seen: Map<string, ImportedRow>,
  row: ImportedRow,
  problems: Problem[],
): boolean {
  const id = identity.key(row);
  if (!id) return true;
  const first = seen.get(id.key);
  if (!first) {
    seen.set(id.key, row);
    return true;
  }
  const [a, b] = [first.values.score ?? null, row.values.score ?? null];
  if (a === null && b !== null) {
    first.values.score = b;
    if (row.sources.score) first.sources.score = row.sources.score;
  } else if (b !== null && a !== b) {
    const firstAt = first.sources.score ? sourceText(first.sources.score) : "?";
    const secondAt = row.sources.score ? sourceText(row.sources.score) : "?";
    const params = { id: id.id, part: id.part, first: String(a), firstAt, second: String(b), secondAt };
    problems.push(
      importProblem("error", identity.code, params, row.sources.score ?? row.sources.id ?? {}, "score"),
    );
  }
  return false;
}
