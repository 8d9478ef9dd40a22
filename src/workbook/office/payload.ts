/**
 * How big a batch is before it is sent. Excel on the web refuses a request (or a response) over
 * 5 MB; desktop Excel has no such limit, so one budget serves every host.
 *
 * The estimate of a write is the UTF-8 size of the JSON of the arrays and values it sends (what
 * Office.js serialises into the request) plus a fixed envelope per action (object path, property
 * name, ids). A batch is closed before it would pass `REQUEST_BUDGET`, 4,000,000 bytes: a 20%
 * margin under 5,000,000 for what the estimate leaves out.
 */

export const REQUEST_BUDGET = 4_000_000;
/** Generous: Office.js's per-action JSON (ids, object path, property) is about 100 bytes. */
export const ACTION_BYTES = 200;

/** UTF-8 bytes of a string, without Buffer or TextEncoder allocations. */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80) n += 1;
    else if (code < 0x800) n += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export const jsonBytes = (value: unknown): number => utf8Bytes(JSON.stringify(value) ?? "");

/**
 * Splits rows into consecutive blocks whose JSON fits `budget` (a single row larger than the
 * budget is a block of its own). Returns [start, end) pairs.
 */
export function rowBlocks(rows: readonly unknown[][], budget: number): [number, number][] {
  const blocks: [number, number][] = [];
  let start = 0;
  let size = 2;
  rows.forEach((row, i) => {
    const bytes = jsonBytes(row) + 1;
    if (i > start && size + bytes > budget) {
      blocks.push([start, i]);
      start = i;
      size = 2;
    }
    size += bytes;
  });
  if (start < rows.length || rows.length === 0) blocks.push([start, rows.length]);
  return blocks;
}

/** One queued piece of work and its estimated request size. */
export interface WriteOp {
  bytes: number;
  queue(): void;
}

/** An op of `actions` actions carrying `data`. */
export const op = (actions: number, data: unknown, queue: () => void): WriteOp => ({
  bytes: actions * ACTION_BYTES + (data === undefined ? 0 : jsonBytes(data)),
  queue,
});

/** Groups ops in order into batches under the budget. */
export function batches(ops: readonly WriteOp[], budget = REQUEST_BUDGET): WriteOp[][] {
  const groups: WriteOp[][] = [];
  let current: WriteOp[] = [];
  let size = 0;
  for (const o of ops) {
    if (current.length > 0 && size + o.bytes > budget) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(o);
    size += o.bytes;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
