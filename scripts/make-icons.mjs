// Writes the add-in icons (assets/icon-<size>.png) without any image library: a green rounded
// square with a white check mark, drawn by supersampling and encoded as RGBA PNG with node:zlib.
// Run it again only when the mark changes; the PNGs are committed.
import { writeFileSync, mkdirSync } from "node:fs";
import { Buffer } from "node:buffer";
import { deflateSync } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SIZES = [16, 32, 64, 80, 128];
const GREEN = [0x10, 0x7c, 0x41]; // Excel-like green
const WHITE = [0xff, 0xff, 0xff];
const SAMPLES = 4; // per axis, so 16 samples a pixel

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  // compression, filter and interlace methods stay 0
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Shapes in unit coordinates (0..1 across the icon).
function insideRoundedSquare(x, y) {
  const margin = 0.04;
  const radius = 0.2;
  const lo = margin + radius;
  const hi = 1 - margin - radius;
  const dx = Math.max(lo - x, 0, x - hi);
  const dy = Math.max(lo - y, 0, y - hi);
  return dx * dx + dy * dy <= radius * radius;
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - (ax + t * vx), y - (ay + t * vy));
}

const CHECK = [
  [0.26, 0.53],
  [0.43, 0.7],
  [0.75, 0.33],
];

function insideCheck(x, y, size) {
  // Thicker strokes at small sizes keep the mark readable at 16 px.
  const half = size <= 16 ? 0.085 : 0.07;
  return (
    distanceToSegment(x, y, CHECK[0], CHECK[1]) <= half || distanceToSegment(x, y, CHECK[1], CHECK[2]) <= half
  );
}

function render(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let cover = 0;
      let white = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (!insideRoundedSquare(x, y)) continue;
          cover++;
          if (insideCheck(x, y, size)) white++;
        }
      }
      const i = (py * size + px) * 4;
      if (cover === 0) continue;
      const w = white / cover;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(GREEN[c] * (1 - w) + WHITE[c] * w);
      rgba[i + 3] = Math.round((255 * cover) / (SAMPLES * SAMPLES));
    }
  }
  return encodePng(size, rgba);
}

const assets = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "assets");
mkdirSync(assets, { recursive: true });
for (const size of SIZES) {
  const file = path.join(assets, `icon-${size}.png`);
  writeFileSync(file, render(size));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
