// The closed lists a session is made of. Codes are stable: they are stored, synced and exported,
// and their labels live in locales/<lng>/vocabulary.json under the same names.

export const COUNTRIES = ['AL', 'XK', 'MK', 'ME', 'RS'] as const;
export type Country = (typeof COUNTRIES)[number];

export const CHANNELS = ['walk_in', 'mobile_point', 'phone', 'online', 'home_visit'] as const;
export type Channel = (typeof CHANNELS)[number];

export const REQUESTERS = ['citizen', 'organisation'] as const;
export type Requester = (typeof REQUESTERS)[number];

export const OUTCOMES = ['completed', 'partly_completed', 'referred', 'not_completed'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const BLOCKERS = ['no_eid', 'portal_outage', 'missing_documents', 'fee_payment', 'other'] as const;
export type Blocker = (typeof BLOCKERS)[number];

export const GENDERS = ['female', 'male', 'other', 'not_stated'] as const;
export type Gender = (typeof GENDERS)[number];

export const AGE_BANDS = ['under_18', '18_24', '25_34', '35_44', '45_54', '55_64', '65_plus', 'not_stated'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const GROUPS = [
  'roma_egyptian',
  'disability',
  'rural',
  'unemployed',
  'low_income',
  'low_digital_literacy',
  'minority_language',
  'displaced_returnee',
] as const;
export type Group = (typeof GROUPS)[number];

/** Special-category data under GDPR: never indexed, only in suppressed aggregates by default. */
export const SENSITIVE_GROUPS: readonly Group[] = ['roma_egyptian', 'disability'];

export const FIRST_VISIT = ['yes', 'no', 'unknown'] as const;
export type FirstVisit = (typeof FIRST_VISIT)[number];

export const SKILLS = ['email_account', 'eid_registration', 'online_payment', 'portal_navigation', 'document_scan', 'password_safety'] as const;
export type Skill = (typeof SKILLS)[number];

export const SERVICE_CATEGORIES = [
  'civil_registry',
  'identity_documents',
  'tax',
  'social_insurance',
  'business',
  'education',
  'health',
  'agriculture',
  'municipal',
  'civil_society',
  'eid_account',
  'property',
  'employment',
] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

export const LANGUAGES = ['sq', 'mk', 'sr-Latn', 'sr-Cyrl', 'cnr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
