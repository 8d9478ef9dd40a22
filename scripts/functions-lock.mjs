// Records what Excel last saw of the custom functions: src/functions/metadata.lock.json holds the
// manifest's <Version> and the SHA-256 of the metadata (functions.json) generated from the JSDoc of
// src/functions/functions.ts. Excel caches functions.json for 24 hours and refetches it sooner only
// for a new manifest version, so test/build/functions-metadata.test.ts fails when the metadata
// changes under the same <Version>. This script refuses for the same reason: bump <Version> first.
//
//   npm run functions:lock
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
// The generator behind custom-functions-metadata-plugin (installed with it).
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const functionsFile = path.join(root, "src/functions/functions.ts");
const lockFile = path.join(root, "src/functions/metadata.lock.json");
const manifestFile = path.join(root, "manifest.xml");

const result = await generateCustomFunctionsMetadata(functionsFile);
if (result.errors.length > 0) {
  console.error(`functions:lock: the metadata of ${functionsFile} has errors:\n${result.errors.join("\n")}`);
  process.exit(1);
}
const sha256 = createHash("sha256").update(result.metadataJson, "utf8").digest("hex");

const version = /<Version>\s*([^<\s]+)\s*<\/Version>/.exec(readFileSync(manifestFile, "utf8"))?.[1];
if (!version) {
  console.error(`functions:lock: no <Version> in ${manifestFile}`);
  process.exit(1);
}

/** Dotted versions compared part by part as numbers: 1.0.10.0 > 1.0.9.0. */
function compareVersions(a, b) {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

const previous = existsSync(lockFile) ? JSON.parse(readFileSync(lockFile, "utf8")) : undefined;
if (previous && previous.sha256 === sha256 && previous.manifestVersion === version) {
  console.log(`functions:lock: up to date (manifest ${version}).`);
  process.exit(0);
}
if (previous && previous.sha256 !== sha256 && compareVersions(version, previous.manifestVersion) <= 0) {
  console.error(
    `functions:lock: the functions' metadata changed but manifest.xml's <Version> ${version} is not newer ` +
      `than the ${previous.manifestVersion} recorded in the lock.\n` +
      "Excel caches functions.json for 24 hours and refetches it sooner only for a new version:\n" +
      "bump <Version> in manifest.xml (e.g. 1.0.0.0 → 1.0.1.0), then run npm run functions:lock again.",
  );
  process.exit(1);
}

writeFileSync(lockFile, `${JSON.stringify({ manifestVersion: version, sha256 }, null, 2)}\n`);
console.log(
  `functions:lock: wrote ${path.relative(root, lockFile)} (manifest ${version}, sha256 ${sha256}).`,
);
