// The starter e-service catalogue (DESIGN.md §3): shipped as data, one file per country, validated on load
// so that a bad edit to the JSON fails loudly with the file and field instead of showing a broken picker.
import type { z } from 'zod';
import { eServiceCatalogueSchema, type EService } from '../schemas/eService';
import { COUNTRIES, type Country } from '../schemas/vocabulary';
import al from './data/al.json';
import me from './data/me.json';
import mk from './data/mk.json';
import rs from './data/rs.json';
import xk from './data/xk.json';

export const STARTER_CATALOGUE_FILES: Readonly<Record<string, unknown>> = {
  'al.json': al,
  'xk.json': xk,
  'mk.json': mk,
  'me.json': me,
  'rs.json': rs,
};

/** `[3].names.mk`: the path as a reader of the JSON file would look for it. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

function formatIssue(issue: z.core.$ZodIssue): string {
  const path = formatPath(issue.path);
  return path ? `${path}: ${issue.message}` : issue.message;
}

function countryOfFile(fileName: string): Country {
  const prefix = fileName.replace(/\.json$/, '').toUpperCase();
  const country = COUNTRIES.find((c) => c === prefix);
  if (!country) throw new Error(`Catalogue file ${fileName} is not named after a country`);
  return country;
}

export function parseCatalogueFile(fileName: string, raw: unknown): EService[] {
  const country = countryOfFile(fileName);
  const result = eServiceCatalogueSchema.safeParse(raw);
  if (!result.success) {
    const detail = result.error.issues.map(formatIssue).join('; ');
    throw new Error(`Catalogue file ${fileName} is invalid: ${detail}`);
  }
  const strayIndex = result.data.findIndex((service) => service.country !== country);
  if (strayIndex >= 0) {
    const stray = result.data[strayIndex]?.country;
    throw new Error(
      `Catalogue file ${fileName} is invalid: [${strayIndex}].country: expected ${country}, got ${stray}`,
    );
  }
  return result.data;
}

// Parsed once: the search index is cached per catalogue array, so callers should share one array.
let starterCatalogue: EService[] | undefined;

export function loadStarterCatalogue(): EService[] {
  starterCatalogue ??= Object.entries(STARTER_CATALOGUE_FILES).flatMap(([fileName, raw]) =>
    parseCatalogueFile(fileName, raw),
  );
  return starterCatalogue;
}

export function starterCatalogueFor(country: Country): EService[] {
  return loadStarterCatalogue().filter((service) => service.country === country);
}
