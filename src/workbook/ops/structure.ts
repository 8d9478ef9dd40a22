import { reportProblem, type Problem } from "../../domain/problem";
import { cellAddress, parseRange } from "../address";
import type { Snapshot } from "../model";
import { matchHeaders, TABLES, type ColumnKind, type TableName } from "../schema";
import type { FoundTable } from "./tables";

/**
 * Problems of a workbook's shape rather than of its values: a managed column whose header was
 * retyped or deleted (its values would silently go unread), a table converted to a range, a
 * second table with a role already taken, empty rows inside a table.
 */

/** Columns whose values feed a figure or a lookup: without them a total or a score changes. */
const FEEDS_FIGURES: readonly ColumnKind[] = ["money", "score", "integer", "boolean", "status", "id"];

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

function headerProblems(found: FoundTable): Problem[] {
  const { def, table, box, columns } = found;
  const used = new Set(columns.values());
  const unknown = table.headers.map((h, i) => ({ h, i })).filter(({ i }) => !used.has(i));
  const problems: Problem[] = [];
  for (const column of def.columns) {
    if (columns.has(column.key)) continue;
    const guess = unknown.shift();
    const cell = cellAddress(box.top, box.left + (guess ? guess.i : table.headers.length));
    const severity = FEEDS_FIGURES.includes(column.kind) ? "error" : "warning";
    const header = table.headers.some((h) => /[\u0E00-\u0E7F]/.test(h)) ? column.th : column.en;
    problems.push(
      reportProblem(
        severity,
        "table.header.missing",
        { table: def.name, column: header, found: guess ? String(guess.h) : "" },
        { sheet: table.sheet, cell },
      ),
    );
  }
  return problems;
}

function emptyRowProblems(found: FoundTable): Problem[] {
  const rows = found.table.rows;
  const filled = rows.map((r) => r.some((v) => !isBlank(v)));
  const last = filled.lastIndexOf(true);
  const problems: Problem[] = [];
  for (let i = 0; i < last; i++) {
    if (filled[i]) continue;
    const cell = cellAddress(found.box.top + 1 + i, found.box.left);
    problems.push(
      reportProblem(
        "warning",
        "table.emptyRow",
        { table: found.def.name, row: i + 1 },
        { sheet: found.table.sheet, cell, row: i + 1 },
      ),
    );
  }
  return problems;
}

/** Managed sheets that hold data but no table of their name: converted to a range. */
function asRangeProblems(snapshot: ModelSource, tables: Map<TableName, FoundTable>): Problem[] {
  const problems: Problem[] = [];
  if (!snapshot.sheets || !snapshot.looseCells) return problems;
  for (const def of TABLES) {
    if (tables.has(def.name)) continue;
    const sheet = snapshot.sheets.find((s) => s.name.toLowerCase() === def.name.toLowerCase());
    const cells = sheet ? Object.keys(snapshot.looseCells[sheet.name] ?? {}) : [];
    if (!sheet || cells.length === 0) continue;
    const cell = cells.includes("A1") ? "A1" : cells[0];
    problems.push(
      reportProblem(
        "error",
        "table.asRange",
        { table: def.name, sheet: sheet.name },
        { sheet: sheet.name, cell },
      ),
    );
  }
  return problems;
}

/** Tables with the headers of a role already filled by another table: they are not counted. */
function ignoredTables(snapshot: ModelSource, tables: Map<TableName, FoundTable>): Problem[] {
  const taken = new Set([...tables.values()].map((f) => f.table.name));
  const problems: Problem[] = [];
  for (const table of snapshot.tables) {
    if (taken.has(table.name)) continue;
    const def = TABLES.find((d) => tables.has(d.name) && matchHeaders(d, table.headers) !== undefined);
    if (!def) continue;
    const used = tables.get(def.name)!.table.sheet;
    const box = parseRange(table.address);
    problems.push(
      reportProblem(
        "warning",
        "table.ignored",
        { found: table.name, sheet: table.sheet, table: def.name, used },
        { sheet: table.sheet, cell: cellAddress(box.top, box.left) },
      ),
    );
  }
  return problems;
}

/**
 * What the model reads: the tables, and where the reader has them (not the fast reader of the
 * managed tables, which falls back to a full read when a managed sheet holds no table), the sheets
 * and their loose cells.
 */
export type ModelSource = Pick<Snapshot, "tables"> & Partial<Pick<Snapshot, "sheets" | "looseCells">>;

export function structureProblems(snapshot: ModelSource, tables: Map<TableName, FoundTable>): Problem[] {
  return [
    ...[...tables.values()].flatMap((found) => [...headerProblems(found), ...emptyRowProblems(found)]),
    ...asRangeProblems(snapshot, tables),
    ...ignoredTables(snapshot, tables),
  ];
}

/** Tables reported by `structureProblems` as ranges: their "missing" warning would say less. */
export const asRangeTables = (problems: readonly Problem[]): Set<string> =>
  new Set(problems.filter((p) => p.code === "table.asRange").map((p) => String(p.sheet)));
