// The weekly report (DESIGN.md §7): the tables a coordinator sees and a donor gets, built from grouped counts
// so the device (its own sessions) and the server (SQL GROUP BY) produce identical tables.
import type { EService } from '../schemas/eService';
import {
  AGE_BANDS,
  BLOCKERS,
  CHANNELS,
  FIRST_VISIT,
  GENDERS,
  GROUPS,
  OUTCOMES,
  SENSITIVE_GROUPS,
  SERVICE_CATEGORIES,
  type ServiceCategory,
} from '../schemas/vocabulary';
import { datesBetween, type LocalDateRange } from './calendar';
import { checkCounts, countSessions, type ReportableSession, type ReportCounts } from './reportCounts';
import { oneWayTable, quantityKey, twoWayTable, type ReportLink, type ReportTable, type Universe } from './reportTable';
import { totalsOf, type ReportTotals } from './reportTotals';

export type ReportOptions = {
  /** The local dates covered, e.g. weekRange("2026-W47"); every day gets a row, empty days show 0. */
  period: LocalDateRange;
  /** e-service code → category, from the catalogue (categoriesOf). Unknown codes count as "uncategorised". */
  categoryOf: ReadonlyMap<string, ServiceCategory>;
  /** E-services to list even when nobody was helped with them (in this order); others follow, sorted. */
  serviceCodes?: readonly string[];
  /** Centres to list even when they logged nothing (in this order); others follow, sorted. */
  centreIds?: readonly string[];
};

export type Report = {
  period: LocalDateRange;
  tables: ReportTable[];
  /** How quantities of different tables add up (a category = its e-services, …); disclosure control needs them. */
  links: ReportLink[];
  totals: ReportTotals;
};

export const UNCATEGORISED = 'uncategorised';

export function categoriesOf(catalogue: readonly Pick<EService, 'code' | 'category'>[]): Map<string, ServiceCategory> {
  return new Map(catalogue.map((s) => [s.code, s.category]));
}

/** The report of sessions already filtered to the period (deleted ones excluded): the device's path. */
export function aggregateSessions(sessions: readonly ReportableSession[], options: ReportOptions): Report {
  return buildReport(countSessions(sessions), options);
}

/** The report of grouped counts: the server's path (run the GROUP BY queries, then call this). */
export function buildReport(counts: ReportCounts, options: ReportOptions): Report {
  checkCounts(counts);
  const days = datesBetween(options.period);
  const outside = Object.keys(counts.byDay).find((day) => !days.includes(day) && (counts.byDay[day] ?? 0) > 0);
  if (outside !== undefined) {
    const { start, end } = options.period;
    throw new RangeError(`report_session_outside_period: ${outside} is not in ${start}..${end}`);
  }
  const codes = listed(options.serviceCodes, counts.byService);
  const categoryOf = (code: string): string => options.categoryOf.get(code) ?? UNCATEGORISED;
  const categories: string[] = [...SERVICE_CATEGORIES];
  if (codes.some((code) => categoryOf(code) === UNCATEGORISED)) categories.push(UNCATEGORISED);
  const codesOf = new Map(categories.map((c) => [c, codes.filter((code) => categoryOf(code) === c)]));
  const totals = totalsOf(counts);
  return {
    period: options.period,
    tables: reportTables(counts, { days, codes, codesOf, centres: listed(options.centreIds, counts.byCentre) }, totals),
    links: reportLinks(codesOf),
    totals,
  };
}

type Rows = { days: string[]; codes: string[]; codesOf: Map<string, string[]>; centres: string[] };

function reportTables(counts: ReportCounts, rows: Rows, totals: ReportTotals): ReportTable[] {
  const of = (record: Readonly<Partial<Record<string, number>>>) => (key: string) => record[key] ?? 0;
  const head = (id: string, universe: Universe) => ({
    id,
    titleKey: `reports.table.${id}`,
    universe,
    additive: true,
    sensitive: false,
  });
  const byCategory = (category: string) =>
    (rows.codesOf.get(category) ?? []).reduce((n, code) => n + (counts.byService[code] ?? 0), 0);
  const byGenderAge = (gender: string, age: string) =>
    (counts.byGenderAge as Record<string, Record<string, number> | undefined>)[gender]?.[age] ?? 0;
  const groups = {
    ...head('sessions_by_group', 'sessions'),
    // A session can be in several groups: rows do not add up, and the total is the number of sessions.
    additive: false,
    sensitive: GROUPS.some((group) => SENSITIVE_GROUPS.includes(group)),
    noteKey: 'reports.note.groups_not_additive',
  };
  return [
    oneWayTable({ ...head('sessions_by_day', 'sessions'), rowDim: 'day' }, rows.days, of(counts.byDay)),
    oneWayTable({ ...head('services_by_eservice', 'services'), rowDim: 'eService' }, rows.codes, of(counts.byService)),
    oneWayTable(
      { ...head('services_by_category', 'services'), rowDim: 'category' },
      [...rows.codesOf.keys()],
      byCategory,
    ),
    oneWayTable({ ...head('services_by_outcome', 'services'), rowDim: 'outcome' }, OUTCOMES, of(counts.byOutcome)),
    oneWayTable(
      { ...head('services_by_blocker', 'services_not_completed'), rowDim: 'blocker' },
      BLOCKERS,
      of(counts.byBlocker),
    ),
    oneWayTable({ ...head('sessions_by_channel', 'sessions'), rowDim: 'channel' }, CHANNELS, of(counts.byChannel)),
    twoWayTable(
      { ...head('sessions_by_gender_age', 'sessions'), rowDim: 'gender', colDim: 'ageBand' },
      GENDERS,
      AGE_BANDS,
      byGenderAge,
    ),
    oneWayTable({ ...groups, rowDim: 'group' }, GROUPS, of(counts.byGroup), totals.sessions),
    oneWayTable(
      { ...head('sessions_by_first_visit', 'sessions'), rowDim: 'firstVisit' },
      FIRST_VISIT,
      of(counts.byFirstVisit),
    ),
    oneWayTable({ ...head('sessions_by_centre', 'sessions'), rowDim: 'centre' }, rows.centres, of(counts.byCentre)),
  ];
}

/** Sums that cross tables: each category is its e-services; blocked services are the not-completed outcomes. */
function reportLinks(codesOf: Map<string, string[]>): ReportLink[] {
  const links: ReportLink[] = [...codesOf]
    .filter(([, codes]) => codes.length > 0)
    .map(([category, codes]) => ({
      total: quantityKey('services', [['category', category]]),
      parts: codes.map((code) => quantityKey('services', [['eService', code]])),
    }));
  const notCompleted = OUTCOMES.filter((outcome) => outcome !== 'completed');
  links.push({
    total: quantityKey('services_not_completed', []),
    parts: notCompleted.map((outcome) => quantityKey('services', [['outcome', outcome]])),
  });
  return links;
}

/** The listed keys first (in their order), then any other key that has a count, sorted. */
function listed(first: readonly string[] | undefined, record: Readonly<Record<string, number>>): string[] {
  const known = new Set(first ?? []);
  const extra = Object.keys(record).filter((key) => !known.has(key) && (record[key] ?? 0) > 0);
  return [...known, ...extra.sort()];
}
