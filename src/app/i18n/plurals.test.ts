import i18next, { type Resource } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { readLocaleResources } from '../../test/localeFiles';
import { LANGUAGES } from './languages';

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({
    resources: Object.fromEntries(LANGUAGES.map((lng) => [lng, readLocaleResources(lng)])) as Resource,
    lng: 'en',
    fallbackLng: false,
    load: 'currentOnly',
    supportedLngs: [...LANGUAGES],
    nonExplicitSupportedLngs: false,
    interpolation: { escapeValue: false },
  });
});

// For each language, which plural form CLDR picks for a count.
const CASES: [string, number, 'one' | 'few' | 'other'][] = [
  ['sr-Latn', 1, 'one'], ['sr-Latn', 2, 'few'], ['sr-Latn', 5, 'other'], ['sr-Latn', 21, 'one'], ['sr-Latn', 22, 'few'], ['sr-Latn', 11, 'other'],
  ['sr-Cyrl', 3, 'few'], ['sr-Cyrl', 25, 'other'],
  ['cnr', 1, 'one'], ['cnr', 4, 'few'], ['cnr', 12, 'other'], ['cnr', 31, 'one'],
  ['mk', 1, 'one'], ['mk', 21, 'one'], ['mk', 2, 'other'], ['mk', 11, 'other'],
  ['sq', 1, 'one'], ['sq', 2, 'other'], ['sq', 21, 'other'],
  ['en', 1, 'one'], ['en', 21, 'other'],
];

describe('plurals follow CLDR', () => {
  it.each(CASES)('%s with %i uses the %s form', async (lng, count, form) => {
    await i18n.changeLanguage(lng);
    const expected = i18n.t(`session:today.sessionCount_${form}`);
    expect(i18n.t('session:today.sessionCount', { count })).toBe(expected);
    expect(expected).not.toMatch(/sessionCount/);
  });

  it('gives Serbian a distinct form for 2–4 ("2 sesije", not "2 sesija")', async () => {
    await i18n.changeLanguage('sr-Latn');
    expect(i18n.t('session:today.sessionCount', { count: 2 })).not.toBe(i18n.t('session:today.sessionCount', { count: 1 }));
    expect(i18n.t('session:today.sessionCount', { count: 22 })).toBe(i18n.t('session:today.sessionCount', { count: 3 }));
  });
});
