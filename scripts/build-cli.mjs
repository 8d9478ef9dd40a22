// Bundles the command line (src/cli) into one CommonJS file that `ita-workbook` runs. Runs on
// `npm ci` (the prepare script), so a fresh clone has a working `npx ita-workbook`.
import { build } from "esbuild";
import { chmodSync } from "node:fs";

const outfile = "build/cli/ita-workbook.cjs";
await build({
  entryPoints: ["src/cli/index.ts"],
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  // ExcelJS stays a runtime dependency: bundling it would copy 1 MB and its optional requires.
  external: ["exceljs"],
  banner: { js: "#!/usr/bin/env node" },
  sourcemap: "linked",
  logLevel: "warning",
});
chmodSync(outfile, 0o755);
// The worker threads of `ita-workbook batch` load their own entry, found next to the CLI.
await build({
  entryPoints: ["src/cli/batch-worker.ts"],
  outfile: "build/cli/batch-worker.cjs",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["exceljs"],
  sourcemap: "linked",
  logLevel: "warning",
});
