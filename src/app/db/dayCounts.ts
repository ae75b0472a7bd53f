// A centre's report counts for one local day (DESIGN.md §7): the tablet's report reads seven of these rows for
// a week instead of every session. Pure arithmetic here; dayCountsMiddleware keeps the rows, dayCountsStore reads them.
import type { ReportCounts } from '../../shared/reports';
import { emptyReportCounts } from '../../shared/reports/emptyReportCounts';
import type { AgeBand, Blocker, Channel, FirstVisit, Gender, Group, Outcome } from '../../shared/schemas/vocabulary';
import type { LocalSession } from './tables';

type Counts<K extends string> = Partial<Record<K, number>>;

/** One (centre, day): live sessions only; a key with no count is absent, never 0. */
export type DayCounts = {
  centreId: string;
  /** The session's `day` (its local date), as indexed in [centreId+day]. */
  day: string;
  sessions: number;
  byChannel: Counts<Channel>;
  byGenderAge: Partial<Record<Gender, Counts<AgeBand>>>;
  /**
   * Sessions per group. Every per-group count lives under this one property, named `groups` like the
   * session's own field, so the at-rest sealing of `groups` covers it; no other property names a group.
   */
  groups: Counts<Group>;
  byFirstVisit: Counts<FirstVisit>;
  /** Service entries (not sessions) per e-service code, per outcome, per blocker. */
  byService: Counts<string>;
  byOutcome: Counts<Outcome>;
  byBlocker: Counts<Blocker>;
};

/** What a day's counts are made of; anything else in a session (notes, duration, version…) never changes them. */
export type CountedSession = Pick<
  LocalSession,
  'centreId' | 'day' | 'deletedAt' | 'channel' | 'gender' | 'ageBand' | 'groups' | 'firstVisit' | 'services'
>;
export const COUNTED_FIELDS: ReadonlySet<string> = new Set<keyof CountedSession>([
  'centreId',
  'day',
  'deletedAt',
  'channel',
  'gender',
  'ageBand',
  'groups',
  'firstVisit',
  'services',
]);

export type DayKey = [centreId: string, day: string];

export function dayKeyOf(row: Pick<DayCounts, 'centreId' | 'day'>): DayKey {
  return [row.centreId, row.day];
}

export function emptyDayCounts(centreId: string, day: string): DayCounts {
  return {
    centreId,
    day,
    sessions: 0,
    byChannel: {},
    byGenderAge: {},
    groups: {},
    byFirstVisit: {},
    byService: {},
    byOutcome: {},
    byBlocker: {},
  };
}

/** Adds (sign 1) or takes away (sign −1) one live session, in place. Counts that reach 0 are removed. */
export function tally(row: DayCounts, s: CountedSession, sign: 1 | -1): void {
  row.sessions += sign;
  bump(row.byChannel, s.channel, sign);
  bump((row.byGenderAge[s.gender] ??= {}), s.ageBand, sign);
  if (Object.keys(row.byGenderAge[s.gender] ?? {}).length === 0) delete row.byGenderAge[s.gender];
  for (const group of s.groups) bump(row.groups, group, sign);
  bump(row.byFirstVisit, s.firstVisit, sign);
  for (const service of s.services) {
    bump(row.byService, service.serviceCode, sign);
    bump(row.byOutcome, service.outcome, sign);
    if (service.blocker) bump(row.byBlocker, service.blocker, sign);
  }
}

function bump<K extends string>(into: Counts<K>, key: K, sign: 1 | -1): void {
  const next = (into[key] ?? 0) + sign;
  if (next === 0) delete into[key];
  else into[key] = next;
}

/** The rows of `days` for one centre, counted from its sessions (deleted ones and other days ignored); empty days give zero rows. */
export function countDays(centreId: string, days: readonly string[], sessions: readonly CountedSession[]): DayCounts[] {
  const rows = new Map(days.map((day) => [day, emptyDayCounts(centreId, day)]));
  for (const s of sessions) {
    const row = rows.get(s.day);
    if (row && s.centreId === centreId && !s.deletedAt) tally(row, s, 1);
  }
  return [...rows.values()];
}

/** A deep copy to change (rows are small plain objects). */
export function copyDayCounts(row: DayCounts): DayCounts {
  return structuredClone(row);
}

/** The days' rows summed into the shape the shared report is built from (buildReport). */
export function toReportCounts(rows: readonly DayCounts[]): ReportCounts {
  const out = emptyReportCounts();
  for (const row of rows) {
    if (row.sessions === 0) continue;
    add(out.byDay, { [row.day]: row.sessions });
    add(out.byCentre, { [row.centreId]: row.sessions });
    add(out.byChannel, row.byChannel);
    for (const [gender, byAge] of Object.entries(row.byGenderAge))
      add(((out.byGenderAge as Record<string, Counts<string>>)[gender] ??= {}), byAge);
    add(out.byGroup, row.groups);
    add(out.byFirstVisit, row.byFirstVisit);
    add(out.byService, row.byService);
    add(out.byOutcome, row.byOutcome);
    add(out.byBlocker, row.byBlocker);
  }
  return out;
}

function add(into: Counts<string>, from: Counts<string>): void {
  for (const [key, n] of Object.entries(from)) if (n) into[key] = (into[key] ?? 0) + n;
}

/** True when a stored row or session can be counted: its groups are plain data, not sealed bytes (a locked tablet). */
export function hasOpenGroups(value: { groups?: unknown } | undefined): boolean {
  const groups = value?.groups;
  return Array.isArray(groups) || (typeof groups === 'object' && groups !== null && !ArrayBuffer.isView(groups));
}
