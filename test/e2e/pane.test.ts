/**
 * The task pane's browser preview end to end: the production build (ITA_OFFICE_JS=local, so
 * office.js is served with it and nothing comes from the network) served by a small static
 * server and driven in Debian's Chromium. Screenshots of every view go to test-results/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { AxeResults } from "axe-core";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import type { StatsCompilation } from "webpack";
import { buildProduction, INITIAL_BUDGET, paneSizes, ROOT } from "./support/build";
import { CHROMIUM, CHROMIUM_ARGS } from "./support/browser";
import { serve, type Served } from "./support/server";

const RESULTS = path.join(ROOT, "test-results");
const SEED_001 = readFileSync(path.join(ROOT, "test/fixtures/seeds/001_335952938b5b61de.txt"), "utf8");
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
/** A task pane is narrow: Excel opens it about 350 px wide. */
const PANE = { width: 380, height: 900 };

jest.setTimeout(120_000);

let out: string;
let profile: string;
let stats: StatsCompilation;
let server: Served;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];
const failedRequests: string[] = [];

beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), "ita-e2e-dist-"));
  profile = mkdtempSync(path.join(tmpdir(), "ita-e2e-chromium-"));
  mkdirSync(RESULTS, { recursive: true });
  stats = await buildProduction(out);
  server = await serve(out);
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: PANE,
    acceptDownloads: true,
    colorScheme: "light",
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (error) => pageErrors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") pageErrors.push(`console: ${message.text()}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400)
      failedRequests.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
}, 600_000);

afterAll(async () => {
  await context?.close();
  await server?.close();
  for (const dir of [out, profile]) if (dir) rmSync(dir, { recursive: true, force: true });
});

const open = async () => {
  await page.goto(`${server.url}taskpane.html`);
  await page.getByText("โหมดแสดงตัวอย่าง (ไม่ได้เปิดใน Excel)").waitFor();
};

const shoot = (name: string) => page.screenshot({ path: path.join(RESULTS, `${name}.png`), fullPage: true });

async function tab(name: string): Promise<void> {
  await page.getByRole("tab", { name, exact: true }).click();
  await page.getByRole("tabpanel").waitFor();
  await page.getByText(/กำลังโหลดหน้าจอ…|Loading the view…/).waitFor({ state: "detached" });
}

interface Violation {
  id: string;
  impact: string | null | undefined;
  help: string;
  nodes: string[];
}

/** axe-core in the page (evaluated through the debugging protocol, so the page's CSP stays on). */
async function seriousViolations(): Promise<Violation[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<AxeResults> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
    }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

describe("the task pane in a browser (preview mode)", () => {
  it("keeps the initial chunks of taskpane.html under 150 KB gzipped", () => {
    const { initial } = paneSizes(stats, out);
    expect(initial.files.map((f) => f.file).some((f) => f.startsWith("vendor."))).toBe(true);
    expect(initial.gzip).toBeLessThanOrEqual(INITIAL_BUDGET);
  });

  it("opens in Thai and offers a file, the sample and an empty workbook; the landing passes axe", async () => {
    await open();
    expect(await page.locator("html").getAttribute("lang")).toBe("th");
    await page.getByRole("button", { name: "โหลดสมุดงานตัวอย่าง" }).waitFor();
    await shoot("01-preview-landing");
    expect(await seriousViolations()).toEqual([]);
  });

  it("loads the sample: overall 84.14, ต้องปรับปรุง", async () => {
    await page.getByRole("button", { name: "โหลดสมุดงานตัวอย่าง" }).click();
    const overall = page.getByTestId("overall");
    await overall.waitFor({ timeout: 30_000 });
    expect(await overall.textContent()).toBe("84.14");
    expect(await page.getByTestId("level").textContent()).toBe("ต้องปรับปรุง");
    await page.getByText("ตัวชี้วัดที่ 7 ถึง 85 → คะแนนรวม +0.82").waitFor();
    await shoot("02-dashboard");
    expect(await seriousViolations()).toEqual([]);
  });

  it("shows each view without a serious accessibility violation", async () => {
    await page.getByRole("button", { name: "ร่างมาตรการสำหรับตัวชี้วัดที่ต่ำกว่าเกณฑ์…" }).click();
    await page.getByRole("checkbox").first().waitFor();
    await shoot("03-draft-measures");
    expect(await seriousViolations()).toEqual([]);
    for (const [name, file] of [
      ["แผน", "04-plan"],
      ["นำเข้า", "05-import"],
      ["ตรวจทาน", "06-review"],
      ["ตั้งค่า", "07-settings"],
    ] as const) {
      await tab(name);
      await shoot(file);
      expect([name, await seriousViolations()]).toEqual([name, []]);
    }
    await tab("แผน");
    expect(await page.getByTestId("plan-summary").textContent()).toContain("10,000.00");
  });

  it("imports seed 001's text into a new workbook and totals the plan: 10,000.00 and 4 / 5 / 4 / 3", async () => {
    await open();
    await page.getByRole("button", { name: "สมุดงานเปล่า" }).click();
    await page.getByRole("button", { name: "สร้างชีต ITA" }).click();
    await page.getByRole("tablist").waitFor({ timeout: 30_000 });
    await shoot("08-first-run-done");
    await tab("นำเข้า");
    await page.getByLabel("ข้อความจากเอกสาร").fill(SEED_001);
    await page.getByRole("button", { name: "อ่านข้อความ" }).click();
    await page.getByTestId("import-found").waitFor();
    expect(await page.getByTestId("import-found").locator("tbody tr").first().textContent()).toContain("16");
    await shoot("09-import-found");
    expect(await seriousViolations()).toEqual([]);
    await page.getByRole("button", { name: "ยืนยันและเขียนลงสมุดงาน" }).click();
    await page.getByText("นำเข้า 16 แถวจาก 1 ตารางแล้ว").waitFor();
    await tab("แผน");
    expect(await page.getByTestId("plan-summary").textContent()).toBe(
      "16 โครงการ/มาตรการ/กิจกรรม · งบประมาณรวม 10,000.00 บาท",
    );
    expect(await page.getByTestId("plan-quarters").textContent()).toContain("4 / 5 / 4 / 3");
    await shoot("10-plan-imported");
  });

  it("switches to English", async () => {
    await open();
    await page.getByRole("button", { name: "โหลดสมุดงานตัวอย่าง" }).click();
    await page.getByTestId("overall").waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "English" }).click();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.getByTestId("level").textContent()).toBe("Needs improvement");
    await page.getByText("Indicator 7 to 85 → overall +0.82").waitFor();
    await page.getByRole("tab", { name: "Dashboard" }).waitFor();
    await shoot("11-dashboard-en");
    expect(await seriousViolations()).toEqual([]);
    await tab("Review");
    await shoot("12-review-en");
    await page.getByRole("button", { name: "ภาษาไทย" }).click();
    await page.getByRole("tab", { name: "ภาพรวม" }).waitFor();
  });

  it("follows the system's dark theme in the preview", async () => {
    await tab("ภาพรวม");
    await page.emulateMedia({ colorScheme: "dark" });
    await page.waitForFunction(
      () => getComputedStyle(document.querySelector("main")!).backgroundColor !== "rgb(255, 255, 255)",
    );
    // Fluent's buttons ease their colours in; let them arrive before the picture.
    await page.waitForTimeout(500);
    await shoot("13-dashboard-dark");
    expect(await seriousViolations()).toEqual([]);
    await page.emulateMedia({ colorScheme: "light" });
  });

  it("downloads the workbook and opens the download again", async () => {
    await tab("ภาพรวม");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "ดาวน์โหลด .xlsx" }).click(),
    ]);
    const saved = path.join(RESULTS, "ita-sample-download.xlsx");
    await download.saveAs(saved);
    expect(download.suggestedFilename()).toBe("ita-ตัวอย่าง.xlsx");
    await open();
    await page.getByTestId("open-file").setInputFiles(saved);
    await page.getByText("ไฟล์: ita-sample-download.xlsx").waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("overall").textContent()).toBe("84.14");
    await tab("แผน");
    expect(await page.getByTestId("plan-quarters").textContent()).toContain("4 / 5 / 4 / 3");
  });

  it("raised no script error, fetched nothing missing but the favicon, broke no CSP rule of ours", () => {
    // Chromium asks every site for /favicon.ico; the add-in has none (Office shows the manifest's icons).
    expect(failedRequests.filter((r) => r !== "404 /favicon.ico")).toEqual([]);
    // office.js outside Office tries to open its telemetry frame (telemetryservice.firstpartyapps.
    // oaspapps.com), which the page's frame-src refuses, and to reach its collectors: noise from
    // Microsoft's script with no effect on the pane. Anything else is ours and fails the test.
    const officeTelemetry = /oaspapps\.com|aria\.microsoft\.com|net::ERR_|status of 404/;
    expect(pageErrors.filter((e) => !officeTelemetry.test(e))).toEqual([]);
  });
});
