import type { CellValue } from "./model";

/**
 * The digest of a table that an op carries in `expect` and an adapter recomputes before it writes:
 * if a co-author changed the table in between, the digests differ and the write is refused.
 *
 * Both adapters (ExcelJS on a file, Office.js in Excel) must give the same digest for the same
 * table, so the input is serialised canonically and hashed with FNV-1a 64-bit: no crypto API
 * (SubtleCrypto is async and absent from custom-function runtimes), no dependency, same result
 * in Node and in every browser.
 *
 * The text hashed (as UTF-8), lines joined by "\n":
 *   ita-table-v1
 *   A:<address without sheet or $, upper case>
 *   H:<each header encoded>
 *   R:<each cell of a body row encoded>        (one line per row)
 * A value is encoded as "z;" (empty), "b1;"/"b0;", "n<number>;" (15 significant digits, -0 as 0),
 * "s<length>:<text>" or "e<length>:<error code>", lengths in UTF-16 code units.
 */

const VERSION = "ita-table-v1";

/**
 * Numbers to 15 significant digits (what Excel itself keeps and shows): the double a file stores
 * and the one Excel hands to Office.js can differ in the last bit, and 1 and 1.0 are one number.
 */
function canonicalNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const rounded = Number(n.toPrecision(15));
  return Object.is(rounded, -0) ? "0" : String(rounded);
}

/** Each kind gets its own tag and strings carry their length, so no two values encode alike. */
function encodeValue(v: CellValue): string {
  if (v === null) return "z;";
  if (typeof v === "boolean") return v ? "b1;" : "b0;";
  if (typeof v === "number") return `n${canonicalNumber(v)};`;
  if (typeof v === "string") return `s${v.length}:${v}`;
  return `e${v.error.length}:${v.error}`;
}

/** "Sheet1!$A$1:$L$17" and "a1:l17" name the same range: Office.js returns the first form. */
function canonicalAddress(address: string): string {
  const bare = address.slice(address.lastIndexOf("!") + 1);
  return bare.replace(/\$/g, "").toUpperCase();
}

function canonicalText(address: string, headers: readonly string[], rows: readonly (readonly CellValue[])[]) {
  const parts = [VERSION, `A:${canonicalAddress(address)}`, `H:${headers.map(encodeValue).join("")}`];
  for (const row of rows) parts.push(`R:${row.map(encodeValue).join("")}`);
  return parts.join("\n");
}

/**
 * FNV-1a over bytes with the 64-bit state held in four 16-bit limbs: plain numbers stay exact
 * (every product is below 2^32) and it is much faster than BigInt on a large table.
 */
export function fnv1a64(bytes: Uint8Array): string {
  // Offset basis 0xcbf29ce484222325, least significant limb first.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (const byte of bytes) {
    h0 ^= byte;
    // Multiply by the prime 0x100000001b3 = 2^40 + 0x1b3: 0x1b3 on every limb, 2^8 shifted two limbs up.
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + h0 * 0x100 + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + h1 * 0x100 + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, "0")).join("");
}

/** Digest of a table: its address, header texts and body values (16 hex digits). */
export function fingerprint(
  address: string,
  headers: readonly string[],
  rows: readonly (readonly CellValue[])[],
): string {
  return fnv1a64(new TextEncoder().encode(canonicalText(address, headers, rows)));
}
