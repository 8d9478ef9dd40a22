/**
 * Gzipped size (level 9) of the JavaScript the task pane loads: its initial chunks, then what
 * comes next inside Excel and in the browser preview (see paneSizes), from a fresh production
 * build (ITA_OFFICE_JS=local) in a temporary directory. Figures only: `npx tsx bench/pane-size.ts`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildProduction, INITIAL_BUDGET, paneSizes, type PaneSize } from "../test/e2e/support/build";

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function print(title: string, size: PaneSize): void {
  console.log(`\n${title}: ${kb(size.gzip)} gzipped (${kb(size.bytes)} minified)`);
  for (const f of size.files)
    console.log(`  ${f.file.padEnd(32)} ${kb(f.gzip).padStart(9)} ${kb(f.bytes).padStart(10)}`);
}

async function main(): Promise<void> {
  const out = mkdtempSync(path.join(tmpdir(), "ita-pane-size-"));
  try {
    const started = Date.now();
    const stats = await buildProduction(out);
    const { initial, excel, preview } = paneSizes(stats, out);
    console.log(`production build in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    print("Initial chunks of taskpane.html (the pane's first view, in Excel and in the preview)", initial);
    print("In Excel, with the Office.js adapter loaded next", excel);
    print("In the browser preview, with the preview host and ExcelJS", preview);
    const verdict = initial.gzip <= INITIAL_BUDGET ? "within" : "OVER";
    console.log(`\nbudget of the initial chunks: ${kb(INITIAL_BUDGET)} → ${verdict}`);
    console.log(
      JSON.stringify({
        initialGzip: initial.gzip,
        excelGzip: excel.gzip,
        previewGzip: preview.gzip,
        budget: INITIAL_BUDGET,
      }),
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
