import { reportProblem, type Problem } from "../../domain/problem";
import { cellAddress, parseRange } from "../address";
import type { CellValue, Snapshot } from "../model";
import { matchHeaders, TABLES, type TableName } from "../schema";
import type { FoundTable } from "./tables";
import { trustProblem } from "./trust-messages";

/**
 * Problems of a workbook's shape rather than of its values: a managed column whose header was
 * retyped or deleted (its values would silently go unread: an error where figures depend on it),
 * a table converted to a range, a second table with a role already taken, empty rows inside a table.
 */
/**
 * What the model reads: the tables, and where the reader has them (not the fast reader of the
 * managed tables, which falls back to a full read when a managed sheet holds no table), the sheets
 * and their loose cells.
 */
export type ModelSource = Pick<Snapshot, "tables"> & Partial<Pick<Snapshot, "sheets" | "looseCells">>;

/** Whether a body row holds anything but blanks. */
function filledRow(row: readonly CellValue[]): boolean {
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    if (v !== null && String(v).trim() !== "") return true;
  }
  return false;
}

export function structureProblems(snapshot: ModelSource, tables: Map<TableName, FoundTable>): Problem[] {
  const problems: Problem[] = [];
  const add = (error: boolean, code: string, params: Record<string, string>, sheet: string, cell?: string) =>
    problems.push(
      (code === "table.columnMissing" ? reportProblem : trustProblem)(
        error ? "error" : "warning",
        code,
        params,
        {
          sheet,
          cell,
        },
      ),
    );
  for (const { def, table, box, columns } of tables.values()) {
    const used = [...columns.values()];
    const loose = table.headers.map((_, i) => i).filter((i) => !used.includes(i));
    const thai = table.headers.some((h) => /[\u0E00-\u0E7F]/.test(h));
    for (const c of def.columns.filter((c) => !columns.has(c.key))) {
      const cell = cellAddress(box.top, box.left + (loose.shift() ?? table.headers.length));
      const feedsFigures = !["text", "longText", "url"].includes(c.kind);
      add(
        feedsFigures,
        "table.columnMissing",
        { table: def.name, column: thai ? c.th : c.en },
        table.sheet,
        cell,
      );
    }
    // An empty row is one before the last filled row: that row is found from the end, then each
    // row before it is looked at once (no array of 100,000 flags, no search from each empty row).
    const rows = table.rows;
    let lastFilled = rows.length - 1;
    while (lastFilled >= 0 && !filledRow(rows[lastFilled]!)) lastFilled--;
    for (let i = 0; i < lastFilled; i++) {
      if (!filledRow(rows[i]!))
        add(
          false,
          "table.emptyRow",
          { table: def.name },
          table.sheet,
          cellAddress(box.top + 1 + i, box.left),
        );
    }
  }
  const { sheets, looseCells } = snapshot;
  for (const def of sheets && looseCells ? TABLES : []) {
    const sheet = sheets?.find((s) => s.name.toLowerCase() === def.name.toLowerCase())?.name;
    const cells = Object.keys(looseCells?.[sheet ?? ""] ?? {});
    if (!tables.has(def.name) && sheet && cells.length > 0)
      add(true, "table.asRange", { table: def.name, sheet }, sheet, cells.includes("A1") ? "A1" : cells[0]);
  }
  const taken = [...tables.values()].map((f) => f.table.name);
  for (const t of snapshot.tables.filter((t) => !taken.includes(t.name))) {
    const def = TABLES.find((d) => tables.has(d.name) && matchHeaders(d, t.headers));
    const box = parseRange(t.address);
    if (def)
      add(
        false,
        "table.ignored",
        { found: t.name, table: def.name, used: tables.get(def.name)!.table.sheet },
        t.sheet,
        cellAddress(box.top, box.left),
      );
  }
  return problems;
}

/** Tables reported by `structureProblems` as ranges: their "missing" warning would say less. */
export const asRangeTables = (problems: readonly Problem[]): Set<string> =>
  new Set(problems.filter((p) => p.code === "table.asRange").map((p) => String(p.sheet)));
