import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/schemas/vocabulary';
import { createLabels } from './labels';

type Tree = { [key: string]: string | Tree };
const read = (lng: string) =>
  JSON.parse(readFileSync(new URL(`../../../../locales/${lng}/reports.json`, import.meta.url), 'utf8')) as Tree;
const keys = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
const values = (tree: Tree): string[] => Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : values(v)));

const LATIN_TO_CYRILLIC: [RegExp, string][] = [
  [/Lj/g, 'Љ'],
  [/lj/g, 'љ'],
  [/Nj/g, 'Њ'],
  [/nj/g, 'њ'],
  [/Dž/g, 'Џ'],
  [/dž/g, 'џ'],
];
const SINGLE = Object.fromEntries(
  [...'abvgdđežzijklmnoprstćufhcčšABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ'].map((c, i) => [
    c,
    [...'абвгдђежзијклмнопрстћуфхцчшАБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ'][i]!,
  ]),
);
/** Serbian Latin → Cyrillic, leaving placeholders, the product name, "ISO" and the symbol k as they are. */
function transliterate(text: string): string {
  return text
    .split(/(\{\{\w+\}\}|\bUra\b|\bISO\b|\bk\b)/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : LATIN_TO_CYRILLIC.reduce((s, [re, c]) => s.replace(re, c), part).replace(/./gu, (c) => SINGLE[c] ?? c),
    )
    .join('');
}

describe('locales/<lng>/reports.json', () => {
  const english = keys(read('en')).sort();
  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has every key of English, translated', (lng) => {
    const own = read(lng);
    expect(keys(own).sort()).toEqual(english);
    const en = read('en');
    const copies = keys(own).filter(
      (key) =>
        createLabels(lng, { catalogue: [], centres: [] }).text(key) ===
        createLabels('en', { catalogue: [], centres: [] }).text(key),
    );
    expect(copies, `${lng} copies English`).toEqual([]);
    expect(values(own).every((v) => v.length > 0)).toBe(true);
    expect(values(en).length).toBe(values(own).length);
  });

  it('has Serbian Cyrillic as the exact transliteration of Serbian Latin', () => {
    const latin = read('sr-Latn');
    const cyrillic = read('sr-Cyrl');
    for (const key of keys(latin)) {
      const path = key.split('.');
      const get = (tree: Tree) => path.reduce<string | Tree>((node, part) => (node as Tree)[part]!, tree) as string;
      expect(get(cyrillic), key).toBe(transliterate(get(latin)));
    }
  });

  it('names values from vocabulary.json, e-services from the catalogue and fills placeholders', () => {
    const sq = createLabels('sq', { catalogue: [], centres: [] });
    expect(sq.value('gender', 'female')).toBe('Grua');
    expect(sq.text('export.hiddenLegend', { k: 10 })).toContain('10 − 1');
    expect(sq.title({ titleKey: 'reports.table.sessions_by_day' })).toBe('Seancat sipas ditës');
    expect(createLabels('mk', { catalogue: [], centres: [] }).value('category', 'uncategorised')).toBe(
      'Без категорија',
    );
    expect(sq.value('eService', 'XK-UNKNOWN')).toBe('XK-UNKNOWN');
  });
});
