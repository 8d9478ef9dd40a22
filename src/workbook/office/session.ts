import type { Problem } from "../../domain/problem";
import type { Patch, Snapshot } from "../model";
import type { WorkbookSession } from "../session";
import type { ExcelEventResult } from "./api";
import { applyPatch } from "./apply";
import type { OfficeHost } from "./host";
import type { Layout } from "./layout";
import { isManagedSheet, layoutOf, readSnapshot } from "./read";
import { FEATURES, type Supports } from "./requirements";

/**
 * The task pane's face of the workbook open in Excel. It keeps the layout it saw last, so that
 * after the first read every read is one sync and every apply two (see layout.ts).
 */

export interface Timer {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimer: Timer = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

export interface SessionOptions {
  /** Quiet time before onChange's callback runs (default 400 ms): a paste is one call, not many. */
  debounceMs?: number;
  timer?: Timer;
}

/** Calls `run` once `ms` after the last of a burst of calls. */
export function debounce(run: () => void, ms: number, timer: Timer): { call(): void; cancel(): void } {
  let handle: unknown;
  const cancel = () => {
    if (handle !== undefined) timer.clearTimeout(handle);
    handle = undefined;
  };
  return {
    call() {
      cancel();
      handle = timer.setTimeout(() => {
        handle = undefined;
        run();
      }, ms);
    },
    cancel,
  };
}

export class OfficeSession implements WorkbookSession {
  readonly kind = "excel" as const;
  private layout: Layout | undefined;
  private readonly supports: Supports;

  constructor(
    private readonly host: OfficeHost,
    private readonly options: SessionOptions = {},
  ) {
    this.supports = (version) => host.isSetSupported("ExcelApi", version);
  }

  async read(options: { backups?: boolean } = {}): Promise<Snapshot> {
    const snapshot = await this.host.run((context) =>
      readSnapshot(context, { layout: this.layout, supports: this.supports, backups: options.backups }),
    );
    this.layout = layoutOf(snapshot) ?? this.layout;
    return snapshot;
  }

  async apply(patch: Patch, snapshot: Snapshot): Promise<{ warnings: Problem[] }> {
    const result = await this.host.run((context) =>
      applyPatch(context, patch, snapshot, {
        layout: layoutOf(snapshot) ?? this.layout,
        supports: this.supports,
      }),
    );
    this.layout = result.layout ?? this.layout;
    return { warnings: result.warnings };
  }

  /**
   * The user's selected range as a grid, for "use the selected range" in the Import view: one load
   * and one sync. Empty cells come back as null, as the importer expects.
   */
  async readSelection(): Promise<{
    sheet: string;
    topLeft: string;
    grid: (string | number | boolean | null)[][];
  }> {
    return this.host.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("address,values");
      await context.sync();
      const cut = range.address.lastIndexOf("!");
      const sheet = range.address
        .slice(0, cut)
        .replace(/^'(.*)'$/, "$1")
        .replace(/''/g, "'");
      const topLeft = range.address
        .slice(cut + 1)
        .split(":")[0]!
        .replace(/\$/g, "");
      const values = range.values as unknown[][];
      const grid = values.map((row) =>
        row.map((v) =>
          v === "" || v === undefined
            ? null
            : typeof v === "object"
              ? String(v)
              : (v as string | number | boolean),
        ),
      );
      return { sheet, topLeft, grid };
    });
  }

  async select(sheet: string, cell: string): Promise<void> {
    await this.host.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
  }

  /**
   * Watches the managed sheets (ExcelApi 1.7): edits on them, and sheets added or deleted (a new
   * managed sheet is watched too). Without 1.7 there is nothing to watch and the callback never runs.
   */
  async onChange(callback: () => void): Promise<() => void> {
    if (!this.supports(FEATURES.events.version)) return () => undefined;
    const timer = this.options.timer ?? realTimer;
    const burst = debounce(callback, this.options.debounceMs ?? 400, timer);
    const subscriptions: ExcelEventResult[] = [];
    let active = true;
    const changed = async () => {
      if (active) burst.call();
    };
    const watchAdded = async ({ worksheetId }: { worksheetId: string }) => {
      await changed();
      await this.host.run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(worksheetId);
        worksheet.load("name");
        await context.sync();
        if (!active || !isManagedSheet(worksheet.name)) return;
        subscriptions.push(worksheet.onChanged.add(changed));
        await context.sync();
      });
    };
    await this.host.run(async (context) => {
      const { worksheets } = context.workbook;
      worksheets.load("items/name");
      await context.sync();
      for (const worksheet of worksheets.items) {
        if (isManagedSheet(worksheet.name)) subscriptions.push(worksheet.onChanged.add(changed));
      }
      subscriptions.push(worksheets.onAdded.add(watchAdded), worksheets.onDeleted.add(changed));
      await context.sync();
    });
    return () => {
      active = false;
      burst.cancel();
      void this.remove(subscriptions.splice(0));
    };
  }

  /** Removes handlers, each in the context that added it. */
  private async remove(subscriptions: readonly ExcelEventResult[]): Promise<void> {
    const byContext = new Map<unknown, ExcelEventResult[]>();
    for (const s of subscriptions) byContext.set(s.context, [...(byContext.get(s.context) ?? []), s]);
    for (const [context, group] of byContext) {
      await this.host.runIn(context, async (c) => {
        for (const s of group) s.remove();
        await c.sync();
      });
    }
  }
}
