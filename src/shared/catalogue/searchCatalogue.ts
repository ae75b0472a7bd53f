// Finding an e-service while the citizen waits: any language, either Serbian script, with or without
// diacritics. Names are folded once per catalogue so each keystroke only compares strings.
import type { EService } from '../schemas/eService';
import { LANGUAGES, type Language } from '../schemas/vocabulary';
import { foldForSearch } from '../text/fold';

type IndexedService = {
  service: EService;
  /** Folded name per language, the folded code, and all names joined for the cross-language match. */
  folded: Record<Language, string>;
  code: string;
  allNames: string;
};
export type SearchIndex = readonly IndexedService[];

export type Rank = (code: string) => number;

export function buildSearchIndex(services: readonly EService[]): SearchIndex {
  return services
    .filter((service) => service.active) // retired codes stay stored but are never offered
    .map((service) => {
      const folded = Object.fromEntries(LANGUAGES.map((lng) => [lng, foldForSearch(service.names[lng])]));
      return {
        service,
        folded: folded as Record<Language, string>,
        code: foldForSearch(service.code),
        // Separated so that a word cannot match across the end of one name and the start of the next.
        allNames: Object.values(folded).join('\n'),
      };
    });
}

const indexCache = new WeakMap<readonly EService[], SearchIndex>();

function indexFor(services: readonly EService[]): SearchIndex {
  let index = indexCache.get(services);
  if (!index) {
    index = buildSearchIndex(services);
    indexCache.set(services, index);
  }
  return index;
}

// Intl has no Montenegrin collation; its alphabet orders like Serbian Latin.
const COLLATION_LOCALE: Record<Language, string> = {
  sq: 'sq',
  mk: 'mk',
  'sr-Latn': 'sr-Latn',
  'sr-Cyrl': 'sr-Cyrl',
  cnr: 'sr-Latn',
  en: 'en',
};
const collators = new Map<Language, Intl.Collator>();

function collatorFor(lng: Language): Intl.Collator {
  let collator = collators.get(lng);
  if (!collator) {
    collator = new Intl.Collator(COLLATION_LOCALE[lng], { sensitivity: 'base', numeric: true });
    collators.set(lng, collator);
  }
  return collator;
}

function matchesAll(words: readonly string[], text: string): boolean {
  return words.every((word) => text.includes(word));
}

/**
 * Every query word must occur in one of the service's names (any language) or its code. Hits in the
 * volunteer's own language or the code come first, then `rank` (recents/frequents, higher first), then name.
 */
export function searchCatalogue(services: readonly EService[], query: string, lng: Language, rank?: Rank): EService[] {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  const scored: { entry: IndexedService; isOwnLanguage: boolean; rank: number }[] = [];
  for (const entry of indexFor(services)) {
    const isOwnLanguage = matchesAll(words, entry.folded[lng]) || matchesAll(words, entry.code);
    if (!isOwnLanguage && !matchesAll(words, entry.allNames)) continue;
    scored.push({ entry, isOwnLanguage, rank: rank?.(entry.service.code) ?? 0 });
  }
  const collator = collatorFor(lng);
  scored.sort(
    (a, b) =>
      Number(b.isOwnLanguage) - Number(a.isOwnLanguage) ||
      b.rank - a.rank ||
      collator.compare(a.entry.service.names[lng], b.entry.service.names[lng]),
  );
  return scored.map(({ entry }) => entry.service);
}
