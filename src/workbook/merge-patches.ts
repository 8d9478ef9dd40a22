import type { Patch } from "./model";

/**
 * Several patches planned from the same snapshot as one: their steps in order, then their log
 * entries in order, so applying it once gives what applying them one after the other would, with
 * one precondition check and one rewrite of the log. Only for patches that touch different ranges.
 */
export function mergePatches(patches: readonly Patch[]): Patch {
  // The tables each patch only read must still be as read (same snapshot: one fingerprint a table).
  const reads = new Map(patches.flatMap((p) => p.reads ?? []).map((r) => [r.table, r]));
  return {
    op: patches.map((p) => p.op).join("+"),
    steps: patches.flatMap((p) => p.steps),
    mustBeEmpty: patches.flatMap((p) => p.mustBeEmpty),
    log: patches.flatMap((p) => p.log),
    ...(reads.size > 0 ? { reads: [...reads.values()] } : {}),
  };
}
