/*
 * Build of the add-in: three entries (functions, taskpane, commands), the generated functions.json,
 * the HTML pages, the icons and the manifest, all written to dist/.
 *
 *   webpack --mode development   dev build, URLs stay https://localhost:3000/, local office.js
 *   webpack --mode production    URLs rewritten to ITA_PUBLIC_URL, office.js from Microsoft's CDN
 *   webpack serve / npm start    dev build behind webpack-dev-server on port 3000
 *
 * Environment:
 *   ITA_PUBLIC_URL  production base URL (default https://ita-workbook.example.org/)
 *   ITA_OFFICE_JS   local | cdn: where the pages load office.js from (default: cdn in production,
 *                   local in development). "local" copies @microsoft/office-js into dist/office-js/,
 *                   so tests and the offline preview never need the internet.
 *   ITA_DEV_HTTPS   0 forces the dev server to plain http (no certificate attempt).
 */
const path = require("node:path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_PORT = 3000;
const DEV_ORIGIN = `https://localhost:${DEV_PORT}`;
const DEV_BASE_URL = `${DEV_ORIGIN}/`;
const DEFAULT_PUBLIC_URL = "https://ita-workbook.example.org/";
const OFFICE_JS_CDN_ORIGIN = "https://appsforoffice.microsoft.com";
const OFFICE_JS_CDN_URL = `${OFFICE_JS_CDN_ORIGIN}/lib/1/hosted/office.js`;
const OFFICE_JS_LOCAL_DIR = "office-js";
const OFFICE_JS_PACKAGE_DIST = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

function publicBaseUrl() {
  const raw = process.env.ITA_PUBLIC_URL || DEFAULT_PUBLIC_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ITA_PUBLIC_URL is not a URL: "${raw}". Example: https://ita.example.go.th/addin/`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`ITA_PUBLIC_URL must be https (Office loads add-ins only over https): "${raw}"`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

function officeJsSource(production) {
  const value = process.env.ITA_OFFICE_JS || (production ? "cdn" : "local");
  if (value !== "local" && value !== "cdn") {
    throw new Error(`ITA_OFFICE_JS must be "local" or "cdn", not "${value}"`);
  }
  return value;
}

/** Dev URLs (https://localhost:3000/...) to the production base; a bare origin (AppDomain) to its origin. */
function rewriteDevUrls(text, baseUrl) {
  return text.split(DEV_BASE_URL).join(baseUrl).split(DEV_ORIGIN).join(new URL(baseUrl).origin);
}

/*
 * Content-Security-Policy of the pages (a <meta>, so it travels with the files to any host).
 * - script-src: our bundles, and office.js with the host scripts it loads next to itself
 *   (excel-*.js, locale strings, telemetry) from the same base: the CDN or dist/office-js/.
 *   No 'unsafe-eval': dev builds use "source-map", not eval-based devtools.
 * - style-src 'unsafe-inline': Fluent UI (Griffel) inserts <style> elements at run time and
 *   office.js's excel-web script applies inline styles (OfficeDev/office-js#1687).
 * - frame-src: office.js may open a hidden trust-check frame from its own base (AgaveErrorUX).
 * - connect-src: our origin (and the CDN office.js came from); ws(s) to the dev server for live
 *   reload in development. office.js's telemetry collectors are refused: the add-in sends nothing
 *   anywhere, and office.js works without them (it logs the refusal and carries on).
 * - form-action 'none': the pane has no form that submits anywhere.
 * - help.html loads no office.js, so it allows no other origin at all.
 * Excel itself talks to the page by postMessage, which CSP does not govern, so Office host
 * domains (*.officeapps.live.com, *.office.com) need no entry here. They would matter only in
 * frame-ancestors, which a <meta> cannot set: a production web server must not send
 * X-Frame-Options or a frame-ancestors that excludes the Office hosts.
 */
function contentSecurityPolicy({ officeJs, devServer, usesOffice = true }) {
  const officeOrigin = usesOffice && officeJs === "cdn" ? ` ${OFFICE_JS_CDN_ORIGIN}` : "";
  const liveReload = devServer ? ` ws://localhost:${DEV_PORT} wss://localhost:${DEV_PORT}` : "";
  return [
    "default-src 'self'",
    `script-src 'self'${officeOrigin}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${officeOrigin}${liveReload}`,
    `frame-src 'self'${officeOrigin}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/*
 * What office.js needs next to itself to run in Excel (any platform) and in a plain browser:
 * the loader, the Excel host scripts, the locale strings, the custom-functions runtime and the
 * telemetry helpers. Debug builds and the other hosts (Word, Outlook, ...) stay out (about 12 MB
 * copied instead of 86 MB).
 */
const OFFICE_JS_FILES = [
  /^office\.js$/,
  /^o15apptofilemappingtable\.js$/,
  /^custom-functions-runtime\.js$/,
  /^es6-promise\.js$/,
  /^excel[-a-z0-9.]*\.js$/,
  /^[a-z]{2,3}(-[a-z0-9]+)+\/office_strings\.js$/,
  /^telemetry\/oteljs(_agave)?\.js$/,
  /^ariatelemetry\/[^/]+\.js$/,
  /^webauth\/[^/]+\.js$/,
];

function officeJsCopyPatterns() {
  const isWanted = (file) => {
    const rel = path.relative(OFFICE_JS_PACKAGE_DIST, file).split(path.sep).join("/");
    return !rel.endsWith(".debug.js") && OFFICE_JS_FILES.some((re) => re.test(rel));
  };
  // Already minified by Microsoft: marked so that Terser does not spend a minute on them again.
  const info = { minimized: true };
  return [
    { from: OFFICE_JS_PACKAGE_DIST, to: OFFICE_JS_LOCAL_DIR, filter: isWanted, info },
    // office.js asks for this folder with capitals; the npm package spells it in lower case.
    {
      from: path.join(OFFICE_JS_PACKAGE_DIST, "agaveerrorux"),
      to: `${OFFICE_JS_LOCAL_DIR}/AgaveErrorUX`,
      info,
    },
  ];
}

/** Rewrites dev URLs in emitted assets that no loader produces (functions.json's help URLs). */
class RewriteDevUrlsPlugin {
  constructor(files, baseUrl) {
    this.files = files;
    this.baseUrl = baseUrl;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("RewriteDevUrlsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "RewriteDevUrlsPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          for (const file of this.files) {
            const asset = compilation.getAsset(file);
            if (!asset) continue;
            const text = rewriteDevUrls(asset.source.source().toString(), this.baseUrl);
            compilation.updateAsset(file, new webpack.sources.RawSource(text));
          }
        },
      );
    });
  }
}

/*
 * The browser preview's xlsx engine (ExcelJS and JSZip, loaded only outside Excel by
 * src/taskpane/preview) comes from their own minified dist files: its chunk is marked minimized
 * so that the production build does not spend a minute minifying a megabyte again.
 */
const XLSX_ENGINE_CHUNK = "xlsx-engine";

class PreminifiedChunkPlugin {
  constructor(chunkName) {
    this.chunkName = chunkName;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PreminifiedChunkPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "PreminifiedChunkPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE - 1 },
        () => {
          for (const chunk of compilation.chunks) {
            if (chunk.name !== this.chunkName) continue;
            for (const file of chunk.files)
              compilation.updateAsset(file, (source) => source, { minimized: true });
          }
        },
      );
    });
  }
}

/*
 * https with the Office dev certificates when they can be made and trusted; otherwise plain http
 * (the browser preview still works, sideloading into Excel does not).
 */
async function devServerTransport() {
  if (process.env.ITA_DEV_HTTPS === "0") {
    console.warn(`[ita] ITA_DEV_HTTPS=0: the dev server uses plain http://localhost:${DEV_PORT}/`);
    return { type: "http" };
  }
  try {
    const devCerts = require("office-addin-dev-certs");
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca, key, cert } };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    console.warn(
      [
        "",
        "[ita] Could not create or trust the localhost development certificate:",
        `[ita]   ${reason}`,
        `[ita] Falling back to plain http://localhost:${DEV_PORT}/ . The browser preview works;`,
        "[ita] Excel will not load the add-in over http. To fix it, run",
        "[ita]   npx office-addin-dev-certs install",
        "[ita] (it needs sudo on Linux), then start again.",
        "",
      ].join("\n"),
    );
    return { type: "http" };
  }
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode === "development" ? "development" : "production";
  const production = mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const officeJs = officeJsSource(production);
  const baseUrl = production ? publicBaseUrl() : DEV_BASE_URL;
  const officeJsUrl = officeJs === "cdn" ? OFFICE_JS_CDN_URL : `${OFFICE_JS_LOCAL_DIR}/office.js`;
  const csp = contentSecurityPolicy({ officeJs, devServer: serving });
  // functions.js is named in the manifest, so its name is fixed; the rest get content hashes in
  // production so that Office's web view never mixes a stale bundle with a new page.
  const hashed = (name) => (production && name !== "functions" ? "[name].[contenthash:8].js" : "[name].js");

  const page = (filename, template, chunks, { usesOffice = true } = {}) =>
    new HtmlWebpackPlugin({
      filename,
      template,
      chunks,
      chunksSortMode: "manual",
      templateParameters: {
        csp: usesOffice ? csp : contentSecurityPolicy({ officeJs, devServer: serving, usesOffice }),
        officeJsUrl,
      },
      minify: production ? { collapseWhitespace: true, removeComments: true } : false,
    });

  return {
    mode,
    context: __dirname,
    devtool: production ? false : "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      help: "./src/taskpane/help.ts",
      // The page loads functions.js first (shared runtime), so the pane takes the core (src/domain)
      // and webpack's runtime from it instead of carrying a second copy of them.
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: (pathData) => hashed(pathData.chunk && pathData.chunk.name),
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type errors are caught by `npm run typecheck`; the build only transpiles.
            options: { transpileOnly: true, compilerOptions: { sourceMap: !production } },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // React and Fluent UI in their own chunk for the task pane: it changes less often than
          // our code, so it stays cached across releases. functions.js and commands.js do not use
          // them and stay single files (functions.js must load on its own from the manifest).
          vendor: {
            test: /[\\/]node_modules[\\/]/,
            name: "vendor",
            chunks: (chunk) => chunk.name === "taskpane",
            enforce: true,
          },
          // ExcelJS and JSZip for the browser preview: one async chunk of their own (see above).
          xlsxEngine: {
            test: /[\\/]node_modules[\\/](exceljs|jszip)[\\/]dist[\\/]/,
            name: XLSX_ENGINE_CHUNK,
            chunks: "async",
            enforce: true,
            priority: 20,
          },
        },
      },
    },
    plugins: [
      // Generates functions.json from the JSDoc of functions.ts and, through its own loader,
      // appends the CustomFunctions.associate(...) calls to that module at build time.
      new CustomFunctionsMetadataPlugin({ input: "./src/functions/functions.ts", output: "functions.json" }),
      // Shared runtime: one page hosts the task pane and the functions, so it loads both bundles
      // (functions first, so the functions are associated before the UI starts).
      page("taskpane.html", "./src/taskpane/taskpane.html", ["functions", "taskpane"]),
      page("commands.html", "./src/commands/commands.html", ["commands"]),
      page("help.html", "./src/taskpane/help.html", ["help"], { usesOffice: false }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: production ? (content) => rewriteDevUrls(content.toString(), baseUrl) : undefined,
          },
          ...(officeJs === "local" ? officeJsCopyPatterns() : []),
        ],
      }),
      ...(production ? [new RewriteDevUrlsPlugin(["functions.json"], baseUrl)] : []),
      new PreminifiedChunkPlugin(XLSX_ENGINE_CHUNK),
    ],
    performance: {
      hints: production ? "warning" : false,
      // Gzipped budget is checked by hand for now; these raw limits flag a sudden jump.
      maxEntrypointSize: 700 * 1024,
      maxAssetSize: 600 * 1024,
      // The preview's xlsx engine is large by nature and never loads inside Excel.
      assetFilter: (file) =>
        file.endsWith(".js") &&
        !file.startsWith(`${OFFICE_JS_LOCAL_DIR}/`) &&
        !file.startsWith(`${XLSX_ENGINE_CHUNK}.`),
    },
    stats: {
      excludeAssets: [new RegExp(`^${OFFICE_JS_LOCAL_DIR}/`)],
    },
    devServer: serving
      ? {
          port: DEV_PORT,
          host: "localhost",
          server: await devServerTransport(),
          // The same policy as a header too, for what the dev server serves besides the pages.
          headers: { "Access-Control-Allow-Origin": "*", "Content-Security-Policy": csp },
          static: false,
          hot: false,
          liveReload: true,
          client: { overlay: { errors: true, warnings: false }, logging: "warn" },
          // dist/ on disk too, so the printed manifest path is real and Excel can be pointed at it.
          devMiddleware: { writeToDisk: true },
        }
      : undefined,
  };
};

// For test/build: the URL rewrite the production build applies to the manifest.
module.exports.rewriteDevUrls = rewriteDevUrls;
module.exports.DEV_BASE_URL = DEV_BASE_URL;
