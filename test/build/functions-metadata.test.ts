/**
 * The metadata (functions.json) that custom-functions-metadata generates from the JSDoc of
 * src/functions/functions.ts, as the build's plugin does: every function with its description,
 * help link and parameters, the ITA namespace, and the version guard (functions-lock.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import * as entryPoints from "../../src/functions/functions";
import {
  compareVersions,
  lockProblem,
  manifestVersionOf,
  sha256Of,
  type MetadataLock,
} from "./functions-lock";

interface Parameter {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
}
interface GenerateResult {
  metadataJson: string;
  errors: string[];
  associate: { id: string; functionName: string }[];
}
// The generator behind custom-functions-metadata-plugin (installed with it).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata") as {
  generateCustomFunctionsMetadata(input: string): Promise<GenerateResult>;
};

const ROOT = path.resolve(__dirname, "../..");
const FUNCTIONS_FILE = path.join(ROOT, "src/functions/functions.ts");
const LOCK_FILE = path.join(ROOT, "src/functions/metadata.lock.json");
const MANIFEST = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

/** Every function with its optional parameters: the contract the README and help.html describe. */
const EXPECTED: Record<string, { parameters: string[]; optional: string[] }> = {
  SCORE: { parameters: ["indicatorScores", "year"], optional: ["year"] },
  OVERALL: { parameters: ["iit", "eit", "oit", "year"], optional: ["year"] },
  TOOL: { parameters: ["indicatorScores", "tool", "year"], optional: ["year"] },
  INDICATOR: { parameters: ["ids", "scores", "indicator", "parts", "year"], optional: ["parts", "year"] },
  LEVEL: { parameters: ["overall", "iit", "eit", "oit", "year"], optional: ["iit", "eit", "oit", "year"] },
  WEIGHTED: { parameters: ["values", "weights"], optional: [] },
  WEAK: { parameters: ["labels", "scores", "passMark"], optional: ["passMark"] },
  GAIN: { parameters: ["indicatorScores", "indicator", "target", "year"], optional: ["year"] },
  QUARTERCOUNT: { parameters: ["quarterFlags", "quarter"], optional: [] },
  QUARTERS: { parameters: ["quarterFlags"], optional: [] },
  BUDGET: { parameters: ["budgets", "dimensions", "dimension"], optional: ["dimensions", "dimension"] },
  NUMBER: { parameters: ["text"], optional: [] },
  FISCALYEAR: { parameters: ["date", "era"], optional: ["era"] },
  FISCALQUARTER: { parameters: ["date"], optional: [] },
};
const RANGE_PARAMETERS = new Set([
  "indicatorScores",
  "ids",
  "scores",
  "parts",
  "values",
  "weights",
  "labels",
  "quarterFlags",
  "budgets",
  "dimensions",
]);
const SPILLING = ["WEAK", "QUARTERS"];
const THAI = /[\u0E00-\u0E7F]/;

let generated: GenerateResult;
let functions: FunctionMetadata[];

beforeAll(async () => {
  generated = await generateCustomFunctionsMetadata(FUNCTIONS_FILE);
  functions = (JSON.parse(generated.metadataJson) as { functions: FunctionMetadata[] }).functions;
});

const byId = (id: string): FunctionMetadata => {
  const found = functions.find((f) => f.id === id);
  if (!found) throw new Error(`no function ${id} in the metadata`);
  return found;
};

describe("functions.json generated from the JSDoc", () => {
  it("has no errors and exactly the fourteen functions, id = name", () => {
    expect(generated.errors).toEqual([]);
    expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const f of functions) expect(f.name).toBe(f.id);
  });

  it("associates each id with an exported function of functions.ts", () => {
    const exported = entryPoints as unknown as Record<string, unknown>;
    expect(generated.associate.map((a) => a.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const { functionName } of generated.associate)
      expect(typeof exported[functionName]).toBe("function");
    expect(generated.associate).toContainEqual(
      expect.objectContaining({ id: "FISCALYEAR", functionName: "fiscalYearOf" }),
    );
  });

  it("lives in the ITA namespace of the manifest", () => {
    expect(MANIFEST).toMatch(/<Namespace resid="ITA"\s*\/>/);
    expect(MANIFEST).toMatch(/<bt:String id="ITA" DefaultValue="ITA"\s*\/>/);
  });

  it.each(Object.keys(EXPECTED))("%s: an English / Thai description and a help link to its anchor", (id) => {
    const f = byId(id);
    const [english, thai] = (f.description ?? "").split(" / ");
    expect(english).toMatch(/^[A-Z].{10,}/);
    expect(thai).toMatch(THAI);
    expect(f.helpUrl).toBe(`https://localhost:3000/help.html#${id.toLowerCase()}`);
  });

  it.each(Object.keys(EXPECTED))("%s: every parameter described, the optional ones optional", (id) => {
    const f = byId(id);
    const expected = EXPECTED[id]!;
    expect(f.parameters.map((p) => p.name)).toEqual(expected.parameters);
    for (const p of f.parameters) {
      expect(p.description ?? "").toMatch(/^\S.{5,} \/ .*[\u0E00-\u0E7F]/);
      expect(p.optional ?? false).toBe(expected.optional.includes(p.name));
      expect(p.dimensionality ?? "scalar").toBe(RANGE_PARAMETERS.has(p.name) ? "matrix" : "scalar");
    }
  });

  it("spills WEAK and QUARTERS (matrix results); the others return one value", () => {
    for (const f of functions) {
      expect([f.id, f.result.dimensionality ?? "scalar"]).toEqual([
        f.id,
        SPILLING.includes(f.id) ? "matrix" : "scalar",
      ]);
    }
    expect(byId("QUARTERS").result.type).toBe("number");
    expect(byId("LEVEL").result.type).toBe("string");
    expect(byId("SCORE").result.type).toBe("number");
  });

  it("keeps FISCALYEAR's signature: a number date and an optional string era", () => {
    expect(byId("FISCALYEAR").parameters.map((p) => [p.name, p.type, p.optional ?? false])).toEqual([
      ["date", "number", false],
      ["era", "string", true],
    ]);
  });

  it("has an anchor for every help link in README's Custom functions section", () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const start = readme.indexOf("\n## Custom functions\n");
    expect(start).toBeGreaterThan(-1);
    const end = readme.indexOf("\n## ", start + 1);
    const section = readme.slice(start, end < 0 ? undefined : end);
    for (const f of functions) {
      const anchor = new URL(f.helpUrl ?? "").hash.slice(1);
      expect([f.id, section.includes(`<a id="${anchor}"></a>`)]).toEqual([f.id, true]);
      expect(section).toContain(`ITA.${f.id}(`);
    }
  });
});

describe("the version guard (metadata.lock.json)", () => {
  const lock: MetadataLock = { manifestVersion: "1.0.1.0", sha256: "a".repeat(64) };

  it("passes when the metadata is unchanged, whatever the version", () => {
    expect(lockProblem(lock, { ...lock })).toBeUndefined();
    expect(lockProblem(lock, { ...lock, manifestVersion: "1.0.2.0" })).toBeUndefined();
  });

  it("fails when the metadata changed under the same (or an older) version, saying what to do", () => {
    for (const manifestVersion of ["1.0.1.0", "1.0.0.9"]) {
      const problem = lockProblem(lock, { manifestVersion, sha256: "b".repeat(64) });
      expect(problem).toContain("bump <Version> in manifest.xml");
      expect(problem).toContain("24 hours");
      expect(problem).toContain("npm run functions:lock");
    }
  });

  it("fails when the version was bumped but the lock not rewritten", () => {
    expect(lockProblem(lock, { manifestVersion: "1.0.10.0", sha256: "b".repeat(64) })).toMatch(
      /^The custom functions' metadata changed and manifest.xml's <Version> is now 1\.0\.10\.0 .*npm run functions:lock/,
    );
  });

  it("compares versions part by part", () => {
    expect(compareVersions("1.0.10.0", "1.0.9.0")).toBe(1);
    expect(compareVersions("1.0.0", "1.0.0.0")).toBe(0);
    expect(compareVersions("0.1.0.0", "0.1.1.0")).toBe(-1);
  });

  it("holds for this repository: the lock matches the generated metadata or <Version> was bumped", () => {
    if (!existsSync(LOCK_FILE))
      throw new Error("src/functions/metadata.lock.json is missing: run `npm run functions:lock`.");
    const recorded = JSON.parse(readFileSync(LOCK_FILE, "utf8")) as MetadataLock;
    expect(recorded.sha256).toMatch(/^[0-9a-f]{64}$/);
    const current = {
      manifestVersion: manifestVersionOf(MANIFEST),
      sha256: sha256Of(generated.metadataJson),
    };
    const problem = lockProblem(recorded, current);
    if (problem) throw new Error(problem);
  });
});
