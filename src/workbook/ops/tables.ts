import type { RawRow, RawRowSource } from "../../domain/validate";
import { cellAddress, columnLetter, parseRange, type RangeBox } from "../address";
import type { CellValue, Snapshot, TableSnapshot } from "../model";
import { matchHeaders, TABLES, type TableDef, type TableName } from "../schema";

/** A managed table as found in a snapshot: its definition, where it is, which header is which column. */
export interface FoundTable {
  def: TableDef;
  table: TableSnapshot;
  box: RangeBox;
  /** Column key → 0-based index among the table's columns. */
  columns: Map<string, number>;
  /** How it was recognised: by its fixed name, or by its header words (a table built by hand). */
  foundBy: "name" | "headers";
}

/**
 * Finds each managed table: by its fixed name first, then by header words among the other tables.
 * A table claimed for one definition is not offered to another.
 */
export function findTables(snapshot: Pick<Snapshot, "tables">): Map<TableName, FoundTable> {
  const found = new Map<TableName, FoundTable>();
  const claimed = new Set<string>();
  for (const def of TABLES) {
    const table = snapshot.tables.find((t) => t.name.toLowerCase() === def.name.toLowerCase());
    if (!table) continue;
    const columns = matchHeaders(def, table.headers, 0) ?? new Map<string, number>();
    found.set(def.name, { def, table, box: parseRange(table.address), columns, foundBy: "name" });
    claimed.add(table.name);
  }
  for (const def of TABLES) {
    if (found.has(def.name)) continue;
    for (const table of snapshot.tables) {
      if (claimed.has(table.name)) continue;
      const columns = matchHeaders(def, table.headers);
      if (!columns) continue;
      found.set(def.name, { def, table, box: parseRange(table.address), columns, foundBy: "headers" });
      claimed.add(table.name);
      break;
    }
  }
  return found;
}

/** Sheet address of a body cell (row 1-based within the body). */
export function bodyCell(found: FoundTable, row: number, key: string): string | undefined {
  const index = found.columns.get(key);
  return index === undefined ? undefined : cellAddress(found.box.top + row, found.box.left + index);
}

export function valueOf(found: FoundTable, row: CellValue[], key: string): CellValue {
  const index = found.columns.get(key);
  return index === undefined ? null : (row[index] ?? null);
}

const SHEET_ROW = Symbol("sheetRow");

/**
 * The `cells` of a table's raw rows: one shared prototype with a getter per column key, so a row's
 * addresses ("D5") are only built when a message asks for one. A 100,000-row plan would otherwise
 * make 1.2 million address strings on every read.
 */
function cellsOf(found: FoundTable): (sheetRow: number) => Record<string, string> {
  const proto: Record<string, string> = {};
  for (const [key, index] of found.columns) {
    const letters = columnLetter(found.box.left + index);
    Object.defineProperty(proto, key, {
      enumerable: true,
      get(this: { [SHEET_ROW]: number }) {
        return `${letters}${this[SHEET_ROW]}`;
      },
    });
  }
  return (sheetRow) => {
    const cells = Object.create(proto) as Record<string, string> & { [SHEET_ROW]: number };
    cells[SHEET_ROW] = sheetRow;
    return cells;
  };
}

/** Makes the raw row of a table's body row `i` (0-based): values by column key, with their cells. */
function rowMaker(found: FoundTable): (i: number) => RawRow {
  // Keys and indices as parallel arrays: no [key, index] pair destructured per cell.
  const keys: string[] = [];
  const indices: number[] = [];
  for (const [key, index] of found.columns) {
    keys.push(key);
    indices.push(index);
  }
  const width = keys.length;
  const cells = cellsOf(found);
  const top = found.box.top;
  const sheet = found.table.sheet;
  const rows = found.table.rows;
  // Each row's values start as a copy of one template holding every key: the copy has its final
  // shape at once, where adding twelve keys one by one reshapes it twelve times.
  const template: Record<string, unknown> = {};
  for (const key of keys) template[key] = null;
  return (i) => {
    const row = rows[i]!;
    const values: Record<string, unknown> = { ...template };
    for (let c = 0; c < width; c++) values[keys[c]!] = row[indices[c]!] ?? null;
    return { row: i + 1, values, cells: cells(top + i + 1), sheet };
  };
}

/** Body rows as the core's raw rows: values by column key, with their cell addresses. */
export function rawRows(found: FoundTable): RawRow[] {
  const make = rowMaker(found);
  const out = new Array<RawRow>(found.table.rows.length);
  for (let i = 0; i < out.length; i++) out[i] = make(i);
  return out;
}

/**
 * The same raw rows made one at a time as they are iterated, for a reader that keeps none of them
 * (the plan reader): a 100,000-row plan's 300,000 row objects then die young instead of being
 * held, copied and promoted by the collector for the whole read.
 */
export function rawRowSource(found: FoundTable): RawRowSource {
  const make = rowMaker(found);
  const length = found.table.rows.length;
  return {
    length,
    [Symbol.iterator]() {
      let i = 0;
      return {
        next: (): IteratorResult<RawRow> =>
          i < length ? { done: false, value: make(i++) } : { done: true, value: undefined },
      };
    },
  };
}

/** Header text of a column as it stands in the workbook (the user may have retyped it). */
export function headerOf(found: FoundTable, key: string): string | undefined {
  const index = found.columns.get(key);
  return index === undefined ? undefined : found.table.headers[index];
}

/** The managed tables of a snapshot as a patch's `reads`: an op computed from them is refused if one changes. */
export const readsOf = (tables: Iterable<FoundTable>): { table: string; fingerprint: string }[] =>
  [...tables].map((f) => ({ table: f.table.name, fingerprint: f.table.fingerprint }));
