// Draws the app's icons (the ◐ brand mark on the primary colour) as PNG files in public/icons.
// Run after changing the logo: `node apps/web/scripts/draw-icons.mjs`; the PNGs are committed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const primary = [0x1d, 0x61, 0x50];
const white = [0xff, 0xff, 0xff];
const outDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons');

/**
 * `rounded`: transparent corners (the "any" purpose icons). `markRadius`: the mark's radius as a share
 * of the side; maskable icons keep it inside the central safe circle (40% of the side as radius).
 */
const icons = [
  { file: 'icon-192.png', size: 192, rounded: true, markRadius: 0.3 },
  { file: 'icon-512.png', size: 512, rounded: true, markRadius: 0.3 },
  { file: 'icon-maskable-512.png', size: 512, rounded: false, markRadius: 0.24 },
  { file: 'apple-touch-icon-180.png', size: 180, rounded: false, markRadius: 0.28 },
  { file: 'favicon-48.png', size: 48, rounded: true, markRadius: 0.32 },
];

/** The colour at (x, y) in unit coordinates, or null where the icon is transparent. */
function colourAt(x, y, { rounded, markRadius }) {
  if (rounded && !insideRoundedSquare(x, y, 0.2)) return null;
  const distance = Math.hypot(x - 0.5, y - 0.5);
  const ring = markRadius * 0.2;
  const inMark = distance <= markRadius && (x <= 0.5 || distance >= markRadius - ring);
  return inMark ? white : primary;
}

function insideRoundedSquare(x, y, radius) {
  const dx = Math.max(radius - x, 0, x - (1 - radius));
  const dy = Math.max(radius - y, 0, y - (1 - radius));
  return dx * dx + dy * dy <= radius * radius;
}

/** RGBA rows, each pixel averaged over 4×4 samples so the edges are smooth. */
function render(icon) {
  const { size } = icon;
  const samples = 4;
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    const rowStart = py * (size * 4 + 1);
    rows[rowStart] = 0; // PNG filter: none
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = colourAt(
            (px + (sx + 0.5) / samples) / size,
            (py + (sy + 0.5) / samples) / size,
            icon,
          );
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const offset = rowStart + 1 + px * 4;
      if (covered > 0) {
        rows[offset] = Math.round(r / covered);
        rows[offset + 1] = Math.round(g / covered);
        rows[offset + 2] = Math.round(b / covered);
      }
      rows[offset + 3] = Math.round((covered / (samples * samples)) * 255);
    }
  }
  return rows;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function png(size, rows) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

fs.mkdirSync(outDir, { recursive: true });
for (const icon of icons) {
  const file = path.join(outDir, icon.file);
  fs.writeFileSync(file, png(icon.size, render(icon)));
  console.log(`${path.relative(process.cwd(), file)} ${icon.size}×${icon.size}`);
}
