// The demo network as data: real towns and villages, invented organisations. Busyness is the mean number of
// sessions on an ordinary weekday at scale 1 (a real busy desk logs 350–400; `scale` gets there).
import type { Country } from '../schemas/vocabulary';

export type NoteLanguage = 'sq' | 'mk' | 'sr-Latn' | 'sr-Cyrl' | 'cnr';

/** Shares of citizens in a group, per centre (the rest of the profile depends on age and channel). */
export type GroupRates = { roma: number; minorityLanguage: number; displaced: number; rural: number };

export type CentreSeed = {
  code: string;
  organisation: string;
  kind: 'fixed' | 'mobile';
  country: Country;
  municipality: string;
  name: string;
  timeZone: string;
  busyness: number;
  noteLanguage: NoteLanguage;
  rates: GroupRates;
  /** Mobile points with a Location record. */
  villages?: readonly string[];
  /** Places visited now and then, recorded as a free location label only. */
  adHocPlaces?: readonly string[];
};

export const DEMO_PREFIX = 'Demo · ';

export const ORGANISATION_SEEDS: readonly { key: string; name: string }[] = [
  { key: 'al', name: `${DEMO_PREFIX}Qendra për Qytetari Digjitale` },
  { key: 'xk', name: `${DEMO_PREFIX}Rrjeti Qytetar për e-Shërbime` },
  { key: 'mk', name: `${DEMO_PREFIX}Граѓанска мрежа за е-услуги` },
  { key: 'me', name: `${DEMO_PREFIX}Digitalni građani Crne Gore` },
  { key: 'rs', name: `${DEMO_PREFIX}Mreža za digitalnu uključenost` },
  { key: 'mobile', name: `${DEMO_PREFIX}Balkan e-Help on Wheels` },
];

const TIRANE = 'Europe/Tirane';
const BELGRADE = 'Europe/Belgrade'; // Kosovo and Serbia both use this IANA zone
const SKOPJE = 'Europe/Skopje';
const PODGORICA = 'Europe/Podgorica';

/** code, organisation, country, municipality, desk, zone, busyness, note language, [roma, minority, displaced, rural]. */
type DeskRow = readonly [string, string, Country, string, string, string, number, NoteLanguage, readonly number[]];

const DESKS: readonly DeskRow[] = [
  ['SHK', 'al', 'AL', 'Shkodër', 'Sporteli i e-shërbimeve', TIRANE, 115, 'sq', [0.05, 0.02, 0.005, 0.18]],
  ['TIR', 'al', 'AL', 'Tiranë', 'Qendra e shërbimeve digjitale', TIRANE, 120, 'sq', [0.03, 0.01, 0.005, 0.06]],
  ['KOR', 'al', 'AL', 'Korçë', 'Zyra e ndihmës për e-Albania', TIRANE, 60, 'sq', [0.06, 0.03, 0.005, 0.2]],
  ['PRN', 'xk', 'XK', 'Prishtinë', 'Qendra për e-Kosova', BELGRADE, 90, 'sq', [0.02, 0.04, 0.03, 0.08]],
  ['PRZ', 'xk', 'XK', 'Prizren', 'Sporteli qytetar', BELGRADE, 60, 'sq', [0.05, 0.1, 0.03, 0.15]],
  ['GJL', 'xk', 'XK', 'Gjilan/Gnjilane', 'Qendra e informimit', BELGRADE, 45, 'sq', [0.04, 0.09, 0.04, 0.2]],
  ['SKP', 'mk', 'MK', 'Скопје', 'Центар за е-услуги', SKOPJE, 95, 'mk', [0.06, 0.12, 0.01, 0.05]],
  ['TET', 'mk', 'MK', 'Tetovë/Тетово', 'Qendra për e-shërbime', SKOPJE, 55, 'sq', [0.03, 0.15, 0.01, 0.25]],
  ['BIT', 'mk', 'MK', 'Битола', 'Инфо-пулт за е-услуги', SKOPJE, 45, 'mk', [0.04, 0.04, 0.005, 0.2]],
  ['PGA', 'me', 'ME', 'Podgorica', 'Centar za e-usluge', PODGORICA, 70, 'cnr', [0.04, 0.06, 0.03, 0.08]],
  ['NIK', 'me', 'ME', 'Nikšić', 'Info-pult za e-Upravu', PODGORICA, 40, 'cnr', [0.03, 0.02, 0.02, 0.2]],
  ['NPZ', 'rs', 'RS', 'Novi Pazar', 'Centar za e-Upravu', BELGRADE, 55, 'sr-Latn', [0.02, 0.12, 0.03, 0.15]],
  ['NIS', 'rs', 'RS', 'Ниш', 'Центар за е-Управу', BELGRADE, 75, 'sr-Cyrl', [0.06, 0.01, 0.03, 0.1]],
  ['SUB', 'rs', 'RS', 'Subotica/Szabadka', 'Info-pult za e-Upravu', BELGRADE, 45, 'sr-Latn', [0.03, 0.25, 0.02, 0.12]],
];

function rates([roma = 0, minorityLanguage = 0, displaced = 0, rural = 0]: readonly number[]): GroupRates {
  return { roma, minorityLanguage, displaced, rural };
}

function desk([
  code,
  organisation,
  country,
  municipality,
  desk,
  timeZone,
  busyness,
  noteLanguage,
  shares,
]: DeskRow): CentreSeed {
  const name = `${DEMO_PREFIX}${municipality} – ${desk}`;
  return {
    code,
    organisation,
    kind: 'fixed',
    country,
    municipality,
    name,
    timeZone,
    busyness,
    noteLanguage,
    rates: rates(shares),
  };
}

export const CENTRE_SEEDS: readonly CentreSeed[] = [
  ...DESKS.map(desk),
  {
    code: 'MEM',
    organisation: 'mobile',
    kind: 'mobile',
    country: 'AL',
    municipality: 'Malësi e Madhe',
    name: `${DEMO_PREFIX}Ekipi lëvizës Malësi e Madhe`,
    timeZone: TIRANE,
    busyness: 24,
    noteLanguage: 'sq',
    rates: rates([0.02, 0.01, 0.01, 0.9]),
    villages: ['Koplik', 'Bajzë', 'Dedaj', 'Vrith', 'Rrapshë', 'Tamarë'],
    adHocPlaces: ['Shkrel', 'Razëm', 'Bogë'],
  },
  {
    code: 'RAH',
    organisation: 'mobile',
    kind: 'mobile',
    country: 'XK',
    municipality: 'Rahovec/Orahovac',
    name: `${DEMO_PREFIX}Ekipi lëvizës Rahovec/Orahovac`,
    timeZone: BELGRADE,
    busyness: 22,
    noteLanguage: 'sq',
    rates: rates([0.03, 0.06, 0.05, 0.9]),
    villages: ['Krushë e Madhe', 'Hoçë e Madhe', 'Xërxë', 'Ratkoc', 'Brestoc', 'Drenoc'],
    adHocPlaces: ['Bellacërkë', 'Celinë'],
  },
  {
    code: 'BUJ',
    organisation: 'mobile',
    kind: 'mobile',
    country: 'RS',
    municipality: 'Bujanovac',
    name: `${DEMO_PREFIX}Mobilni tim Bujanovac`,
    timeZone: BELGRADE,
    busyness: 20,
    noteLanguage: 'sr-Latn',
    rates: rates([0.08, 0.3, 0.03, 0.9]),
    villages: ['Veliki Trnovac', 'Biljača', 'Levosoje', 'Lučane', 'Žbevac', 'Klenike'],
    adHocPlaces: ['Rakovac', 'Samoljica'],
  },
];
