// The anonymous profile of a demo citizen: slightly more women, skewed older, groups by centre and age.
import { GROUPS, type AgeBand, type FirstVisit, type Gender, type Group, type Skill } from '../schemas/vocabulary';
import type { DemoCentre } from './network';
import { weightedTable, type Rng } from './random';
import type { ServicePick } from './serviceMix';

export type Profile = { gender: Gender; ageBand: AgeBand; groups: Group[]; firstVisit: FirstVisit };

const GENDER = weightedTable<Gender>([
  ['female', 53],
  ['male', 45],
  ['other', 0.3],
  ['not_stated', 1.7],
]);

const AGE_AT_DESK = weightedTable<AgeBand>([
  ['under_18', 2],
  ['18_24', 7],
  ['25_34', 11],
  ['35_44', 13],
  ['45_54', 15],
  ['55_64', 21],
  ['65_plus', 28],
  ['not_stated', 3],
]);
// The young have left the villages: mobile points see mostly pensioners.
const AGE_IN_VILLAGES = weightedTable<AgeBand>([
  ['under_18', 1],
  ['18_24', 3],
  ['25_34', 6],
  ['35_44', 9],
  ['45_54', 14],
  ['55_64', 24],
  ['65_plus', 40],
  ['not_stated', 3],
]);

const FIRST = weightedTable<FirstVisit>([
  ['yes', 60],
  ['no', 35],
  ['unknown', 5],
]);

const ORGANISATION_PROFILE: Profile = {
  gender: 'not_stated',
  ageBand: 'not_stated',
  groups: [],
  firstVisit: 'unknown',
};

const WORKING_AGE: ReadonlySet<AgeBand> = new Set(['18_24', '25_34', '35_44', '45_54', '55_64']);

function groupChance(group: Group, centre: DemoCentre, ageBand: AgeBand, isVillage: boolean): number {
  const { rates } = centre;
  switch (group) {
    case 'roma_egyptian':
      return rates.roma;
    case 'disability':
      return ageBand === '65_plus' ? 0.06 : 0.025;
    case 'rural':
      return isVillage ? Math.max(rates.rural, 0.9) : rates.rural;
    case 'unemployed':
      return WORKING_AGE.has(ageBand) ? 0.14 : 0;
    case 'low_income':
      return 0.15;
    case 'low_digital_literacy':
      return ageBand === '65_plus' ? 0.6 : ageBand === '55_64' ? 0.3 : 0.08;
    case 'minority_language':
      return rates.minorityLanguage;
    case 'displaced_returnee':
      return rates.displaced;
  }
}

export function drawProfile(rng: Rng, centre: DemoCentre, isOrganisation: boolean, isVillage: boolean): Profile {
  if (isOrganisation) return { ...ORGANISATION_PROFILE, groups: [] };
  const gender = rng.weighted(GENDER);
  const ageBand = rng.weighted(isVillage ? AGE_IN_VILLAGES : AGE_AT_DESK);
  const groups: Group[] = [];
  for (const group of GROUPS) {
    if (rng.chance(groupChance(group, centre, ageBand, isVillage))) groups.push(group);
  }
  return { gender, ageBand, groups, firstVisit: rng.weighted(FIRST) };
}

const SKILL = weightedTable<Skill>([
  ['email_account', 3],
  ['eid_registration', 3],
  ['online_payment', 2],
  ['portal_navigation', 4],
  ['document_scan', 2],
  ['password_safety', 1.5],
]);

/** Skills taught, sometimes: whoever got an e-ID account was usually shown how to register for it. */
export function drawSkills(rng: Rng, services: readonly ServicePick[], profile: Profile): Skill[] | undefined {
  const teachable = profile.groups.includes('low_digital_literacy') ? 0.3 : 0.15;
  if (!rng.chance(teachable)) return undefined;
  const skills: Skill[] = [];
  if (services.some((s) => s.category === 'eid_account') && rng.chance(0.7)) skills.push('eid_registration');
  const wanted = rng.chance(0.7) ? 1 : 2;
  for (let tries = 0; skills.length < wanted && tries < 6; tries++) {
    const skill = rng.weighted(SKILL);
    if (!skills.includes(skill)) skills.push(skill);
  }
  return skills;
}
