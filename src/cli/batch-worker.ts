import { parentPort, workerData } from "node:worker_threads";
import { rowFor, type BatchRow, type RowOptions } from "./batch-row";

/**
 * A worker of `ita-workbook batch`: reads the chunks of files the main thread sends, one chunk at
 * a time, and answers each with its rows (a few hundred bytes a workbook). Bundled on its own as
 * build/cli/batch-worker.cjs; run from source under tsx or Jest.
 */

export interface Chunk {
  files: [index: number, file: string][];
}
export interface ChunkDone {
  rows: [index: number, row: BatchRow][];
}

const options = workerData as RowOptions;
const port = parentPort;
if (!port) throw new Error("batch-worker runs as a worker thread of ita-workbook batch");
port.on("message", (chunk: Chunk) => {
  void (async () => {
    const rows: ChunkDone["rows"] = [];
    for (const [index, file] of chunk.files) rows.push([index, await rowFor(options, file)]);
    port.postMessage({ rows } satisfies ChunkDone);
  })();
});
