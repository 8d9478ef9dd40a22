/**
 * Compresses a zip whose entries are all stored (as JSZip writes them with `compression: "STORE"`)
 * with Node's zlib: the same entries, names, dates and CRCs, each part deflated natively, several
 * times faster than JSZip's JavaScript deflate. Node only; returns undefined for anything it does not
 * expect (another method, zip64, a data descriptor), and the caller then compresses with JSZip.
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const DATA_DESCRIPTOR = 0x08;
/** "Version needed to extract" of a deflated entry (2.0). */
const VERSION_DEFLATE = 20;

type NodeZlib = typeof import("node:zlib");

function zlib(): NodeZlib | undefined {
  if (typeof process === "undefined" || typeof process.getBuiltinModule !== "function") return undefined;
  return process.getBuiltinModule("node:zlib");
}

export function deflateStoredZip(bytes: Uint8Array, level = 6): Uint8Array | undefined {
  const z = zlib();
  if (!z || bytes.length < 22) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22; // JSZip writes no archive comment
  if (view.getUint32(end, true) !== EOCD) return undefined;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return undefined;
    const flags = view.getUint16(at + 8, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const recordLength = 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint16(at + 10, true) !== STORED || (flags & DATA_DESCRIPTOR) !== 0) return undefined;
    if (view.getUint32(at + 20, true) !== size || view.getUint32(local, true) !== LOCAL) return undefined;
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = z.deflateRawSync(bytes.subarray(dataStart, dataStart + size), { level });
    // Local header: version, flags, method, time, date, CRC, sizes, then the name alone.
    const header = new Uint8Array(30 + nameLength);
    const h = new DataView(header.buffer);
    header.set(bytes.subarray(local, local + 26));
    h.setUint16(4, VERSION_DEFLATE, true);
    h.setUint16(8, DEFLATED, true);
    h.setUint32(18, data.length, true);
    h.setUint16(26, nameLength, true);
    h.setUint16(28, 0, true);
    header.set(bytes.subarray(local + 30, local + 30 + nameLength), 30);
    // Central record: as it was, with the method, compressed size and new offset.
    const record = bytes.slice(at, at + recordLength);
    const r = new DataView(record.buffer);
    r.setUint16(6, VERSION_DEFLATE, true);
    r.setUint16(10, DEFLATED, true);
    r.setUint32(20, data.length, true);
    r.setUint32(42, offset, true);
    parts.push(header, data);
    central.push(record);
    offset += header.length + data.length;
    at += recordLength;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const eocd = bytes.slice(end, end + 22);
  const e = new DataView(eocd.buffer);
  e.setUint32(12, centralSize, true);
  e.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + 22);
  let w = 0;
  for (const chunk of [...parts, ...central, eocd]) {
    out.set(chunk, w);
    w += chunk.length;
  }
  return out;
}
