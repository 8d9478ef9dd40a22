/**
 * Pane section: gzipped size (level 9) of the JavaScript the task pane loads first, in Excel and
 * in the browser preview (ExcelJS included), from a fresh production build (ITA_OFFICE_JS=local) in a
 * temporary directory; and the time from navigation to the dashboard showing the sample's overall
 * score (84.14) in headless Chromium, median of a few cold loads (a new browser context each).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { chromium } from "playwright-core";
import { buildProduction, INITIAL_BUDGET, paneSizes } from "../test/e2e/support/build";
import { serve } from "../test/e2e/support/server";
import { median, round, type Figures } from "./lib";

const CHROMIUM = "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const LOADS = 5;
const SAMPLE_SCORE = "84.14";
const kb = (bytes: number) => round(bytes / 1024);

async function timeToScore(url: string): Promise<{ landing: number; score: number }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  try {
    const landings: number[] = [];
    const scores: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext({ viewport: { width: 380, height: 900 } });
      const page = await context.newPage();
      const start = performance.now();
      await page.goto(`${url}taskpane.html`);
      const sample = page.getByRole("button", { name: "โหลดสมุดงานตัวอย่าง" });
      await sample.waitFor({ timeout: 60_000 });
      landings.push(performance.now() - start);
      await sample.click();
      const overall = page.getByTestId("overall");
      await overall.waitFor({ timeout: 60_000 });
      const shown = await overall.textContent();
      if (shown !== SAMPLE_SCORE) throw new Error(`the dashboard shows ${shown}, not ${SAMPLE_SCORE}`);
      scores.push(performance.now() - start);
      await context.close();
    }
    return { landing: median(landings), score: median(scores) };
  } finally {
    await browser.close();
  }
}

export async function run(): Promise<Figures> {
  const out = mkdtempSync(path.join(tmpdir(), "ita-bench-pane-"));
  try {
    const started = performance.now();
    const stats = await buildProduction(out);
    const buildSeconds = (performance.now() - started) / 1000;
    const { initial, excel, preview } = paneSizes(stats, out);
    const server = await serve(out);
    try {
      const times = await timeToScore(server.url);
      return {
        "initial.gzipKB": kb(initial.gzip),
        "initial.budgetKB": kb(INITIAL_BUDGET),
        "initial.within": initial.gzip <= INITIAL_BUDGET ? "yes" : "NO",
        "excel.gzipKB (initial + Office.js adapter)": kb(excel.gzip),
        "preview.gzipKB (initial + preview host + ExcelJS)": kb(preview.gzip),
        "preview.navigationToLanding.ms": round(times.landing),
        "preview.navigationToSampleScore.ms": round(times.score),
        "build.seconds": round(buildSeconds),
      };
    } finally {
      await server.close();
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
