import { describe, it, expect } from 'vitest';
import type { EService } from '../schemas/eService';
import type { Language } from '../schemas/vocabulary';
import { buildSearchIndex, searchCatalogue } from './searchCatalogue';
import { loadStarterCatalogue } from './starterCatalogue';

const catalogue = loadStarterCatalogue();
const codes = (services: EService[]) => services.map((s) => s.code);

describe('searchCatalogue on the starter catalogue', () => {
  const finds: [label: string, query: string, lng: Language, expected: string][] = [
    ['Albanian without ë', 'certifikate', 'sq', 'AL-CIVIL-BIRTH-CERT'],
    ['Albanian with ë', 'Certifikatë lindjeje', 'sq', 'AL-CIVIL-BIRTH-CERT'],
    ['ë/e inside a word', 'punekerkues', 'sq', 'AL-EMPLOY-JOBSEEKER-REG'],
    ['Latin query, Cyrillic UI', 'izvod', 'sr-Cyrl', 'RS-CIVIL-BIRTH-CERT'],
    ['Cyrillic query, Latin UI', 'извод', 'sr-Latn', 'RS-CIVIL-BIRTH-CERT'],
    ['Cyrillic query, Albanian UI', 'извод', 'sq', 'MK-CIVIL-BIRTH-CERT'],
    ['Montenegrin ijekavian', 'uvjerenje', 'cnr', 'ME-SOCIAL-INSURANCE-RECORD'],
    ['ijekavian query, ekavian UI', 'uvjerenje', 'sr-Latn', 'RS-CIVIL-CITIZENSHIP-CERT'],
    ['č typed as c', 'maticne', 'sr-Latn', 'RS-CIVIL-BIRTH-CERT'],
    ['č typed as č', 'matičnog', 'cnr', 'ME-CIVIL-BIRTH-CERT'],
    ['ć typed as c', 'placanje', 'sr-Latn', 'XK-MUNI-PROPERTY-TAX'],
    ['š typed as s', 'pasos', 'sr-Latn', 'RS-ID-DOCUMENT-APPOINTMENT'],
    ['š typed as š', 'štednje', 'cnr', 'XK-SOCIAL-PENSION-STATEMENT'],
    ['ž typed as z', 'drzavljanstvu', 'sr-Latn', 'ME-CIVIL-CITIZENSHIP-CERT'],
    ['ž typed as ž', 'stažu', 'cnr', 'ME-SOCIAL-INSURANCE-RECORD'],
    ['đ typed as dj', 'rodjenih', 'sr-Latn', 'RS-CIVIL-BIRTH-CERT'],
    ['đ typed as đ', 'rođenih', 'cnr', 'ME-CIVIL-BIRTH-CERT'],
    ['ђ in Cyrillic', 'рођених', 'sr-Cyrl', 'RS-CIVIL-BIRTH-CERT'],
    ['Macedonian ќ', 'плаќање', 'mk', 'MK-MUNI-PROPERTY-TAX'],
    ['prefix of a word', 'registr', 'en', 'MK-CIVIL-BIRTH-CERT'],
    ['the code', 'MK-HEALTH-GP-CHOICE', 'en', 'MK-HEALTH-GP-CHOICE'],
    ['two words in any order', 'termina pasoš', 'sr-Latn', 'XK-ID-DOCUMENT-APPOINTMENT'],
    ['words from two languages', 'izvod lindurve', 'sr-Latn', 'ME-CIVIL-BIRTH-CERT'],
    ['proper names', 'moj termin', 'sq', 'MK-HEALTH-MOJ-TERMIN'],
    ['upper case and punctuation', 'E-ALBANIA!', 'mk', 'AL-EID-PORTAL-ACCOUNT'],
  ];

  it.each(finds)('%s: "%s" (%s) finds %s', (_label, query, lng, expected) => {
    expect(codes(searchCatalogue(catalogue, query, lng))).toContain(expected);
  });

  it('shows the Cyrillic name of what a Latin query found', () => {
    const [first] = searchCatalogue(catalogue, 'izvod', 'sr-Cyrl');
    expect(first?.names['sr-Cyrl']).toMatch(/^Извод/);
  });

  it('requires every word to match', () => {
    const found = codes(searchCatalogue(catalogue, 'izvod venčanih', 'sr-Latn'));
    expect(found).toEqual(expect.arrayContaining(['RS-CIVIL-MARRIAGE-CERT', 'ME-CIVIL-MARRIAGE-CERT']));
    expect(found).not.toContain('RS-CIVIL-BIRTH-CERT');
    expect(found.every((code) => code.includes('MARRIAGE'))).toBe(true);
  });

  it('finds nothing for a word in no name', () => {
    expect(searchCatalogue(catalogue, 'izvod xyzzy', 'sr-Latn')).toEqual([]);
  });
});

function service(code: string, srLatn: string, active = true, sq = srLatn): EService {
  const names = { sq, mk: srLatn, 'sr-Latn': srLatn, 'sr-Cyrl': srLatn, cnr: srLatn, en: srLatn };
  return { code, country: 'RS', provider: 'Test', category: 'municipal', names, active };
}

describe('searchCatalogue ordering and retired services', () => {
  const fixture = [
    service('RS-NJ', 'Njiva'),
    service('RS-DJ', 'Đak'),
    service('RS-CV', 'Cvet'),
    service('RS-DZ', 'Džak'),
    service('RS-RETIRED', 'Čaj stari', false),
    service('RS-CA', 'Čaj'),
    service('RS-NO', 'Nos'),
    service('RS-CU', 'Ćup'),
    service('RS-DA', 'Dan'),
  ];
  const serbianOrder = ['RS-CV', 'RS-CA', 'RS-CU', 'RS-DA', 'RS-DZ', 'RS-DJ', 'RS-NO', 'RS-NJ'];

  it.each<Language>(['sr-Latn', 'cnr'])('orders an empty query by the Serbian Latin alphabet in %s', (lng) => {
    expect(codes(searchCatalogue(fixture, '', lng))).toEqual(serbianOrder);
  });

  it('orders an empty query by rank first, then by name', () => {
    const rank = (code: string) => ({ 'RS-NJ': 5, 'RS-DA': 5, 'RS-CU': 1 })[code] ?? 0;
    expect(codes(searchCatalogue(fixture, '  ', 'sr-Latn', rank))).toEqual([
      'RS-DA',
      'RS-NJ',
      'RS-CU',
      'RS-CV',
      'RS-CA',
      'RS-DZ',
      'RS-DJ',
      'RS-NO',
    ]);
  });

  it('orders hits of a query by rank too', () => {
    const rank = (code: string) => (code === 'RS-DJ' ? 3 : 0);
    expect(codes(searchCatalogue(fixture, 'ak', 'sr-Latn', rank))).toEqual(['RS-DJ', 'RS-DZ']);
  });

  it('puts hits in the chosen language before hits found only through another language', () => {
    const mixed = [service('RS-OWN', 'Porez na imovinu', true, 'Tatimi'), service('RS-OTHER', 'Taksa', true, 'Porez')];
    const rank = (code: string) => (code === 'RS-OTHER' ? 9 : 0);
    expect(codes(searchCatalogue(mixed, 'porez', 'sr-Latn', rank))).toEqual(['RS-OWN', 'RS-OTHER']);
    expect(codes(searchCatalogue(mixed, 'porez', 'sq', rank))).toEqual(['RS-OTHER', 'RS-OWN']);
  });

  it.each(['', 'caj', 'stari', 'RS-RETIRED'])('never offers a retired service (query "%s")', (query) => {
    expect(codes(searchCatalogue(fixture, query, 'sr-Latn'))).not.toContain('RS-RETIRED');
  });

  it('leaves retired services out of the index', () => {
    expect(buildSearchIndex(fixture).map((entry) => entry.service.code)).not.toContain('RS-RETIRED');
  });

  it('gives the same answer when the cached index is reused', () => {
    const first = codes(searchCatalogue(fixture, 'ak', 'sr-Latn'));
    expect(codes(searchCatalogue(fixture, 'ak', 'sr-Latn'))).toEqual(first);
    expect(first).toEqual(['RS-DZ', 'RS-DJ']);
  });
});
