/**
 * Shared helpers of the benchmark sections: timing (median of several runs), growth ratios and the
 * table the orchestrator prints. Figures only; no test asserts on time.
 */
import { performance } from "node:perf_hooks";

/** What a section returns: figure name → value (a number, or text such as "not present"). */
export type Figures = Record<string, number | string>;

/** A benchmark section: bench/<name>.ts exporting `run`. */
export interface Section {
  run(): Promise<Figures>;
}

/** Milliseconds of one call of `fn` (awaited when it returns a promise). */
export async function timeOnce(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Median wall time in milliseconds of `runs` calls of `fn`, after `warmup` untimed calls. */
export async function medianMs(fn: () => unknown, runs = 7, warmup = 1): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeOnce(fn));
  return median(times);
}

/** Milliseconds of CPU (user + system) this process has used so far: steadier than wall time on a shared machine. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Median wall and CPU milliseconds of `runs` calls of `fn`, after `warmup` untimed calls. */
export async function medianWallCpu(
  fn: () => unknown,
  runs = 7,
  warmup = 1,
): Promise<{ wall: number; cpu: number }> {
  for (let i = 0; i < warmup; i++) await fn();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpu = cpuMs();
    walls.push(await timeOnce(fn));
    cpus.push(cpuMs() - cpu);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Rounds a figure for the report: 2 significant decimals below 10, 1 below 1000, whole above. */
export function round(value: number): number {
  if (!Number.isFinite(value)) return value;
  const abs = Math.abs(value);
  const decimals = abs < 10 ? 2 : abs < 1000 ? 1 : 0;
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/**
 * Time per step of a series measured at sizes growing 10× each: `ratio` of the later time to the
 * earlier one. Linear growth shows as ~10 (smaller at small sizes, where fixed costs dominate).
 */
export function growth(prefix: string, bySize: ReadonlyMap<number, number>): Figures {
  const out: Figures = {};
  const sizes = [...bySize.keys()].sort((a, b) => a - b);
  for (let i = 1; i < sizes.length; i++) {
    const from = sizes[i - 1]!;
    const to = sizes[i]!;
    out[`${prefix}.growth.${from}→${to}`] = round(bySize.get(to)! / bySize.get(from)!);
  }
  return out;
}

/** Peak-free resident memory now, in MiB. */
export const rssMiB = (): number => round(process.memoryUsage().rss / 1024 / 1024);

/** The readable table: one line per figure, grouped by section. */
export function formatTable(results: Record<string, Figures>): string {
  const lines: string[] = [];
  const width = Math.max(
    20,
    ...Object.values(results).flatMap((figures) => Object.keys(figures).map((k) => k.length)),
  );
  for (const [section, figures] of Object.entries(results)) {
    lines.push(`\n${section}`);
    for (const [name, value] of Object.entries(figures)) {
      lines.push(
        `  ${name.padEnd(width)}  ${typeof value === "number" ? value.toLocaleString("en-US") : value}`,
      );
    }
  }
  return lines.join("\n");
}
