// Writes the add-in icons to assets/: a rounded teal square with a white bar-chart glyph.
// Run with `node scripts/make-icons.js`. Pure Node (zlib), no image libraries.
//
// The glyph is drawn on a 16-unit grid. Every icon size is a whole multiple of 16, so bar edges
// land on pixel boundaries (sharp at 16 px); only the rounded corners are anti-aliased.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const TEAL = [3, 131, 135]; // Fluent UI "teal" brand colour, #038387
const WHITE = [255, 255, 255];

const CORNER_RADIUS = 3; // grid units
// Bars as [left, top, right, bottom] in grid units, standing on a common baseline.
const BARS = [
  [3, 9, 5, 13],
  [7, 6, 9, 13],
  [11, 3, 13, 13],
];

const SAMPLES = 8; // supersampling per axis

/** Is grid point (x, y) inside the rounded square [0, 16] x [0, 16]? */
function insideSquare(x, y) {
  const r = CORNER_RADIUS;
  const cx = Math.min(Math.max(x, r), 16 - r);
  const cy = Math.min(Math.max(y, r), 16 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function insideRect([l, t, r, b], x, y) {
  return x >= l && x < r && y >= t && y < b;
}

function insideGlyph(x, y) {
  return BARS.some((bar) => insideRect(bar, x, y));
}

/** RGBA pixels of one icon. */
function render(size) {
  const scale = 16 / size;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let square = 0;
      let glyph = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) * scale;
          const y = (py + (sy + 0.5) / SAMPLES) * scale;
          if (insideSquare(x, y)) {
            square++;
            if (insideGlyph(x, y)) glyph++;
          }
        }
      }
      const alpha = square / (SAMPLES * SAMPLES);
      const mix = square === 0 ? 0 : glyph / square;
      const offset = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) {
        pixels[offset + c] = Math.round(TEAL[c] * (1 - mix) + WHITE[c] * mix);
      }
      pixels[offset + 3] = Math.round(alpha * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  // compression, filter and interlace methods stay 0
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const outDir = path.resolve(__dirname, "..", "assets");
fs.mkdirSync(outDir, { recursive: true });
const files = [16, 32, 64, 80, 128].map((size) => [`icon-${size}.png`, size]);
files.push(["logo-filled.png", 128]);
for (const [name, size] of files) {
  fs.writeFileSync(path.join(outDir, name), encodePng(size, render(size)));
  console.log(`assets/${name} (${size}x${size})`);
}
