// Renders the PWA's PNG icons from public/icon.svg with headless Chromium.
//
//   node scripts/make-icons.mjs
//
// Uses playwright-core with the system Chromium (CHROME_PATH, else /usr/bin/chromium).
// The SVG must hold <rect id="bg"> (the rounded square) and <g id="mark"> (the white artwork);
// full-bleed variants square the corners of #bg and, for the maskable icon, shrink #mark
// until its bounding box fits inside the central safe-zone circle (radius 40% of the size).
import { readFile, writeFile, mkdir, access } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const svgPath = path.join(root, 'public', 'icon.svg');
const outDir = path.join(root, 'public', 'icons');
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const BRAND = '#0b5d4b';
const SAFE_RADIUS = 0.4; // maskable safe zone: circle of radius 40% of the icon size, centred
const SAFE_MARGIN = 0.96; // stay a little inside that circle

/** @type {{ file: string, size: number, fullBleed: boolean, safeZone: boolean, transparent: boolean }[]} */
const ICONS = [
  { file: 'icon-192.png', size: 192, fullBleed: false, safeZone: false, transparent: true },
  { file: 'icon-512.png', size: 512, fullBleed: false, safeZone: false, transparent: true },
  { file: 'maskable-512.png', size: 512, fullBleed: true, safeZone: true, transparent: false },
  // iOS rounds the corners itself and shows transparent pixels as black: full-bleed, no alpha.
  { file: 'apple-touch-icon.png', size: 180, fullBleed: true, safeZone: false, transparent: false },
];

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// ---------------------------------------------------------------- PNG helpers

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Reads width/height straight from the IHDR bytes (always the first chunk, at offset 8). */
function readIhdr(buf, name) {
  if (buf.length < 33 || !buf.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error(`${name}: not a PNG`);
  if (buf.toString('latin1', 12, 16) !== 'IHDR') throw new Error(`${name}: first chunk is not IHDR`);
  return {
    width: buf.readUInt32BE(16),
    height: buf.readUInt32BE(20),
    bitDepth: buf[24],
    colorType: buf[25],
    interlace: buf[28],
  };
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decodes an 8-bit, non-interlaced RGB or RGBA PNG into raw RGBA bytes. */
function decodePng(buf, name) {
  const ihdr = readIhdr(buf, name);
  const { width, height, bitDepth, colorType, interlace } = ihdr;
  if (bitDepth !== 8 || interlace !== 0 || (colorType !== 2 && colorType !== 6)) {
    throw new Error(
      `${name}: unsupported PNG (bit depth ${bitDepth}, colour type ${colorType}, interlace ${interlace})`,
    );
  }
  const idat = [];
  for (let off = 8; off < buf.length;) {
    const len = buf.readUInt32BE(off);
    const type = buf.toString('latin1', off + 4, off + 8);
    if (type === 'IDAT') idat.push(buf.subarray(off + 8, off + 8 + len));
    if (type === 'IEND') break;
    off += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const bpp = colorType === 6 ? 4 : 3;
  const stride = width * bpp;
  if (raw.length !== height * (stride + 1)) throw new Error(`${name}: image data has the wrong length`);
  const px = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? px[out + x - bpp] : 0;
      const b = y > 0 ? px[out - stride + x] : 0;
      const c = x >= bpp && y > 0 ? px[out - stride + x - bpp] : 0;
      const pred = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      if (pred === undefined) throw new Error(`${name}: bad filter type ${filter} on row ${y}`);
      px[out + x] = (line[x] + pred) & 0xff;
    }
  }
  const rgba = Buffer.alloc(width * height * 4);
  for (let i = 0, j = 0; i < px.length; i += bpp, j += 4) {
    rgba[j] = px[i];
    rgba[j + 1] = px[i + 1];
    rgba[j + 2] = px[i + 2];
    rgba[j + 3] = bpp === 4 ? px[i + 3] : 255;
  }
  return { width, height, colorType, rgba };
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes RGBA pixels as an 8-bit RGB PNG (colour type 2: no alpha channel at all). */
function encodeRgbPng(width, height, rgba) {
  const stride = width * 3;
  const rgb = Buffer.alloc(height * stride);
  for (let i = 0, j = 0; j < rgba.length; i += 3, j += 4) {
    rgb[i] = rgba[j];
    rgb[i + 1] = rgba[j + 1];
    rgb[i + 2] = rgba[j + 2];
  }
  // Per row, keep whichever of the five filters gives the smallest sum of absolute values.
  const raw = Buffer.alloc(height * (stride + 1));
  const trial = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const row = y * stride;
    let best = Infinity;
    for (let filter = 0; filter < 5; filter++) {
      let sum = 0;
      for (let x = 0; x < stride; x++) {
        const a = x >= 3 ? rgb[row + x - 3] : 0;
        const b = y > 0 ? rgb[row - stride + x] : 0;
        const c = x >= 3 && y > 0 ? rgb[row - stride + x - 3] : 0;
        const pred = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
        trial[x] = (rgb[row + x] - pred) & 0xff;
        sum += trial[x] < 128 ? trial[x] : 256 - trial[x];
      }
      if (sum < best) {
        best = sum;
        raw[y * (stride + 1)] = filter;
        trial.copy(raw, y * (stride + 1) + 1);
      }
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: truecolour, no alpha
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------- rendering

function fail(message) {
  console.error(`make-icons: ${message}`);
  process.exit(1);
}

async function render(browser, svg, icon) {
  const { size, fullBleed, safeZone, transparent } = icon;
  const context = await browser.newContext({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    const background = transparent ? 'transparent' : BRAND;
    await page.setContent(
      `<!doctype html><html><head><style>
        html, body { margin: 0; padding: 0; overflow: hidden; background: ${background}; }
        svg { display: block; width: ${size}px; height: ${size}px; }
      </style></head><body>${svg}</body></html>`,
    );
    const problem = await page.evaluate(
      ({ fullBleed, safeZone, safeRadius, safeMargin }) => {
        const svgEl = document.querySelector('svg');
        const bg = document.getElementById('bg');
        const mark = document.getElementById('mark');
        if (!svgEl || !bg || !mark) return 'icon.svg needs <rect id="bg"> and <g id="mark">';
        if (fullBleed) {
          bg.setAttribute('rx', '0');
          bg.setAttribute('ry', '0');
        }
        if (safeZone) {
          const vb = svgEl.viewBox.baseVal;
          const cx = vb.x + vb.width / 2;
          const cy = vb.y + vb.height / 2;
          const box = mark.getBBox();
          const dx = Math.max(Math.abs(box.x - cx), Math.abs(box.x + box.width - cx));
          const dy = Math.max(Math.abs(box.y - cy), Math.abs(box.y + box.height - cy));
          const reach = Math.hypot(dx, dy); // farthest bounding-box corner from the centre
          const scale = Math.min(1, (safeRadius * vb.width * safeMargin) / reach);
          mark.setAttribute('transform', `translate(${cx} ${cy}) scale(${scale}) translate(${-cx} ${-cy})`);
        }
        return null;
      },
      { fullBleed, safeZone, safeRadius: SAFE_RADIUS, safeMargin: SAFE_MARGIN },
    );
    if (problem) throw new Error(problem);
    return await page.screenshot({ type: 'png', omitBackground: transparent });
  } finally {
    await context.close();
  }
}

function check(buf, icon) {
  const { file, size, transparent } = icon;
  const { width, height, colorType } = readIhdr(buf, file);
  if (width !== size || height !== size) {
    throw new Error(`${file}: IHDR says ${width}x${height}, expected ${size}x${size}`);
  }
  const { rgba } = decodePng(buf, file);
  const alphaAt = (x, y) => rgba[(y * width + x) * 4 + 3];
  if (transparent) {
    if (alphaAt(0, 0) !== 0) throw new Error(`${file}: the rounded corner should be transparent`);
    if (alphaAt(size >> 1, 2) !== 255) throw new Error(`${file}: the top edge should be opaque`);
  } else if (colorType !== 2) {
    throw new Error(`${file}: expected an RGB PNG without alpha, got colour type ${colorType}`);
  }
  return { width, height, colorType };
}

async function main() {
  try {
    await access(executablePath);
  } catch {
    fail(`no Chromium at ${executablePath} (set CHROME_PATH)`);
  }
  const svg = (await readFile(svgPath, 'utf8')).replace(/<\?xml[^>]*>\s*/, '');
  await mkdir(outDir, { recursive: true });

  const browser = await chromium.launch({ executablePath, headless: true, args: LAUNCH_ARGS });
  try {
    for (const icon of ICONS) {
      let png = await render(browser, svg, icon);
      if (!icon.transparent) {
        const { width, height, rgba } = decodePng(png, icon.file);
        for (let i = 3; i < rgba.length; i += 4) {
          if (rgba[i] !== 255) throw new Error(`${icon.file}: has a transparent pixel, expected full bleed`);
        }
        png = encodeRgbPng(width, height, rgba);
      }
      const target = path.join(outDir, icon.file);
      await writeFile(target, png);
      const info = check(await readFile(target), icon); // re-read what landed on disk
      const kind = info.colorType === 6 ? 'RGBA' : 'RGB';
      console.log(`${path.relative(root, target)}  ${info.width}x${info.height} ${kind}  ${png.length} bytes`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((err) => fail(err instanceof Error ? err.message : String(err)));
