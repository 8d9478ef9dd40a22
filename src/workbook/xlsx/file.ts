/**
 * File access for the Node side (CLI, tests). The rest of the adapter also runs in the browser
 * preview, so Node's modules are looked up at call time (`process.getBuiltinModule`, Node ≥ 20.16)
 * instead of imported: a browser bundle that never reads a path never needs them.
 */

type NodeFs = typeof import("node:fs/promises");
type NodePath = typeof import("node:path");

function node(): { fs: NodeFs; path: NodePath } {
  if (typeof process === "undefined" || typeof process.getBuiltinModule !== "function") {
    throw new Error(
      "Reading or writing a file by its path needs Node.js 20.16 or later; in a browser, pass the bytes",
    );
  }
  return { fs: process.getBuiltinModule("node:fs/promises"), path: process.getBuiltinModule("node:path") };
}

const errorCode = (e: unknown): string | undefined => {
  const code: unknown = typeof e === "object" && e !== null && "code" in e ? e.code : undefined;
  return typeof code === "string" ? code : undefined;
};

const FS_REASONS: Record<string, string> = {
  ENOENT: "there is no such file",
  EISDIR: "it is a folder, not a file",
  EACCES: "permission denied",
  EPERM: "the operation is not permitted (is the file open in Excel, or read-only?)",
  EBUSY: "the file is in use (close it in Excel and retry)",
  ENOSPC: "the disk is full",
  EROFS: "the file system is read-only",
};

/** A file system error in words a person can act on. */
export function describeFsError(e: unknown): string {
  const code = errorCode(e);
  const known = code === undefined ? undefined : FS_REASONS[code];
  if (known) return known;
  return e instanceof Error ? e.message : String(e);
}

export async function readBytes(filePath: string): Promise<Uint8Array> {
  return node().fs.readFile(filePath);
}

/**
 * Writes next to the target under a temporary name, flushes it to disk, then renames it over the
 * target: a crash or a full disk leaves the old file whole, never a half-written one.
 */
export async function writeBytesAtomically(filePath: string, bytes: Uint8Array): Promise<void> {
  const { fs, path } = node();
  const dir = path.dirname(path.resolve(filePath));
  const unique = `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const temporary = path.join(dir, `.${path.basename(filePath)}.${unique}.tmp`);
  try {
    const handle = await fs.open(temporary, "wx");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, filePath);
  } catch (e) {
    await fs.rm(temporary, { force: true });
    throw new Error(`Could not write ${filePath}: ${describeFsError(e)}`, { cause: e });
  }
}
