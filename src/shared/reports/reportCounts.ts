// Grouped counts: the one input the report tables are built from. The device counts its own sessions here
// (countSessions); the server gets the same shape from a handful of GROUP BY queries over a million sessions,
// so both feed the same tables and the same disclosure control.
import type { Session } from '../schemas/session';
import {
  AGE_BANDS,
  BLOCKERS,
  CHANNELS,
  FIRST_VISIT,
  GENDERS,
  GROUPS,
  OUTCOMES,
  type AgeBand,
  type Blocker,
  type Channel,
  type FirstVisit,
  type Gender,
  type Group,
  type Outcome,
} from '../schemas/vocabulary';
import { localDayOf } from '../localDateTime';
import { emptyReportCounts } from './emptyReportCounts';
import { sum } from './reportTable';

type Counts<K extends string> = Partial<Record<K, number>>;

/** Everything the tables need. Session counts unless said otherwise; missing keys are zero. */
export type ReportCounts = {
  /** By local day written in occurredAt: substr(occurred_at, 1, 10). */
  byDay: Readonly<Record<string, number>>;
  byCentre: Readonly<Record<string, number>>;
  byChannel: Counts<Channel>;
  /** gender → age band → sessions (GROUP BY gender, age_band). */
  byGenderAge: Partial<Record<Gender, Counts<AgeBand>>>;
  /** Sessions with that group; a session with two groups counts in both. */
  byGroup: Counts<Group>;
  byFirstVisit: Counts<FirstVisit>;
  /** Service entries (not sessions) per e-service code. */
  byService: Readonly<Record<string, number>>;
  /** Service entries per outcome. */
  byOutcome: Counts<Outcome>;
  /** Service entries per blocker (only entries that were not completed have one). */
  byBlocker: Counts<Blocker>;
};

/** The fields a report reads; deleted sessions and sessions outside the period are the caller's to drop. */
export type ReportableSession = Pick<
  Session,
  'occurredAt' | 'centreId' | 'channel' | 'services' | 'gender' | 'ageBand' | 'groups' | 'firstVisit'
>;

export function countSessions(sessions: readonly ReportableSession[]): ReportCounts {
  const counts = emptyReportCounts();
  const add = <K extends string>(into: Partial<Record<K, number>>, key: K) => {
    into[key] = (into[key] ?? 0) + 1;
  };
  for (const s of sessions) {
    add(counts.byDay as Record<string, number>, localDayOf(s.occurredAt));
    add(counts.byCentre as Record<string, number>, s.centreId);
    add(counts.byChannel, s.channel);
    add((counts.byGenderAge[s.gender] ??= {}), s.ageBand);
    for (const group of s.groups) add(counts.byGroup, group);
    add(counts.byFirstVisit, s.firstVisit);
    for (const service of s.services) {
      add(counts.byService as Record<string, number>, service.serviceCode);
      add(counts.byOutcome, service.outcome);
      if (service.blocker) add(counts.byBlocker, service.blocker);
    }
  }
  return counts;
}

/**
 * Rejects counts that do not add up. The queries behind them run separately on the server, and a filter
 * forgotten in one (deleted sessions, another week) would make the tables contradict each other, which
 * breaks the disclosure arithmetic as surely as it misleads a donor.
 */
export function checkCounts(counts: ReportCounts): void {
  const closed = [
    ['byChannel', counts.byChannel, CHANNELS],
    ['byGroup', counts.byGroup, GROUPS],
    ['byFirstVisit', counts.byFirstVisit, FIRST_VISIT],
    ['byOutcome', counts.byOutcome, OUTCOMES],
    ['byBlocker', counts.byBlocker, BLOCKERS],
    ['byGenderAge', counts.byGenderAge, GENDERS],
    ...Object.entries(counts.byGenderAge).map(([g, byAge]) => [`byGenderAge.${g}`, byAge, AGE_BANDS] as const),
  ] as const;
  for (const [name, record, codes] of closed) {
    const unknown = Object.keys(record ?? {}).find((key) => !(codes as readonly string[]).includes(key));
    if (unknown !== undefined) fail(`${name} has the unknown code "${unknown}"`);
  }
  const flat = [
    counts.byDay,
    counts.byCentre,
    counts.byChannel,
    counts.byGroup,
    counts.byFirstVisit,
    counts.byService,
    counts.byOutcome,
    counts.byBlocker,
  ];
  for (const record of [...flat, ...Object.values(counts.byGenderAge)]) {
    for (const [key, n] of Object.entries(record ?? {})) {
      if (!Number.isSafeInteger(n) || n < 0) fail(`the count of "${key}" is not a non-negative integer`);
    }
  }
  const sessions = total(counts.byDay);
  const sessionsBy = { byCentre: counts.byCentre, byChannel: counts.byChannel, byFirstVisit: counts.byFirstVisit };
  for (const [name, record] of Object.entries(sessionsBy)) {
    if (total(record) !== sessions) fail(`${name} sums to ${total(record)}, byDay to ${sessions}`);
  }
  const genderAge = sum(Object.values(counts.byGenderAge).map(total));
  if (genderAge !== sessions) fail(`byGenderAge sums to ${genderAge}, byDay to ${sessions}`);
  const services = total(counts.byService);
  if (total(counts.byOutcome) !== services)
    fail(`byOutcome sums to ${total(counts.byOutcome)}, byService to ${services}`);
  if (services < sessions) fail(`fewer services (${services}) than sessions (${sessions}): every session has one`);
  const notCompleted = services - (counts.byOutcome.completed ?? 0);
  if (total(counts.byBlocker) !== notCompleted)
    fail(`byBlocker sums to ${total(counts.byBlocker)}, not-completed services to ${notCompleted}`);
  for (const [group, n] of Object.entries(counts.byGroup)) {
    if ((n ?? 0) > sessions) fail(`more sessions in group ${group} (${n}) than sessions (${sessions})`);
  }
}

function total(record: Readonly<Partial<Record<string, number>>> | undefined): number {
  return sum(Object.values(record ?? {}).map((n) => n ?? 0));
}

function fail(message: string): never {
  throw new Error(`report_counts_inconsistent: ${message}`);
}
