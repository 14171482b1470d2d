/**
 * Draw the app icon (assets/icons/icon.png, 1024×1024) without image dependencies: a tiny PNG encoder on
 * node:zlib and shapes drawn as signed distances with 4×4 supersampling.
 *
 * The mark: a rounded square in the brand blue (--color-primary) with a white ring and a check mark.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 1024;
const SAMPLES = 4;
const BRAND = [0x1f, 0x5f, 0xa8];
const WHITE = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) {
    c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) {
    c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    rows[y * (width * 4 + 1)] = 0;
    rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function roundedSquareDistance(x, y, half, radius) {
  const qx = Math.abs(x) - half + radius;
  const qy = Math.abs(y) - half + radius;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

function segmentDistance(x, y, [ax, ay], [bx, by]) {
  const t = Math.max(
    0,
    Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay));
}

const CHECK = [
  [-150, 10],
  [-45, 115],
  [165, -110],
];

function shade(x, y) {
  if (roundedSquareDistance(x, y, 460, 200) > 0) {
    return null;
  }
  const ring = Math.abs(Math.hypot(x, y) - 330) - 34;
  const check =
    Math.min(segmentDistance(x, y, CHECK[0], CHECK[1]), segmentDistance(x, y, CHECK[1], CHECK[2])) - 44;
  return ring <= 0 || check <= 0 ? WHITE : BRAND;
}

const rgba = Buffer.alloc(SIZE * SIZE * 4);
for (let py = 0; py < SIZE; py += 1) {
  for (let px = 0; px < SIZE; px += 1) {
    const sum = [0, 0, 0, 0];
    for (let sy = 0; sy < SAMPLES; sy += 1) {
      for (let sx = 0; sx < SAMPLES; sx += 1) {
        const colour = shade(px + (sx + 0.5) / SAMPLES - SIZE / 2, py + (sy + 0.5) / SAMPLES - SIZE / 2);
        if (colour !== null) {
          sum[0] += colour[0];
          sum[1] += colour[1];
          sum[2] += colour[2];
          sum[3] += 1;
        }
      }
    }
    const offset = (py * SIZE + px) * 4;
    if (sum[3] > 0) {
      rgba[offset] = Math.round(sum[0] / sum[3]);
      rgba[offset + 1] = Math.round(sum[1] / sum[3]);
      rgba[offset + 2] = Math.round(sum[2] / sum[3]);
      rgba[offset + 3] = Math.round((sum[3] / SAMPLES ** 2) * 255);
    }
  }
}

const outFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../assets/icons/icon.png');
await mkdir(path.dirname(outFile), { recursive: true });
await writeFile(outFile, encodePng(SIZE, SIZE, rgba));
console.log(`Wrote ${path.relative(process.cwd(), outFile)}`);
