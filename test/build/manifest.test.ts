/**
 * Offline checks of manifest.xml (office-addin-manifest validate needs Microsoft's service):
 * well-formed, resource ids consistent, the shared-runtime shape, one origin for every URL, icons
 * that exist with the pixel sizes the manifest claims, and URLs that name files the build emits.
 */
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { allElements, childrenNamed, onlyChild, parseXml, type XmlElement } from "./xml";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST_TEXT = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const DEV_ORIGIN = "https://localhost:3000";

interface WebpackConfigModule {
  (env: Record<string, unknown>, argv: { mode: string }): Promise<{ plugins: object[] }>;
  rewriteDevUrls(text: string, baseUrl: string): string;
  DEV_BASE_URL: string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js") as WebpackConfigModule;

function manifest(): XmlElement {
  return parseXml(MANIFEST_TEXT);
}

function path1(parent: XmlElement, ...names: string[]): XmlElement {
  return names.reduce(onlyChild, parent);
}

function resources(root: XmlElement): XmlElement {
  return path1(root, "VersionOverrides", "Resources");
}

/** Resource definitions: every child of bt:Images, bt:Urls, bt:ShortStrings, bt:LongStrings. */
function definedResources(root: XmlElement): XmlElement[] {
  return resources(root).children.flatMap((group) => group.children);
}

function workbookHost(root: XmlElement): XmlElement {
  const hosts = path1(root, "VersionOverrides", "Hosts");
  const workbook = childrenNamed(hosts, "Host").filter((h) => h.attributes["xsi:type"] === "Workbook");
  expect(workbook).toHaveLength(1);
  return workbook[0] as XmlElement;
}

function urlOfResource(root: XmlElement, id: string): string {
  const found = definedResources(root).find((r) => r.attributes.id === id);
  if (!found?.attributes.DefaultValue) throw new Error(`no resource ${id}`);
  return found.attributes.DefaultValue;
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = "89504e470d0a1a0a";
  expect(bytes.subarray(0, 8).toString("hex")).toBe(signature);
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function assetFile(url: string): string {
  const u = new URL(url);
  expect(u.pathname).toMatch(/^\/assets\/[\w.-]+\.png$/);
  return path.join(ROOT, u.pathname);
}

describe("the XML reader used here", () => {
  it.each([
    ["<a><b></a></b>", /closes/],
    ["<a x=1/>", /malformed attribute/],
    ['<a x="1" x="2"/>', /duplicate attribute/],
    ["<a>&nbsp;</a>", /unknown entity/],
    ["<!-- a -- b --><a/>", /inside a comment/],
    ["<a/><b/>", /second root/],
    ["<a>", /never closed/],
  ])("rejects %s", (xml, message) => {
    expect(() => parseXml(xml)).toThrow(message);
  });

  it("reads attributes, entities and nesting", () => {
    const root = parseXml("<?xml version=\"1.0\"?><a k='v&amp;w'><b>x &lt; y</b><c/></a>");
    expect(root.attributes.k).toBe("v&w");
    expect(root.children.map((c) => c.name)).toEqual(["b", "c"]);
    expect(root.children[0]?.text).toBe("x < y");
  });
});

describe("manifest.xml", () => {
  it("is well-formed XML with an OfficeApp task pane root", () => {
    const root = manifest();
    expect(root.name).toBe("OfficeApp");
    expect(root.attributes["xsi:type"]).toBe("TaskPaneApp");
    expect(onlyChild(root, "Id").text.trim()).toMatch(/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/);
    expect(onlyChild(root, "DisplayName").attributes.DefaultValue).toBe("ITA Workbook");
    const description = onlyChild(root, "Description");
    expect(childrenNamed(description, "Override").map((o) => o.attributes.Locale)).toEqual(["th-TH"]);
  });

  it("targets Excel only and asks for ReadWriteDocument, nothing more", () => {
    const root = manifest();
    const hosts = onlyChild(root, "Hosts").children;
    expect(hosts.map((h) => h.attributes.Name)).toEqual(["Workbook"]);
    const permissions = childrenNamed(root, "Permissions");
    expect(permissions).toHaveLength(1);
    expect(permissions[0]?.text.trim()).toBe("ReadWriteDocument");
    expect(permissions[0]?.children).toEqual([]);
  });

  it("requires SharedRuntime 1.1 and CustomFunctionsRuntime 1.1", () => {
    const sets = path1(manifest(), "Requirements", "Sets");
    const required = Object.fromEntries(
      sets.children.map((s) => [s.attributes.Name, s.attributes.MinVersion]),
    );
    expect(required).toEqual({ SharedRuntime: "1.1", CustomFunctionsRuntime: "1.1" });
  });

  it("defines every resource id once, and uses every one it defines", () => {
    const root = manifest();
    const defined = definedResources(root).map((r) => r.attributes.id ?? "");
    expect(new Set(defined).size).toBe(defined.length);
    for (const id of defined) expect(id.length).toBeLessThanOrEqual(32);

    const used = new Set(
      allElements(root)
        .map((e) => e.attributes.resid)
        .filter((id): id is string => id !== undefined),
    );
    expect([...used].filter((id) => !defined.includes(id))).toEqual([]);
    expect(defined.filter((id) => !used.has(id))).toEqual([]);
  });

  it("declares the long-lived shared runtime first inside <Host>", () => {
    const host = workbookHost(manifest());
    expect(host.children[0]?.name).toBe("Runtimes");
    const runtimes = host.children[0]?.children ?? [];
    expect(runtimes.map((r) => r.attributes)).toEqual([{ resid: "Taskpane.Url", lifetime: "long" }]);
  });

  it("wires custom functions, the function file and the task pane to the shared runtime page", () => {
    const root = manifest();
    const host = workbookHost(root);
    const customFunctions = path1(host, "AllFormFactors", "ExtensionPoint");
    expect(customFunctions.attributes["xsi:type"]).toBe("CustomFunctions");
    const location = (name: string) => path1(customFunctions, name, "SourceLocation").attributes.resid ?? "";
    expect(urlOfResource(root, location("Script"))).toBe(`${DEV_ORIGIN}/functions.js`);
    expect(urlOfResource(root, location("Metadata"))).toBe(`${DEV_ORIGIN}/functions.json`);
    expect(location("Page")).toBe("Taskpane.Url");
    const namespace = onlyChild(customFunctions, "Namespace").attributes.resid ?? "";
    expect(namespace).toBe("ITA");
    const namespaceValue = definedResources(root).find((r) => r.attributes.id === namespace);
    expect(namespaceValue?.attributes.DefaultValue).toBe("ITA");

    const desktop = onlyChild(host, "DesktopFormFactor");
    expect(onlyChild(desktop, "FunctionFile").attributes.resid).toBe("Taskpane.Url");
    const actions = allElements(desktop).filter((e) => e.name === "Action");
    expect(actions).toHaveLength(1);
    const action = actions[0] as XmlElement;
    expect(action.attributes["xsi:type"]).toBe("ShowTaskpane");
    expect(onlyChild(action, "TaskpaneId").text.trim()).toBe("ButtonId1");
    expect(onlyChild(action, "SourceLocation").attributes.resid).toBe("Taskpane.Url");
    expect(urlOfResource(root, "Taskpane.Url")).toBe(`${DEV_ORIGIN}/taskpane.html`);
    const sourceLocation = path1(root, "DefaultSettings", "SourceLocation");
    expect(sourceLocation.attributes.DefaultValue).toBe(`${DEV_ORIGIN}/taskpane.html`);
  });

  it("points every URL at the dev server origin https://localhost:3000", () => {
    const root = manifest();
    const isNamespace = (name: string) => name === "xmlns" || name.startsWith("xmlns:");
    const urls = allElements(root).flatMap((e) => [
      ...Object.entries(e.attributes)
        .filter(([name, value]) => !isNamespace(name) && /^https?:/i.test(value))
        .map(([, value]) => value),
      ...(/^\s*https?:/i.test(e.text) ? [e.text.trim()] : []),
    ]);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(new URL(url).origin).toBe(DEV_ORIGIN);
    expect(childrenNamed(onlyChild(root, "AppDomains"), "AppDomain").map((d) => d.text.trim())).toEqual([
      DEV_ORIGIN,
    ]);
  });

  it("references icons that exist in assets/ with the pixel sizes it claims", () => {
    const root = manifest();
    const claims: Array<{ url: string; size: number }> = [
      { url: onlyChild(root, "IconUrl").attributes.DefaultValue ?? "", size: 32 },
      { url: onlyChild(root, "HighResolutionIconUrl").attributes.DefaultValue ?? "", size: 64 },
      ...allElements(workbookHost(root))
        .filter((e) => e.name === "bt:Image")
        .map((e) => ({
          url: urlOfResource(root, e.attributes.resid ?? ""),
          size: Number(e.attributes.size),
        })),
    ];
    const sizes = new Set(claims.map((c) => c.size));
    expect([...sizes].sort((a, b) => a - b)).toEqual([16, 32, 64, 80]);
    for (const { url, size } of claims) {
      const file = assetFile(url);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  it("names only files that the build emits", async () => {
    const config = await webpackConfig({}, { mode: "development" });
    const emitted = new Set(["functions.js"]);
    for (const plugin of config.plugins) {
      const options = (plugin as { userOptions?: { filename?: string }; options?: { output?: string } })
        .userOptions;
      if (options?.filename) emitted.add(options.filename);
      const metadata = (plugin as { options?: { output?: string } }).options?.output;
      if (metadata) emitted.add(metadata);
    }
    expect([...emitted].sort()).toEqual(
      ["commands.html", "functions.js", "functions.json", "help.html", "taskpane.html"].sort(),
    );
    const root = manifest();
    const paths = allElements(root)
      .flatMap((e) => Object.values(e.attributes))
      .filter((v) => v.startsWith(`${DEV_ORIGIN}/`))
      .map((v) => new URL(v).pathname.slice(1));
    for (const p of paths) {
      expect(p.startsWith("assets/") ? existsSync(path.join(ROOT, p)) : emitted.has(p)).toBe(true);
    }
  });

  it("moves every URL to ITA_PUBLIC_URL in the production copy", () => {
    const base = "https://ita.example.go.th/addin/";
    const production = webpackConfig.rewriteDevUrls(MANIFEST_TEXT, base);
    expect(production).not.toContain(DEV_ORIGIN);
    const root = parseXml(production);
    expect(path1(root, "DefaultSettings", "SourceLocation").attributes.DefaultValue).toBe(
      `${base}taskpane.html`,
    );
    expect(onlyChild(onlyChild(root, "AppDomains"), "AppDomain").text.trim()).toBe(
      "https://ita.example.go.th",
    );
    expect(webpackConfig.DEV_BASE_URL).toBe(`${DEV_ORIGIN}/`);
  });
});
