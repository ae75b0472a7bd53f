import { describe, it, expect } from 'vitest';
import { LANGUAGES } from '../schemas/vocabulary';
import {
  STARTER_CATALOGUE_FILES,
  loadStarterCatalogue,
  parseCatalogueFile,
  starterCatalogueFor,
} from './starterCatalogue';

// Serbian Latin → Cyrillic, written here independently of the data so the check can catch a hand edit.
const DIGRAPHS: Record<string, string> = { lj: 'љ', nj: 'њ', dž: 'џ' };
// prettier-ignore
const LETTERS: Record<string, string> = {
  a: 'а', b: 'б', c: 'ц', č: 'ч', ć: 'ћ', d: 'д', đ: 'ђ', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'ј',
  k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', š: 'ш', t: 'т', u: 'у', v: 'в', z: 'з',
  ž: 'ж',
};

function toCyrillic(latin: string): string {
  let out = '';
  for (let i = 0; i < latin.length; i++) {
    const pair = latin.slice(i, i + 2);
    const digraph = DIGRAPHS[pair.toLowerCase()];
    const letter = digraph ?? LETTERS[latin[i]!.toLowerCase()];
    if (digraph) i++;
    if (!letter) {
      out += latin[i];
      continue;
    }
    out += pair[0] === pair[0]!.toLowerCase() ? letter : letter.toUpperCase();
  }
  return out;
}

const files = Object.entries(STARTER_CATALOGUE_FILES);
const copyOf = (fileName: string) => structuredClone(STARTER_CATALOGUE_FILES[fileName]) as Record<string, unknown>[];

describe('toCyrillic (the check itself)', () => {
  it.each([
    ['Ljubljana', 'Љубљана'],
    ['Njegoš', 'Његош'],
    ['džep Džep', 'џеп Џеп'],
    ['Đurđevdan ćevap', 'Ђурђевдан ћевап'],
    ['eUprava (e-usluge)', 'еУправа (е-услуге)'],
  ])('%s → %s', (latin, cyrillic) => expect(toCyrillic(latin)).toBe(cyrillic));
});

describe('starter catalogue files', () => {
  it('has one file per country', () => {
    expect(files.map(([name]) => name).sort()).toEqual(['al.json', 'me.json', 'mk.json', 'rs.json', 'xk.json']);
  });

  describe.each(files)('%s', (fileName, raw) => {
    const services = parseCatalogueFile(fileName, raw);

    it('validates and holds 10–20 services, all active', () => {
      expect(services.length).toBeGreaterThanOrEqual(10);
      expect(services.length).toBeLessThanOrEqual(20);
      expect(services.every((s) => s.active)).toBe(true);
    });

    it('has every sr-Cyrl name as the transliteration of its sr-Latn name', () => {
      const mismatches = services.filter((s) => s.names['sr-Cyrl'] !== toCyrillic(s.names['sr-Latn']));
      expect(mismatches.map((s) => s.code)).toEqual([]);
    });

    it('writes Macedonian and Serbian Cyrillic names without Latin letters', () => {
      for (const s of services) {
        expect(s.names.mk, s.code).not.toMatch(/\p{Script=Latin}/u);
        expect(s.names['sr-Cyrl'], s.code).not.toMatch(/\p{Script=Latin}/u);
      }
    });

    it('translates names rather than copying the English one (at most 2 per language)', () => {
      for (const lng of LANGUAGES.filter((l) => l !== 'en')) {
        const copies = services.filter((s) => s.names[lng] === s.names.en);
        expect(copies.length, lng).toBeLessThanOrEqual(2);
      }
    });
  });

  it('has codes unique across all files', () => {
    const codes = loadStarterCatalogue().map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('gives each country only its own services', () => {
    const xk = starterCatalogueFor('XK');
    expect(xk.length).toBeGreaterThan(0);
    expect(xk.every((s) => s.country === 'XK' && s.code.startsWith('XK-'))).toBe(true);
  });
});

describe('parseCatalogueFile on a broken copy', () => {
  const cases: [string, string, (list: Record<string, unknown>[]) => void, RegExp][] = [
    [
      'a missing Macedonian name',
      'al.json',
      (l) => delete (l[3]!.names as Record<string, unknown>).mk,
      /al\.json.*\[3\]\.names\.mk/,
    ],
    ['an unknown category', 'mk.json', (l) => (l[0]!.category = 'weather'), /mk\.json.*\[0\]\.category/],
    ['an http url', 'rs.json', (l) => (l[1]!.url = 'http://euprava.gov.rs'), /rs\.json.*\[1\]\.url/],
    ['a malformed code', 'me.json', (l) => (l[2]!.code = 'me-lower'), /me\.json.*\[2\]\.code/],
    ['a service of another country', 'xk.json', (l) => (l[4]!.country = 'AL'), /xk\.json.*\[4\]\.country.*expected XK/],
    ['a duplicated code', 'al.json', (l) => l.push(structuredClone(l[0]!)), /al\.json.*duplicate_code/],
  ];

  it.each(cases)('names the file and the field for %s', (_label, fileName, breakIt, message) => {
    const copy = copyOf(fileName);
    breakIt(copy);
    expect(() => parseCatalogueFile(fileName, copy)).toThrow(message);
  });

  it('rejects a file not named after a country', () => {
    expect(() => parseCatalogueFile('catalogue.json', [])).toThrow(/catalogue\.json/);
  });
});
