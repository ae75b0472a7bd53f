// Which e-services people come for: popularity by category, seasonal windows, and who is asking.
import { starterCatalogueFor } from '../catalogue/starterCatalogue';
import type { EService } from '../schemas/eService';
import type { Country, Requester, ServiceCategory } from '../schemas/vocabulary';
import { weightedTable, type WeightedTable } from './random';

export type ServicePick = { code: string; category: ServiceCategory };

/** Relative popularity of one service in each category; civil certificates and e-ID accounts lead. */
const CITIZEN_WEIGHT: Readonly<Record<ServiceCategory, number>> = {
  civil_registry: 9,
  eid_account: 16,
  identity_documents: 8,
  social_insurance: 5,
  health: 5,
  tax: 3,
  education: 3,
  agriculture: 2,
  municipal: 3,
  property: 4,
  employment: 3,
  business: 1.2,
  civil_society: 0.3,
};

/** CSOs and small businesses get help registering and filing, rarely anything else. */
const ORGANISATION_WEIGHT: Readonly<Record<ServiceCategory, number>> = {
  civil_registry: 0,
  eid_account: 2,
  identity_documents: 0,
  social_insurance: 1,
  health: 0,
  tax: 3,
  education: 0,
  agriculture: 1,
  municipal: 1,
  property: 0.5,
  employment: 0.5,
  business: 5,
  civil_society: 6,
};

/** Month factors (index 1 … 12) for services with a filing or application window. */
const TAX_SEASON = [0, 0.6, 2.5, 3.5, 4, 1.5, 0.6, 0.5, 0.4, 0.5, 0.6, 0.6, 0.6] as const;
const ENROLMENT_SEASON = [0, 0.2, 0.3, 0.5, 1, 1.5, 4, 1, 2, 3.5, 0.5, 0.2, 0.2] as const;
const SUBSIDY_SEASON = [0, 0.4, 1, 2.5, 3, 2.5, 1, 0.5, 0.4, 0.6, 0.6, 0.4, 0.3] as const;
const SCHOOL_YEAR = [0, 1, 1, 1, 1, 1, 0.8, 0.2, 0.2, 1.6, 1.2, 1, 1] as const;

function seasonal(service: EService, month: number): number {
  const code = service.code;
  if (service.category === 'tax') return TAX_SEASON[month] ?? 1;
  if (service.category === 'agriculture') return SUBSIDY_SEASON[month] ?? 1;
  if (code.includes('ENROL') || code.includes('SCHOLARSHIP')) return ENROLMENT_SEASON[month] ?? 1;
  if (code.includes('E-DIARY')) return SCHOOL_YEAR[month] ?? 1;
  if (code.includes('RENT-BONUS') || code.includes('CHILD-ALLOWANCE')) return SUBSIDY_SEASON[month] ?? 1;
  return 1;
}

function serviceWeight(service: EService, month: number, requester: Requester, isMobile: boolean): number {
  if (!service.active) return 0;
  const base = (requester === 'organisation' ? ORGANISATION_WEIGHT : CITIZEN_WEIGHT)[service.category];
  const birth = service.code.includes('BIRTH-CERT') ? 1.6 : 1;
  // Villages: farmers' subsidies and pensions, hardly any business or CSO registration.
  const rural = !isMobile
    ? 1
    : service.category === 'agriculture'
      ? 3
      : service.category === 'social_insurance'
        ? 1.5
        : 1;
  return base * birth * rural * seasonal(service, month);
}

// At most 5 countries × 12 months × 2 requesters × 2 kinds tables, built on first use.
const tables = new Map<string, WeightedTable<ServicePick>>();

export function serviceTable(
  country: Country,
  month: number,
  requester: Requester,
  isMobile: boolean,
): WeightedTable<ServicePick> {
  const key = `${country}|${month}|${requester}|${isMobile}`;
  let table = tables.get(key);
  if (!table) {
    const entries = starterCatalogueFor(country).map(
      (service) =>
        [
          { code: service.code, category: service.category },
          serviceWeight(service, month, requester, isMobile),
        ] as const,
    );
    table = weightedTable(entries);
    tables.set(key, table);
  }
  return table;
}
