import { readFileSync } from 'node:fs';
import type { Dimension, ReportTable, Universe } from '../../../shared/reports';
import type { Centre } from '../../../shared/schemas/centre';
import type { EService } from '../../../shared/schemas/eService';
import { LANGUAGES, type Language } from '../../../shared/schemas/vocabulary';

/*
 * The words of an export in one language: titles and headers from locales/<lng>/reports.json (made for
 * the exports; `table.*` are the titleKeys of src/shared/reports), value names from vocabulary.json (the
 * same the app shows), e-service names from the catalogue, centre names as the admin wrote them.
 */
export type Labels = {
  lng: Language;
  /** A key of reports.json ("export.total"); {{name}} placeholders filled from `vars`. */
  text(key: string, vars?: Readonly<Record<string, string | number>>): string;
  title(table: Pick<ReportTable, 'titleKey'>): string;
  dimension(dim: Dimension): string;
  universe(universe: Universe): string;
  value(dim: Dimension, code: string): string;
};

type Tree = { [key: string]: string | Tree };
const cache = new Map<string, Tree>();
const VOCABULARY_DIMS: ReadonlySet<Dimension> = new Set([
  'category',
  'outcome',
  'blocker',
  'channel',
  'gender',
  'ageBand',
  'group',
  'firstVisit',
]);

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

function readLocale(lng: Language, namespace: 'reports' | 'vocabulary'): Tree {
  const key = `${lng}/${namespace}`;
  let tree = cache.get(key);
  if (!tree) {
    tree = JSON.parse(readFileSync(new URL(`../../../../locales/${key}.json`, import.meta.url), 'utf8')) as Tree;
    cache.set(key, tree);
  }
  return tree;
}

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

export function createLabels(
  lng: Language,
  context: { catalogue: readonly EService[]; centres: readonly Centre[] },
): Labels {
  const reports = readLocale(lng, 'reports');
  const vocabulary = readLocale(lng, 'vocabulary');
  const services = new Map(context.catalogue.map((s) => [s.code, s.names[lng]]));
  const centres = new Map(context.centres.map((c) => [c.id, c.name]));
  // English fills a key a translation lacks (the locale test keeps that from happening); the key is the last resort.
  const text = (key: string, vars: Readonly<Record<string, string | number>> = {}) =>
    (lookup(reports, key) ?? lookup(readLocale('en', 'reports'), key) ?? key).replace(
      /\{\{(\w+)\}\}/g,
      (_, name: string) => String(vars[name] ?? ''),
    );
  return {
    lng,
    text,
    title: (table) => text(table.titleKey.replace(/^reports\./, '')),
    dimension: (dim) => text(`dimension.${dim}`),
    universe: (universe) => text(`universe.${universe}`),
    value(dim, code) {
      if (dim === 'eService') return services.get(code) ?? code;
      if (dim === 'centre') return centres.get(code) ?? code;
      if (dim === 'category' && code === 'uncategorised') return text('category.uncategorised');
      if (VOCABULARY_DIMS.has(dim)) return lookup(vocabulary, `${dim}.${code}`) ?? code;
      return code;
    },
  };
}
