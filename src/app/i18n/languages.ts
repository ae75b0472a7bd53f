import { LANGUAGES, type Language } from '../../shared/schemas/vocabulary';

export { LANGUAGES, type Language };
export const DEFAULT_LANGUAGE: Language = 'sq';
/**
 * Loaded at start, before the first render: the texts of the tablet's first screens (lock, PIN, Today and
 * their banners). A namespace first asked for by a screen suspends it, and React then holds the revealed
 * screen back for up to 300 ms (its Suspense throttle): 'auth' did so on every restart's PIN prompt.
 * vite.config.ts puts exactly these in one file per language. Others (admin, reports) load with their screen.
 */
export const NAMESPACES = ['common', 'vocabulary', 'session', 'setup', 'sync', 'auth', 'diagnostics'] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** Endonyms: each language is named in itself. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  sq: 'Shqip',
  mk: 'Македонски',
  'sr-Latn': 'Srpski (latinica)',
  'sr-Cyrl': 'Српски (ћирилица)',
  cnr: 'Crnogorski',
  en: 'English',
};

/** The BCP 47 tag Intl and the html lang attribute get; Montenegrin has no ICU locale of its own. */
export const INTL_LOCALE: Record<Language, string> = {
  sq: 'sq',
  mk: 'mk',
  'sr-Latn': 'sr-Latn',
  'sr-Cyrl': 'sr-Cyrl',
  cnr: 'sr-Latn-ME',
  en: 'en',
};

export const HTML_LANG: Record<Language, string> = { ...INTL_LOCALE, cnr: 'cnr' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
