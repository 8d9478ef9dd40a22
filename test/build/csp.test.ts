/**
 * The Content-Security-Policy of every page webpack emits, read from the build configuration
 * (production with office.js from the CDN, the offline build with a local copy, the dev server)
 * and from the page templates that must carry it. The policy at work in a browser is tested in
 * test/e2e/csp.test.ts.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const CDN = "https://appsforoffice.microsoft.com";

interface HtmlPlugin {
  userOptions: { filename: string; template: string; templateParameters: { csp: string } };
}
type Config = { plugins: object[]; devServer?: { headers?: Record<string, string> } };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require(path.join(ROOT, "webpack.config.js")) as (
  env: Record<string, unknown>,
  argv: { mode: string },
) => Promise<Config>;

async function pages(env: Record<string, unknown>, mode: string, officeJs: "cdn" | "local") {
  const previous = process.env.ITA_OFFICE_JS;
  process.env.ITA_OFFICE_JS = officeJs;
  // Plain http for the dev server: no certificate attempt (and its warning) in a test.
  const https = process.env.ITA_DEV_HTTPS;
  process.env.ITA_DEV_HTTPS = "0";
  const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  try {
    const config = await makeConfig(env, { mode });
    const html = config.plugins.filter(
      (p): p is HtmlPlugin => "userOptions" in p && p.constructor.name === "HtmlWebpackPlugin",
    );
    return { config, html: new Map(html.map((p) => [p.userOptions.filename, p.userOptions])) };
  } finally {
    warn.mockRestore();
    if (previous === undefined) delete process.env.ITA_OFFICE_JS;
    else process.env.ITA_OFFICE_JS = previous;
    if (https === undefined) delete process.env.ITA_DEV_HTTPS;
    else process.env.ITA_DEV_HTTPS = https;
  }
}

/** "script-src 'self' https://x" → Map { "script-src" → ["'self'", "https://x"] }. */
function parse(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

const pageNames = ["taskpane.html", "commands.html", "help.html"];

describe("Content-Security-Policy of the pages", () => {
  it("every page template carries the policy as its first meta after the charset, before any script", () => {
    for (const template of [
      "src/taskpane/taskpane.html",
      "src/commands/commands.html",
      "src/taskpane/help.html",
    ]) {
      const text = readFileSync(path.join(ROOT, template), "utf8");
      const meta = text.indexOf('<meta http-equiv="Content-Security-Policy" content="<%= csp %>" />');
      expect([template, meta > 0]).toEqual([template, true]);
      const script = text.indexOf("<script");
      expect(script === -1 || script > meta).toBe(true);
    }
  });

  it.each<[string, { WEBPACK_SERVE?: boolean }, string, "cdn" | "local"]>([
    ["production, office.js from Microsoft's CDN", {}, "production", "cdn"],
    ["offline build, office.js served with the pages", {}, "production", "local" as const],
    ["dev server", { WEBPACK_SERVE: true }, "development", "local" as const],
  ])(
    "%s: only our scripts and Office's CDN, no eval, no plugins, no form posts",
    async (_, env, mode, officeJs) => {
      const { html } = await pages(env, mode, officeJs);
      expect([...html.keys()].sort()).toEqual([...pageNames].sort());
      for (const name of pageNames) {
        const csp = parse(html.get(name)!.templateParameters.csp);
        const office = officeJs === "cdn" && name !== "help.html" ? [CDN] : [];
        expect([name, csp.get("default-src")]).toEqual([name, ["'self'"]]);
        expect([name, csp.get("script-src")]).toEqual([name, ["'self'", ...office]]);
        expect(csp.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
        expect(csp.get("object-src")).toEqual(["'none'"]);
        expect(csp.get("base-uri")).toEqual(["'self'"]);
        expect(csp.get("form-action")).toEqual(["'none'"]);
        expect(csp.get("frame-src")).toEqual(["'self'", ...office]);
        // Nowhere to send anything but our own origin, the CDN and, in development, the live reload.
        const liveReload = env.WEBPACK_SERVE ? ["ws://localhost:3000", "wss://localhost:3000"] : [];
        expect([name, csp.get("connect-src")]).toEqual([name, ["'self'", ...office, ...liveReload]]);
        for (const [directive, values] of csp) {
          expect([
            directive,
            values.filter((v) => v.includes("unsafe-eval") || v === "*" || v === "https:"),
          ]).toEqual([directive, []]);
          for (const origin of values.filter((v) => /^[a-z]+:\/\//.test(v)))
            expect([directive, origin]).toEqual([
              directive,
              expect.stringMatching(/^(https:\/\/appsforoffice\.microsoft\.com|wss?:\/\/localhost:3000)$/),
            ]);
        }
      }
    },
  );

  it("the dev server sends the same policy as a header", async () => {
    const { config, html } = await pages({ WEBPACK_SERVE: true }, "development", "local");
    expect(config.devServer?.headers?.["Content-Security-Policy"]).toBe(
      html.get("taskpane.html")!.templateParameters.csp,
    );
  });
});
