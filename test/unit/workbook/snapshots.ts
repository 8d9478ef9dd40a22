import { cellAddress, parseCell } from "../../../src/workbook/address";
import type { CellValue, CellWrite, Patch, Snapshot, TableSnapshot } from "../../../src/workbook/model";

/** A table as an adapter would report it (fingerprint: a plain digest of the content, enough for pure tests). */
export function table(
  name: string,
  headers: string[],
  rows: CellValue[][],
  sheet = name,
  topLeft = "A1",
): TableSnapshot {
  const { row, column } = parseCell(topLeft);
  const address = `${topLeft}:${cellAddress(row + Math.max(rows.length, 1), column + headers.length - 1)}`;
  return { name, sheet, address, headers, rows, fingerprint: JSON.stringify([address, headers, rows]) };
}

export const emptySnapshot = (): Snapshot => ({ sheets: [], tables: [], looseCells: {} });

const asValue = (v: CellWrite): CellValue => (typeof v === "object" && v !== null ? null : v);

/**
 * The tables a patch's writeTable steps leave behind, on top of a snapshot: lets pure tests run one
 * op after another without an adapter (formulas read back as null).
 */
export function afterPatch(snapshot: Snapshot, patch: Patch): Snapshot {
  let tables = [...snapshot.tables];
  const sheets = [...snapshot.sheets];
  for (const step of patch.steps) {
    if (step.kind === "ensureSheet" && !sheets.some((s) => s.name === step.sheet)) {
      sheets.push({ name: step.sheet, visibility: step.visibility ?? "visible", protected: false });
    }
    if (step.kind !== "writeTable") continue;
    const next = table(
      step.table,
      step.columns.map((c) => c.header),
      step.rows.map((r) => r.map(asValue)),
      step.sheet,
      step.topLeft,
    );
    tables = [...tables.filter((t) => t.name !== step.table), next];
  }
  return { sheets, tables, looseCells: snapshot.looseCells };
}

/** A table's rows keyed by its headers, to write test inputs the way a person fills the sheet. */
export function setColumn(
  snapshot: Snapshot,
  tableName: string,
  header: string,
  valueFor: (row: CellValue[], i: number) => CellValue,
): Snapshot {
  return {
    ...snapshot,
    tables: snapshot.tables.map((t) => {
      if (t.name !== tableName) return t;
      const index = t.headers.indexOf(header);
      if (index < 0) throw new Error(`${tableName} has no ${header}`);
      const rows = t.rows.map((r, i) => r.map((v, j) => (j === index ? valueFor(r, i) : v)));
      return table(t.name, t.headers, rows, t.sheet, t.address.split(":")[0]);
    }),
  };
}
