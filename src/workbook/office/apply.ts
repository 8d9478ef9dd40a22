import type { Problem } from "../../domain/problem";
import type { Patch, Snapshot } from "../model";
import type { ExcelContext } from "./api";
import { planCheck } from "./check";
import { carry, Probe, queueLayout, settle, type Layout } from "./layout";
import { batches, REQUEST_BUDGET } from "./payload";
import { layoutOf } from "./read";
import { PatchRefusedError } from "./refused";
import { Features, supportsAll, type Supports } from "./requirements";
import { WritePlanner } from "./writes";

/**
 * Applies a patch to the workbook open in Excel: one sync loads what the checks need and the
 * checks run (check.ts, the same rules as the xlsx adapter); a refused patch throws
 * PatchRefusedError with nothing written. Then the writes go out in one sync, or in several when
 * their estimated size would pass the payload budget (payload.ts). The last write sync also
 * reloads the layout, so the next read needs one sync.
 */

export interface ApplyOptions {
  /** The layout to plan the checks from; by default the one `snapshot` was read with. */
  layout?: Layout;
  supports?: Supports;
  /** Request and response budget per sync in bytes (tests lower it). */
  budget?: number;
}

export interface ApplyResult {
  /** Features this Excel lacks, skipped (the rest was written). */
  warnings: Problem[];
  /** The layout after the writes. */
  layout: Layout | undefined;
}

export async function applyPatch(
  context: ExcelContext,
  patch: Patch,
  snapshot: Snapshot,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const features = new Features(options.supports ?? supportsAll);
  features.requireBase();
  const hint = options.layout ?? layoutOf(snapshot);
  if (patch.steps.length === 0 && patch.log.length === 0) return { warnings: [], layout: hint };

  const { value: checked } = await settle(
    context,
    hint,
    planCheck(patch, snapshot, features, options.budget),
  );
  if (checked.problems.length > 0) throw new PatchRefusedError(checked.problems);

  const protectedSheets = new Set(checked.layout.sheets.filter((s) => s.protected).map((s) => s.name));
  const planner = new WritePlanner(context, checked.view, features, protectedSheets);
  for (const step of patch.steps) planner.step(step);
  if (checked.log) planner.log(checked.log.step, checked.log.kept);

  const groups = batches(planner.ops, options.budget ?? REQUEST_BUDGET);
  let layout: Layout = checked.layout;
  for (let i = 0; i < groups.length; i++) {
    for (const o of groups[i]!) o.queue();
    const last = i === groups.length - 1;
    const tables = [...new Set([...checked.layout.tables.map((t) => t.name), ...planner.written.keys()])];
    const layoutNow = last
      ? queueLayout(new Probe(context), { sheets: planner.sheetNames(), tables })
      : undefined;
    await context.sync();
    if (layoutNow) layout = afterWrites(layoutNow(), checked.layout, planner.written);
  }
  return { warnings: features.warnings(), layout };
}

/** What the lists cannot say: known from before, and replaced by what was just written. */
function afterWrites(now: Layout, before: Layout, written: WritePlanner["written"]): Layout {
  const layout = carry(now, before);
  return {
    sheets: layout.sheets,
    tables: layout.tables.map((t) => ({ ...t, ...written.get(t.name) })),
  };
}
