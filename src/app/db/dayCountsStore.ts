import { getDb, type AppDb } from './AppDb';
import { countDays, hasOpenGroups, type DayCounts, type DayKey } from './dayCounts';
import type { LocalSession } from './tables';

// Reading the day rows for a report. A row that is missing (never counted, dropped after an upgrade, or
// dropped while the tablet was locked) is counted from the sessions the device holds: rows always equal
// what counting the sessions gives.
// Sessions that leave the device (the local window, the quota rescue) leave the counts in the same
// transaction: the tablet's report of an old week shows what this tablet still holds (say, its unsynced
// sessions), as its "local only" banner says; the full numbers are the server's report.

export type CountedDays = {
  /** One row per asked day, in the asked order; null when some were not stored and `recount` was off. */
  rows: DayCounts[] | null;
  /** Days whose rows were not stored (rebuild them with ensureDayCounts). */
  uncounted: string[];
};

/**
 * The days' stored rows, read-only, so it can run in a live query (useLiveQuery refuses read-write
 * transactions). Missing rows are counted from the sessions when `recount` is on (not stored: slow, but
 * never wrong); otherwise the answer has no rows and says which days to rebuild.
 */
export async function readDayCounts(
  centreId: string,
  days: readonly string[],
  { recount }: { recount: boolean },
  db: AppDb = getDb(),
): Promise<CountedDays> {
  return db.transaction('r', [db.dayCounts, db.sessions], () => countedDays(db, centreId, days, recount));
}

/**
 * The days' rows, rebuilding the missing ones from the sessions and storing them, in one read-write
 * transaction (so no write can slip between the count and the row). Not from inside a live query.
 */
export async function ensureDayCounts(
  centreId: string,
  days: readonly string[],
  db: AppDb = getDb(),
): Promise<DayCounts[]> {
  return db.transaction('rw', [db.dayCounts, db.sessions], async () => {
    const { rows, uncounted } = await countedDays(db, centreId, days, true);
    if (!rows) throw new Error('day counts were not recounted'); // cannot happen with recount on
    if (uncounted.length > 0) {
      const missing = new Set(uncounted);
      await db.dayCounts.bulkPut(rows.filter((row) => missing.has(row.day)));
    }
    return rows;
  });
}

async function countedDays(
  db: AppDb,
  centreId: string,
  days: readonly string[],
  recount: boolean,
): Promise<CountedDays> {
  const stored = await db.dayCounts.bulkGet(days.map((day): DayKey => [centreId, day]));
  // A row read while the tablet is locked has sealed groups: as good as missing (and counting will say why).
  const uncounted = days.filter((_, i) => !hasOpenGroups(stored[i]));
  if (uncounted.length > 0 && !recount) return { rows: null, uncounted };
  const recounted =
    uncounted.length > 0 ? countDays(centreId, uncounted, await sessionsOfDays(db, centreId, uncounted)) : [];
  const byDay = new Map(recounted.map((row) => [row.day, row]));
  const rows = days.map((day, i) => byDay.get(day) ?? (stored[i] as DayCounts));
  return { rows, uncounted };
}

async function sessionsOfDays(db: AppDb, centreId: string, days: readonly string[]): Promise<LocalSession[]> {
  const sessions = await db.sessions
    .where('[centreId+day]')
    .anyOf(days.map((day) => [centreId, day]))
    .toArray();
  const live = sessions.filter((s) => !s.deletedAt);
  if (live.some((s) => !hasOpenGroups(s))) throw new SealedSessionsError();
  return live;
}

/** The sessions' groups are sealed (no data key: the tablet is locked), so they cannot be counted now. */
export class SealedSessionsError extends Error {
  constructor() {
    super('day_counts_sealed: sessions cannot be counted while the tablet is locked');
    this.name = 'SealedSessionsError';
  }
}
