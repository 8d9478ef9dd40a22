import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import webpack, { type Configuration, type StatsCompilation } from "webpack";

/**
 * The production build of the add-in, made the way `npm run build` makes it with
 * ITA_OFFICE_JS=local (office.js served from dist/office-js, no network), into a directory of
 * the caller's choosing so that a test never overwrites dist/ while someone else uses it.
 */

export const ROOT = path.resolve(__dirname, "../../..");

type ConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => Promise<Configuration>;

export async function buildProduction(outDir: string): Promise<StatsCompilation> {
  const previous = process.env.ITA_OFFICE_JS;
  process.env.ITA_OFFICE_JS = "local";
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig = require(path.join(ROOT, "webpack.config.js")) as ConfigFactory;
    const config = await makeConfig({}, { mode: "production" });
    config.output = { ...config.output, path: outDir };
    config.infrastructureLogging = { level: "error" };
    return await new Promise<StatsCompilation>((resolve, reject) => {
      webpack(config, (error, stats) => {
        if (error) return reject(error);
        if (!stats) return reject(new Error("webpack returned no stats"));
        const json = stats.toJson({
          all: false,
          assets: true,
          entrypoints: true,
          chunkGroups: true,
          errors: true,
        });
        if (stats.hasErrors()) return reject(new Error((json.errors ?? []).map((e) => e.message).join("\n")));
        resolve(json);
      });
    });
  } finally {
    if (previous === undefined) delete process.env.ITA_OFFICE_JS;
    else process.env.ITA_OFFICE_JS = previous;
  }
}

export interface SizedFile {
  file: string;
  bytes: number;
  gzip: number;
}

export interface PaneSize {
  files: SizedFile[];
  bytes: number;
  gzip: number;
}

/** Scripts of a chunk group (an entry point or a named dynamic import). */
function groupScripts(stats: StatsCompilation, name: string): string[] {
  const group = stats.namedChunkGroups?.[name] ?? stats.entrypoints?.[name];
  if (!group) throw new Error(`The build has no chunk group "${name}"`);
  return (group.assets ?? []).map((a) => a.name).filter((file) => file.endsWith(".js"));
}

function sized(outDir: string, files: string[]): PaneSize {
  const list = [...new Set(files)].map((file) => {
    const content = readFileSync(path.join(outDir, file));
    return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
  });
  return {
    files: list,
    bytes: list.reduce((sum, f) => sum + f.bytes, 0),
    gzip: list.reduce((sum, f) => sum + f.gzip, 0),
  };
}

/**
 * What taskpane.html loads:
 * - `initial`: its entry scripts, the initial chunks of the page: functions.js (the shared
 *   runtime's custom functions), then the vendor and taskpane chunks. The dashboard and the first
 *   run are in them; the other views, the message bars and the ops run on a click load later.
 * - `excel`: what inside Excel comes right after, before the dashboard has figures: the Office.js
 *   adapter (chunk "office", with whatever it shares).
 * - `preview`: what the browser preview fetches at once instead: the preview host and ExcelJS
 *   (chunks "preview-host" and "preview").
 * office.js itself is Microsoft's and is not counted.
 */
export function paneSizes(
  stats: StatsCompilation,
  outDir: string,
): { initial: PaneSize; excel: PaneSize; preview: PaneSize } {
  const entry = [...groupScripts(stats, "functions"), ...groupScripts(stats, "taskpane")];
  return {
    initial: sized(outDir, entry),
    excel: sized(outDir, [...entry, ...groupScripts(stats, "office")]),
    preview: sized(outDir, [
      ...entry,
      ...groupScripts(stats, "preview-host"),
      ...groupScripts(stats, "preview"),
    ]),
  };
}

/** The budget of the pane's initial chunks, gzipped. */
export const INITIAL_BUDGET = 150 * 1024;
