/**
 * Just enough of the zip format to read the parts of an .xlsx: the central directory, then each
 * part on demand through Node's zlib (stored or deflated). Anything else (zip64, encryption, other
 * methods) is `Unsupported`, and the caller falls back to the full ExcelJS read.
 */
import { Unsupported } from "./unsupported";

interface Entry {
  method: number;
  compressedSize: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

type NodeZlib = typeof import("node:zlib");

function zlib(): NodeZlib {
  if (typeof process === "undefined" || typeof process.getBuiltinModule !== "function") {
    throw new Unsupported("no node:zlib here");
  }
  return process.getBuiltinModule("node:zlib");
}

export class ZipParts {
  private readonly entries = new Map<string, Entry>();
  private readonly view: DataView;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = this.findEnd();
    const count = this.view.getUint16(end + 10, true);
    let at = this.view.getUint32(end + 16, true);
    if (count === 0xffff || at === 0xffffffff) throw new Unsupported("zip64 archive");
    const decoder = new TextDecoder();
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || this.view.getUint32(at, true) !== CENTRAL) {
        throw new Unsupported("damaged central directory");
      }
      const flags = this.view.getUint16(at + 8, true);
      const method = this.view.getUint16(at + 10, true);
      const compressedSize = this.view.getUint32(at + 20, true);
      const nameLength = this.view.getUint16(at + 28, true);
      const extraLength = this.view.getUint16(at + 30, true);
      const commentLength = this.view.getUint16(at + 32, true);
      const localOffset = this.view.getUint32(at + 42, true);
      if ((flags & 1) !== 0) throw new Unsupported("encrypted zip entry");
      if (compressedSize === 0xffffffff || localOffset === 0xffffffff) throw new Unsupported("zip64 entry");
      const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
      this.entries.set(name, { method, compressedSize, localOffset });
      at += 46 + nameLength + extraLength + commentLength;
    }
  }

  private findEnd(): number {
    const stop = Math.max(0, this.bytes.length - 22 - MAX_COMMENT);
    for (let at = this.bytes.length - 22; at >= stop; at--) {
      if (this.view.getUint32(at, true) === EOCD) return at;
    }
    throw new Unsupported("no zip end record");
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /** The part's bytes as stored (and how), or undefined when the package has no such part. */
  private stored(name: string): { data: Uint8Array; method: number } | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    const at = entry.localOffset;
    if (at + 30 > this.bytes.length || this.view.getUint32(at, true) !== LOCAL) {
      throw new Unsupported(`damaged local header of ${name}`);
    }
    const start = at + 30 + this.view.getUint16(at + 26, true) + this.view.getUint16(at + 28, true);
    return { data: this.bytes.subarray(start, start + entry.compressedSize), method: entry.method };
  }

  /** The part's bytes, or undefined when the package has no such part. */
  bytesOf(name: string): Uint8Array | undefined {
    const stored = this.stored(name);
    if (!stored) return undefined;
    const { data, method } = stored;
    if (method === 0) return data;
    if (method === 8) {
      try {
        return zlib().inflateRawSync(data);
      } catch (e) {
        throw new Unsupported(`${name} does not inflate (${e instanceof Error ? e.message : String(e)})`);
      }
    }
    throw new Unsupported(`compression method ${method} of ${name}`);
  }

  /**
   * The part as text, piece by piece as it inflates: a large worksheet is never held whole.
   * Throws `Unsupported` when the part is missing or damaged.
   */
  async *textPieces(name: string): AsyncGenerator<string> {
    const stored = this.stored(name);
    if (!stored) throw new Unsupported(`missing ${name}`);
    if (stored.method !== 8) {
      yield new TextDecoder().decode(this.bytesOf(name));
      return;
    }
    const inflater = zlib().createInflateRaw({ chunkSize: 256 * 1024 });
    inflater.end(stored.data);
    const decoder = new TextDecoder();
    try {
      for await (const chunk of inflater as AsyncIterable<Uint8Array>)
        yield decoder.decode(chunk, { stream: true });
    } catch (e) {
      throw new Unsupported(`${name} does not inflate (${e instanceof Error ? e.message : String(e)})`);
    } finally {
      inflater.destroy();
    }
    yield decoder.decode();
  }

  /** The part as text (UTF-8), or undefined when absent. */
  text(name: string): string | undefined {
    const bytes = this.bytesOf(name);
    return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
  }
}
