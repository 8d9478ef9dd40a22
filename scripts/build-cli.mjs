// Bundles the command line (src/cli) into one CommonJS file that `ita-workbook` runs. Runs on
// `npm ci` (the prepare script), so a fresh clone has a working `npx ita-workbook`.
import { build } from "esbuild";
import { chmodSync } from "node:fs";

const outfile = "build/cli/ita-workbook.cjs";

// ExcelJS costs most of a second and ~30 MB to load: the commands that only read a workbook (check,
// score, plan, export) never need it, so "exceljs" is required on its first use, not at start.
const lazyExcelJS = {
  name: "lazy-exceljs",
  setup(b) {
    b.onResolve({ filter: /^exceljs$/ }, (args) =>
      args.namespace === "lazy-exceljs"
        ? { path: "exceljs", external: true }
        : { path: "exceljs", namespace: "lazy-exceljs" },
    );
    b.onLoad({ filter: /.*/, namespace: "lazy-exceljs" }, () => ({
      contents:
        "let m; const load = () => (m ??= require('exceljs'));\n" +
        "module.exports = new Proxy({}, { get: (_, key) => (key === '__esModule' ? undefined : load()[key]), has: (_, key) => key in load() });\n",
      loader: "js",
    }));
  },
};
await build({
  entryPoints: ["src/cli/index.ts"],
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  // ExcelJS stays a runtime dependency: bundling it would copy 1 MB and its optional requires.
  plugins: [lazyExcelJS],
  banner: { js: "#!/usr/bin/env node" },
  sourcemap: "linked",
  logLevel: "warning",
});
chmodSync(outfile, 0o755);
// The worker threads of `ita-workbook batch` load their own entry, found next to the CLI. They read
// as `check` does, so ExcelJS is loaded lazily there too: only a worker given a workbook the fast
// reader cannot read pays for it.
await build({
  entryPoints: ["src/cli/batch-worker.ts"],
  outfile: "build/cli/batch-worker.cjs",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  plugins: [lazyExcelJS],
  sourcemap: "linked",
  logLevel: "warning",
});
