import { rangeAddress, type RangeBox } from "../address";
import type { Grid } from "./cells";
import { queueGrid } from "./grid";
import type { Probe } from "./layout";
import { jsonBytes, REQUEST_BUDGET } from "./payload";

/**
 * Loading many rectangles of cells under the 5 MB response limit of Excel on the web. Each
 * rectangle's answer is estimated as cells × bytes per cell (measured at the last read of that
 * table or sheet, else `DEFAULT_CELL_BYTES`); rectangles that fit the budget load in the sync
 * being planned, the rest in row blocks over extra syncs. Up to ~10,000 plan rows everything fits
 * one sync; a workbook holding more (or several large backups) costs one sync per ~4 MB more.
 */

export const RESPONSE_BUDGET = REQUEST_BUDGET;
/** A value cell of a Thai plan row averages ~28 bytes of JSON; a guess must not be lower. */
export const DEFAULT_CELL_BYTES = 48;
/** Without special cells (ExcelApi < 1.9) values, formulas and value types come back: three arrays. */
const FALLBACK_FACTOR = 3;

interface Job {
  sheet: string;
  box: RangeBox;
  formulas: boolean;
  bytes: number;
  blocks: (() => Grid)[];
}

const cellsOf = (box: RangeBox) => (box.bottom - box.top + 1) * (box.right - box.left + 1);

/** Stacks grids loaded in row blocks back into one. */
function merge(box: RangeBox, parts: Grid[]): Grid {
  const grid: Grid = {
    box,
    values: parts.flatMap((p) => p.values),
    formulaCells: new Set(parts.flatMap((p) => [...p.formulaCells])),
    errorCells: new Set(parts.flatMap((p) => [...p.errorCells])),
  };
  if (parts.every((p) => p.formulas)) grid.formulas = parts.flatMap((p) => p.formulas!);
  return grid;
}

export class GridLoads {
  private jobs: Job[] = [];
  constructor(
    private readonly probe: Probe,
    private readonly specialCells: boolean,
    private readonly budget = RESPONSE_BUDGET,
  ) {}

  /** Registers a rectangle; the function reads it (whole) after the last sync. */
  add(sheet: string, box: RangeBox, cellBytes: number | undefined, formulas: boolean): () => Grid {
    const factor = this.specialCells ? (formulas ? 2 : 1) : FALLBACK_FACTOR;
    const job: Job = {
      sheet,
      box,
      formulas,
      bytes: cellsOf(box) * (cellBytes ?? DEFAULT_CELL_BYTES) * factor,
      blocks: [],
    };
    this.jobs.push(job);
    return () => {
      const parts = job.blocks.map((read) => read());
      return parts.length === 1 ? parts[0]! : merge(box, parts);
    };
  }

  private queue(job: Job, box: RangeBox): void {
    const range = this.probe.sheet(job.sheet).getRange(rangeAddress(box));
    job.blocks.push(queueGrid(range, { specialCells: this.specialCells, formulas: job.formulas }));
  }

  /**
   * Queues what fits into the sync being planned (`used` bytes already taken) and returns one
   * function per extra sync for the rest, each queueing its share of row blocks.
   */
  plan(used = 0): (() => void)[] {
    let room = this.budget - used;
    const later: { job: Job; box: RangeBox; bytes: number }[] = [];
    for (const job of [...this.jobs].sort((a, b) => a.bytes - b.bytes)) {
      if (job.bytes <= room) {
        this.queue(job, job.box);
        room -= job.bytes;
        continue;
      }
      const rows = job.box.bottom - job.box.top + 1;
      const perRow = job.bytes / rows;
      const step = Math.max(1, Math.floor(this.budget / perRow));
      for (let top = job.box.top; top <= job.box.bottom; top += step) {
        const box = { ...job.box, top, bottom: Math.min(job.box.bottom, top + step - 1) };
        later.push({ job, box, bytes: perRow * (box.bottom - box.top + 1) });
      }
    }
    const syncs: { job: Job; box: RangeBox }[][] = [];
    let size = Infinity;
    for (const block of later) {
      if (size + block.bytes > this.budget) {
        syncs.push([]);
        size = 0;
      }
      syncs[syncs.length - 1]!.push(block);
      size += block.bytes;
    }
    // Blocks must come back in order: they were cut top to bottom and are read in that order.
    return syncs.map((blocks) => () => blocks.forEach(({ job, box }) => this.queue(job, box)));
  }
}

/** JSON bytes per cell of what a grid returned, to estimate the next read of the same cells. */
export const measuredCellBytes = (grid: Grid): number =>
  Math.max(1, Math.ceil(jsonBytes(grid.values) / Math.max(1, cellsOf(grid.box))));
