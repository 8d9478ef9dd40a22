/**
 * The version guard of the custom functions' metadata (src/functions/metadata.lock.json, written by
 * `npm run functions:lock`). Excel caches functions.json for 24 hours and refetches it sooner only
 * when the manifest's <Version> changes, so new metadata under an old version would leave users
 * with stale function signatures for a day.
 */
import { createHash } from "node:crypto";

export interface MetadataLock {
  manifestVersion: string;
  sha256: string;
}

export const sha256Of = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");

/** The <Version> of manifest.xml's text. */
export function manifestVersionOf(manifestXml: string): string {
  const version = /<Version>\s*([^<\s]+)\s*<\/Version>/.exec(manifestXml)?.[1];
  if (!version) throw new Error("manifest.xml has no <Version>");
  return version;
}

/** Dotted versions compared part by part as numbers: 1.0.10.0 > 1.0.9.0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** Why the lock does not fit the current metadata and manifest, or undefined when it does. */
export function lockProblem(lock: MetadataLock, current: MetadataLock): string | undefined {
  if (current.sha256 === lock.sha256) return undefined;
  if (compareVersions(current.manifestVersion, lock.manifestVersion) <= 0) {
    return (
      `The custom functions' metadata (functions.json) changed, but manifest.xml's <Version> ` +
      `${current.manifestVersion} is not newer than the ${lock.manifestVersion} recorded in ` +
      `src/functions/metadata.lock.json. Excel caches functions.json for 24 hours and refetches it ` +
      `sooner only for a new version: bump <Version> in manifest.xml (e.g. 1.0.0.0 → 1.0.1.0), then ` +
      "run `npm run functions:lock`."
    );
  }
  return (
    `The custom functions' metadata changed and manifest.xml's <Version> is now ${current.manifestVersion} ` +
    `(the lock records ${lock.manifestVersion}): run \`npm run functions:lock\` to record the new metadata ` +
    "in src/functions/metadata.lock.json."
  );
}
