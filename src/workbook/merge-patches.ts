import type { Patch } from "./model";

/**
 * Several patches planned from the same snapshot as one: their steps in order, then their log
 * entries in order, so applying it once gives what applying them one after the other would, with
 * one precondition check and one rewrite of the log. Only for patches that touch different ranges.
 */
export function mergePatches(patches: readonly Patch[]): Patch {
  return {
    op: patches.map((p) => p.op).join("+"),
    steps: patches.flatMap((p) => p.steps),
    mustBeEmpty: patches.flatMap((p) => p.mustBeEmpty),
    log: patches.flatMap((p) => p.log),
  };
}
