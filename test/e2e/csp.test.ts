/**
 * The pages' Content-Security-Policy at work, in Debian's Chromium over the production build
 * (ITA_OFFICE_JS=local, so office.js is served with the pages): each emitted page carries the
 * policy, our code breaks none of its rules, and no request leaves the local server. The preview
 * is driven through a workbook with a chart, so the download dialog runs under the policy too.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { buildProduction, ROOT } from "./support/build";
import { CHROMIUM, CHROMIUM_ARGS } from "./support/browser";
import { serve, type Served } from "./support/server";

const CHART = path.join(ROOT, "test/fixtures/parts/chart.xlsx");

jest.setTimeout(120_000);

interface Violation {
  directive: string;
  blocked: string;
  source: string;
}

let out: string;
let profile: string;
let server: Served;
let context: BrowserContext;
let page: Page;
const violations: Violation[] = [];
/** Every request the pages made (or tried to: CSP-refused ones are reported as violations). */
const requests: string[] = [];

beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), "ita-csp-dist-"));
  profile = mkdtempSync(path.join(tmpdir(), "ita-csp-chromium-"));
  await buildProduction(out);
  server = await serve(out);
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 380, height: 900 },
    acceptDownloads: true,
  });
  // Runs before the page's scripts (through the debugging protocol, so the CSP does not apply to it).
  await context.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { __violations: unknown[] }).__violations = seen;
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI, source: e.sourceFile }),
    );
  });
  context.on("request", (request) => requests.push(request.url()));
  page = context.pages()[0] ?? (await context.newPage());
}, 600_000);

afterAll(async () => {
  await context?.close();
  await server?.close();
  for (const dir of [out, profile]) if (dir) rmSync(dir, { recursive: true, force: true });
});

async function collect(): Promise<void> {
  violations.push(
    ...(await page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations)),
  );
}

/** office.js is Microsoft's: outside Office it tries its telemetry frame and collectors, which the policy refuses. */
const fromOfficeJs = (v: Violation) =>
  v.source.startsWith(`${server.url}office-js/`) && /^(frame-src|connect-src)$/.test(v.directive);

describe("the Content-Security-Policy in a browser", () => {
  it("every page the build emits carries the policy in a meta, with no eval and no other script origin", async () => {
    const pages = readdirSync(out).filter((f) => f.endsWith(".html"));
    expect(pages.sort()).toEqual(["commands.html", "help.html", "taskpane.html"]);
    for (const name of pages) {
      await page.goto(`${server.url}${name}`);
      // Read back by the browser, whatever quoting the HTML minifier chose.
      const csp = await page.evaluate(
        () => document.querySelector<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy"]')?.content,
      );
      expect([name, csp]).toEqual([name, expect.stringContaining("script-src 'self';")]);
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("form-action 'none'");
      expect(csp).not.toContain("unsafe-eval");
      const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src).filter(Boolean));
      for (const src of scripts) expect(src.startsWith(server.url)).toBe(true);
      await collect();
    }
  });

  it("the preview opens a workbook with a chart and downloads a copy: no rule of ours broken", async () => {
    await page.goto(`${server.url}taskpane.html`);
    await page.getByText("โหมดแสดงตัวอย่าง (ไม่ได้เปิดใน Excel)").waitFor();
    await page.getByTestId("open-file").setInputFiles(CHART);
    await page.getByText("ไฟล์: chart.xlsx").waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "ดาวน์โหลด .xlsx" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    expect(await page.getByTestId("loss-parts").textContent()).toContain("xl/charts/chart1.xml");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "ดาวน์โหลดสำเนา" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("chart (สำเนา ITA).xlsx");
    await collect();
    for (const other of ["help.html", "commands.html"]) {
      await page.goto(`${server.url}${other}`);
      await page.waitForLoadState("load");
      await collect();
    }
    expect(violations.filter((v) => !fromOfficeJs(v))).toEqual([]);
  });

  it("no request left the local server", () => {
    expect(requests.length).toBeGreaterThan(10);
    expect(
      requests.filter(
        (url) => !url.startsWith(server.url) && !url.startsWith("blob:") && !url.startsWith("data:"),
      ),
    ).toEqual([]);
  });

  it("the instruments work: a fetch to another origin is refused and reported", async () => {
    await page.goto(`${server.url}taskpane.html`);
    const refused = await page.evaluate(() =>
      fetch("https://example.org/ita").then(
        () => false,
        () => true,
      ),
    );
    expect(refused).toBe(true);
    const before = violations.length;
    await collect();
    expect(violations.slice(before)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ directive: "connect-src", blocked: "https://example.org/ita" }),
      ]),
    );
  });
});
