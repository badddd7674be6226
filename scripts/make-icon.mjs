#!/usr/bin/env node
// Draws Roomly's app icon (a door with a "free" light on a blue tile) into assets/icon.png,
// 1024×1024, with no image library: shapes are sampled 4×4 per pixel and written as a PNG.
// electron-builder derives the Windows .ico and macOS .icns from this one file.
//
//   node scripts/make-icon.mjs [size]
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const size = Number(process.argv[2] ?? 1024);
const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'icon.png');

const BLUE = [25, 103, 210];
const WHITE = [255, 255, 255];
const GREEN = [52, 199, 89];
const SHADOW = [16, 74, 160];

/** Shapes in unit coordinates (0..1), painted in order; the last one that contains a point wins. */
const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

const layers = [
  [roundedRect(0.06, 0.06, 0.94, 0.94, 0.2), BLUE],
  [roundedRect(0.3, 0.2, 0.7, 0.84, 0.04), SHADOW],
  [roundedRect(0.33, 0.23, 0.67, 0.84, 0.03), WHITE],
  [circle(0.6, 0.55, 0.035), SHADOW],
  [circle(0.74, 0.26, 0.085), WHITE],
  [circle(0.74, 0.26, 0.065), GREEN],
];

function pixel(px, py) {
  const samples = 4;
  const sum = [0, 0, 0, 0];
  for (let sy = 0; sy < samples; sy++) {
    for (let sx = 0; sx < samples; sx++) {
      const x = (px + (sx + 0.5) / samples) / size;
      const y = (py + (sy + 0.5) / samples) / size;
      let colour = null;
      for (const [contains, c] of layers) if (contains(x, y)) colour = c;
      if (colour) {
        sum[0] += colour[0];
        sum[1] += colour[1];
        sum[2] += colour[2];
        sum[3] += 255;
      }
    }
  }
  const covered = sum[3] / 255;
  const n = samples * samples;
  return covered === 0 ? [0, 0, 0, 0] : [sum[0] / covered, sum[1] / covered, sum[2] / covered, sum[3] / n].map(Math.round);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buffer) => {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const raw = Buffer.alloc((size * 4 + 1) * size);
for (let y = 0; y < size; y++) {
  const row = y * (size * 4 + 1);
  raw[row] = 0; // filter: none
  for (let x = 0; x < size; x++) raw.set(pixel(x, y), row + 1 + x * 4);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(out, png);
console.log(`wrote ${path.relative(process.cwd(), out)} (${size}×${size}, ${png.length} bytes)`);
