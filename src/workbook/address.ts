/** A1-style addresses. Rows and columns are 1-based, as in Excel. */
export interface RangeBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 1 → "A", 27 → "AA". */
export function columnLetter(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "AA" → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export const cellAddress = (row: number, column: number): string => `${columnLetter(column)}${row}`;

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

export function parseCell(address: string): { row: number; column: number } {
  const match = CELL.exec(address.trim());
  if (!match) throw new RangeError(`"${address}" is not a cell address`);
  return { row: Number(match[2]), column: columnNumber(match[1]!) };
}

/** "A1:L17" (or a single cell) → its box; a sheet prefix ("ITA_Plan!A1:B2") is ignored. */
export function parseRange(address: string): RangeBox {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [from, to = from] = bare.split(":");
  const a = parseCell(from!);
  const b = parseCell(to!);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

export const rangeAddress = (box: RangeBox): string =>
  `${cellAddress(box.top, box.left)}:${cellAddress(box.bottom, box.right)}`;

export const contains = (box: RangeBox, row: number, column: number): boolean =>
  row >= box.top && row <= box.bottom && column >= box.left && column <= box.right;

/** Quotes a sheet name for a formula when it needs it ('สรุป'!A1, 'My sheet'!A1). */
export function sheetRef(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}
