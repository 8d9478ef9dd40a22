import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker, type ResourceLimits } from "node:worker_threads";
import { failedRow, rowFor, type BatchRow, type RowOptions } from "./batch-row";
import type { Chunk, ChunkDone } from "./batch-worker";
import { CliError } from "./types";

/**
 * The roll-up over many workbooks on every core: a pool of worker threads, each reading the chunks
 * of files it is given and sending back small rows. Chunks go to whichever worker is free, and the
 * rows land at their file's index, so the result is in the order of the command line whatever the
 * timing: the same as `--jobs 1`, which reads the files one by one on the main thread.
 */

/** Files per message: small enough to balance 2 cores, big enough that messages cost nothing. */
const CHUNK = 4;

/** The worker's entry: next to the bundle (build/cli/batch-worker.cjs), else the source under tsx. */
function startWorker(options: RowOptions, limits: ResourceLimits | undefined): Worker {
  const common = { workerData: options, ...(limits ? { resourceLimits: limits } : {}) };
  const bundled = join(__dirname, "batch-worker.cjs");
  if (__filename.endsWith(".cjs") && existsSync(bundled)) return new Worker(bundled, common);
  const source = join(__dirname, "batch-worker.ts");
  // Jest and tsx run the sources: the worker registers tsx's require hook before loading its entry.
  const tsx = require.resolve(["tsx", "cjs", "api"].join("/"));
  const code = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(source)});`;
  return new Worker(code, { eval: true, ...common });
}

export type Progress = (done: number, total: number, label: string) => void;

/**
 * One row per file, in the files' order. `jobs` 1 reads on this thread; more start that many
 * workers, each within `limits` (memory) when given.
 */
export async function batchRows(
  files: readonly string[],
  options: RowOptions,
  jobs: number,
  progress: Progress,
  limits?: ResourceLimits,
): Promise<BatchRow[]> {
  const rows: BatchRow[] = new Array<BatchRow>(files.length);
  if (jobs <= 1 || files.length <= 1) {
    for (const [i, file] of files.entries()) {
      progress(i, files.length, file);
      rows[i] = await rowFor(options, file);
    }
    progress(files.length, files.length, "");
    return rows;
  }
  const queue: Chunk["files"] = files.map((f, i) => [i, f]);
  let done = 0;
  const size = Math.max(1, Math.min(CHUNK, Math.ceil(files.length / (jobs * 4))));
  const workers = Math.min(jobs, Math.ceil(files.length / size));
  await new Promise<void>((resolve) => {
    let running = 0;
    const settle = (chunk: Chunk["files"], found: (file: string) => BatchRow) => {
      for (const [index, file] of chunk) if (rows[index] === undefined) rows[index] = found(file);
      done += chunk.length;
      progress(Math.min(done, files.length - 1), files.length, "");
    };
    const launch = () => {
      let worker: Worker;
      try {
        worker = startWorker(options, limits);
      } catch (error) {
        // No worker can start (a build without batch-worker.cjs…): every file left says why.
        const reason = `no worker thread could start: ${error instanceof Error ? error.message : String(error)}`;
        settle(queue.splice(0), (file) => failedRow(file, reason));
        if (running === 0) resolve();
        return;
      }
      running++;
      let current: Chunk["files"] = [];
      const next = () => {
        current = queue.splice(0, size);
        if (current.length === 0) {
          void worker.terminate();
          return;
        }
        worker.postMessage({ files: current } satisfies Chunk);
      };
      worker.on("message", (message: ChunkDone) => {
        for (const [index, row] of message.rows) rows[index] = row;
        settle(current, (file) => failedRow(file, "no result"));
        next();
      });
      // A worker that dies (out of memory, a crash in a parser) fails its chunk by name, never the
      // whole roll-up: the other files go to a new worker.
      worker.on("error", (error) => {
        const reason = `the worker reading it stopped: ${error instanceof Error ? error.message : String(error)}`;
        settle(current, (file) => failedRow(file, reason));
        current = [];
      });
      worker.on("exit", (code) => {
        settle(current, (file) => failedRow(file, `the worker reading it stopped (exit code ${code})`));
        current = [];
        running--;
        if (queue.length > 0) launch();
        else if (running === 0) resolve();
      });
      next();
    };
    for (let i = 0; i < workers; i++) launch();
  });
  progress(files.length, files.length, "");
  return rows;
}

/** Most worker threads `--jobs` takes: more than any machine's cores, fewer than would exhaust memory. */
export const MAX_JOBS = 256;

/** `--jobs N`: a whole number from 1 to MAX_JOBS, or a usage error (exit 2) in Thai and English. */
export function parseJobs(value: string): number {
  const jobs = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (Number.isInteger(jobs) && jobs >= 1 && jobs <= MAX_JOBS) return jobs;
  throw new CliError(
    `--jobs ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง ${MAX_JOBS} ไม่ใช่ "${value}" / ` +
      `--jobs must be a whole number from 1 to ${MAX_JOBS}, not "${value}"`,
  );
}
