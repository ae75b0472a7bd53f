// Which source modules make up a built chunk, and how much of it each one is: read from the chunk's source
// map (the build writes one next to every chunk), so the sizes are those of the minified code that ships.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** The values of one source-map segment (base64 VLQ). */
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`bad source map character ${char}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

/** A readable module name: the path inside node_modules (package first) or inside the repository. */
function moduleName(source) {
  const clean = source.replace(/^(\.\.\/)+/, '').replace(/\?.*$/, '');
  const inModules = clean.lastIndexOf('node_modules/');
  return inModules >= 0 ? clean.slice(inModules + 'node_modules/'.length) : clean;
}

/**
 * `code` (a built chunk) split by the source each byte was mapped to; bytes no mapping covers count as
 * "(unmapped)". Returns [{ module, bytes, gzipBytes }] largest first; gzipBytes is each module's code
 * compressed on its own (gzip -9), so their sum is a little more than the chunk's.
 */
export function moduleSizes(code, map) {
  const parts = new Map();
  const add = (source, text) => {
    const name = source === undefined ? '(unmapped)' : moduleName(map.sources[source]);
    const list = parts.get(name) ?? [];
    list.push(text);
    parts.set(name, list);
  };
  const lines = code.split('\n');
  const mappingLines = map.mappings.split(';');
  let source = 0;
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l] + (l < lines.length - 1 ? '\n' : '');
    const segments = (mappingLines[l] ?? '').split(',').filter(Boolean);
    let column = 0;
    let start = 0;
    let current;
    for (const segment of segments) {
      const values = decodeSegment(segment);
      column += values[0];
      if (column > start) add(current, line.slice(start, column));
      start = column;
      if (values.length >= 4) {
        source += values[1];
        current = source;
      } else current = undefined;
    }
    add(current, line.slice(start));
  }
  return [...parts]
    .map(([module, texts]) => {
      const text = texts.join('');
      return { module, bytes: Buffer.byteLength(text), gzipBytes: gzipSync(text, { level: 9 }).length };
    })
    .filter((m) => m.bytes > 0)
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}

/** moduleSizes() of a built file in `distDir` (its path as served, e.g. /assets/index-abc.js), or null without a map. */
export function builtModuleSizes(distDir, file) {
  const path = `${distDir}${file}`;
  if (!existsSync(`${path}.map`)) return null;
  return moduleSizes(readFileSync(path, 'utf8'), JSON.parse(readFileSync(`${path}.map`, 'utf8')));
}
