// npm start: development build behind webpack-dev-server (port 3000), then either sideload into
// desktop Excel (Windows/macOS with office-addin-debugging installed) or print how to sideload by
// hand. Works on Linux, where there is no desktop Excel. Ctrl-C stops everything.
import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const makeConfig = require("../webpack.config.js");

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const windows = process.platform === "win32";
const debuggingBin = path.join(
  root,
  "node_modules",
  ".bin",
  `office-addin-debugging${windows ? ".cmd" : ""}`,
);

function run(bin, args) {
  return new Promise((resolve) => {
    const child = spawn(bin, args, { cwd: root, stdio: "inherit", shell: windows });
    child.on("error", () => resolve(1));
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

function printInstructions({ baseUrl, secure, manifest, port }) {
  const lines = [
    "",
    "ITA Workbook dev server is running (development build, office.js served from dist/office-js/).",
    "",
    `  Task pane in a browser (preview):  ${baseUrl}taskpane.html`,
    `  Functions metadata:                ${baseUrl}functions.json`,
    `  Manifest:                          ${manifest}`,
    "",
  ];
  if (!secure) {
    lines.push(
      "WARNING: the server fell back to plain http, and Excel loads add-ins only over https. The browser",
      "preview above works; before sideloading, trust a localhost certificate",
      "(npx office-addin-dev-certs install, which needs sudo on Linux) and run npm start again.",
      "",
    );
  }
  lines.push(
    "Sideload into Excel on the web:",
    `  1. Trust the localhost certificate first: open https://localhost:${port}/taskpane.html in the browser`,
    "     you will use for Excel; it must open without a certificate warning.",
    "  2. Open a workbook in Excel on the web (https://www.office.com).",
    "  3. Insert → Add-ins → My Add-ins → Upload My Add-in (newer menus: Home → Add-ins → More Add-ins →",
    `     My Add-ins → Upload My Add-in), then choose ${manifest}`,
    "  4. Home tab → ITA opens the pane; type =ITA.FISCALYEAR(TODAY()) in a cell.",
  );
  lines.push("", "Press Ctrl-C to stop.", "");
  console.log(lines.join("\n"));
}

async function main() {
  const config = await makeConfig({ WEBPACK_SERVE: true }, { mode: "development" });
  const { devServer, ...webpackConfig } = config;
  const secure = devServer.server.type === "https";
  const baseUrl = `${secure ? "https" : "http"}://localhost:${devServer.port}/`;
  const manifest = path.join(webpackConfig.output.path, "manifest.xml");

  const compiler = webpack(webpackConfig);
  const firstBuild = new Promise((resolve) => compiler.hooks.done.tap("ita-start", resolve));
  const server = new WebpackDevServer({ ...devServer, setupExitSignals: false }, compiler);

  let sideloaded = false;
  let stopping = false;
  const stop = async (code) => {
    if (stopping) process.exit(code); // second Ctrl-C: do not wait any longer
    stopping = true;
    console.log("\nStopping the dev server…");
    if (sideloaded) await run(debuggingBin, ["stop", manifest]);
    await server.stop();
    await new Promise((resolve) => compiler.close(resolve));
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    await server.start();
  } catch (error) {
    const busy = error && error.code === "EADDRINUSE";
    console.error(
      busy
        ? `Port ${devServer.port} is already in use: another dev server is probably running. Stop it first.`
        : `The dev server did not start: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }

  const stats = await firstBuild;
  if (stats.hasErrors()) {
    console.error("\nThe first build has errors (see above); the server keeps watching for fixes.");
  }

  const desktop = process.platform === "win32" || process.platform === "darwin";
  if (desktop && existsSync(debuggingBin) && secure) {
    console.log("Sideloading into desktop Excel with office-addin-debugging…");
    const code = await run(debuggingBin, [
      "start",
      manifest,
      "desktop",
      "--app",
      "excel",
      "--dev-server-port",
      String(devServer.port),
    ]);
    sideloaded = code === 0;
    if (!sideloaded) console.warn("office-addin-debugging failed; sideload by hand as below.");
  }
  // Let webpack's own output settle before the instructions, so they stay the last thing printed.
  await sleep(200);
  printInstructions({ baseUrl, secure, manifest, port: devServer.port });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
