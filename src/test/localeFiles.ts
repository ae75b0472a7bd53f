import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCALES_DIR = join(import.meta.dirname, '../../locales');

export type Flat = Map<string, string>;

/** Reads locales/<lng>/<ns>.json; a file that is not valid JSON fails with its path in the message. */
export function readLocale(lng: string): Map<string, Flat> {
  const out = new Map<string, Flat>();
  for (const file of readdirSync(join(LOCALES_DIR, lng)).filter((f) => f.endsWith('.json'))) {
    const path = join(LOCALES_DIR, lng, file);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`locales/${lng}/${file} is not valid JSON: ${(error as Error).message}`);
    }
    out.set(file.replace(/\.json$/, ''), flatten(json));
  }
  return out;
}

export function readLocaleResources(lng: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const file of readdirSync(join(LOCALES_DIR, lng)).filter((f) => f.endsWith('.json'))) {
    out[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(LOCALES_DIR, lng, file), 'utf8'));
  }
  return out;
}

function flatten(value: unknown, prefix = '', out: Flat = new Map()): Flat {
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else throw new Error(`${prefix} is neither text nor a group of texts`);
  return out;
}

export const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
