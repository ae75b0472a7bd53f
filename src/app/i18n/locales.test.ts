import { describe, expect, it } from 'vitest';
import { readLocale, PLURAL_SUFFIX, type Flat } from '../../test/localeFiles';
import { LANGUAGES, NAMESPACES } from './languages';

const english = readLocale('en');
// The plural categories CLDR gives each language (Intl.PluralRules): every one needs its own form.
const PLURAL_FORMS: Record<string, string[]> = {
  sq: ['one', 'other'],
  mk: ['one', 'other'],
  'sr-Latn': ['one', 'few', 'other'],
  'sr-Cyrl': ['one', 'few', 'other'],
  cnr: ['one', 'few', 'other'],
  en: ['one', 'other'],
};
// Words that are the same in every language: the product name, units and codes.
const SAME_EVERYWHERE = /^(Ura|OK|e-ID|\{\{[a-z]+\}\} min|[\d–+ ]+)$/i;
// Proper names may be spelled as in English ("Kosovo" in Serbian, "Serbia" in Albanian).
const PROPER_NAME_KEYS = /^country\./;

function baseKeys(flat: Flat): Set<string> {
  return new Set([...flat.keys()].map((k) => k.replace(PLURAL_SUFFIX, '')));
}

describe('locale files', () => {
  it('has an English file for every namespace the app loads', () => {
    expect([...english.keys()]).toEqual(expect.arrayContaining([...NAMESPACES]));
  });

  for (const lng of LANGUAGES.filter((l) => l !== 'en')) {
    describe(lng, () => {
      const locale = readLocale(lng);
      for (const [ns, en] of english) {
        it(`${ns}: has every key of English and no other`, () => {
          const own = locale.get(ns);
          expect(own, `locales/${lng}/${ns}.json is missing`).toBeDefined();
          const missing = [...baseKeys(en)].filter((k) => !baseKeys(own!).has(k));
          const extra = [...baseKeys(own!)].filter((k) => !baseKeys(en).has(k));
          expect(missing, `locales/${lng}/${ns}.json lacks`).toEqual([]);
          expect(extra, `locales/${lng}/${ns}.json has keys English lacks`).toEqual([]);
        });

        it(`${ns}: has the plural forms of ${lng} and keeps placeholders`, () => {
          const own = locale.get(ns)!;
          for (const key of en.keys()) {
            if (!key.endsWith('_other')) continue;
            const base = key.replace(PLURAL_SUFFIX, '');
            for (const form of PLURAL_FORMS[lng]!) expect(own.has(`${base}_${form}`), `${lng}/${ns}: ${base}_${form}`).toBe(true);
          }
          for (const [key, text] of own) {
            const source = en.get(key) ?? en.get(key.replace(PLURAL_SUFFIX, '_other')) ?? '';
            const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
            expect(placeholders(text).filter((p) => p !== 'count'), `${lng}/${ns}: ${key}`).toEqual(placeholders(source).filter((p) => p !== 'count'));
          }
        });

        it(`${ns}: is translated, not a copy of English`, () => {
          const copies = [...locale.get(ns)!].filter(
            ([key, text]) => text === en.get(key) && !SAME_EVERYWHERE.test(text) && !PROPER_NAME_KEYS.test(key),
          );
          expect(copies.map(([k]) => k), `${lng}/${ns} copies English`).toEqual([]);
        });
      }
    });
  }
});
