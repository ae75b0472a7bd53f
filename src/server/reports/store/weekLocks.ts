import { sql, type Kysely } from 'kysely';
import type { Database } from '../../store/schema';
import type { LockRequest, LockStatus, ReportScope, WeekLock } from '../types';

type Db = Kysely<Database>;
type LockRow = Database['week_locks'] & { sessions_now: number; changed: number };

/**
 * Locks of the scope's centres on weeks overlapping its range, with how each week moved since: its live
 * sessions now, and how many sessions of it were created, edited or deleted after the lock. A session
 * edited out of the week shows as the difference between the counts then and now.
 */
export async function queryLocks(db: Db, scope: ReportScope): Promise<LockStatus[]> {
  const ids = sql.join(scope.centreIds.map((id) => sql`${id}`));
  const ofWeek = sql`s.centre_id = l.centre_id and s.local_day between l.week_start and l.week_end`;
  const { rows } = await sql<LockRow>`select l.*,
      (select count(*) from sessions s where ${ofWeek} and s.deleted_at is null) as sessions_now,
      (select count(*) from sessions s where ${ofWeek} and s.deleted_at is null and s.updated_at > l.locked_at)
        + (select count(*) from sessions s where ${ofWeek} and s.deleted_at is not null and s.updated_at > l.locked_at) as changed
    from week_locks l
    where l.centre_id in (${ids}) and l.week_start <= ${scope.range.end} and l.week_end >= ${scope.range.start}
    order by l.iso_week, l.centre_id`.execute(db);
  return rows.map((r) => ({
    ...lockFromRow(r),
    sessionsNow: Number(r.sessions_now),
    changedAfterLock: Number(r.changed),
  }));
}

/** Inside the caller's transaction: counts the week's live sessions and records (or renews) the lock. */
export async function upsertLock(trx: Db, request: LockRequest): Promise<{ lock: WeekLock; isRelock: boolean }> {
  const { centreId, week, range, lockedBy, at } = request;
  const existing = await trx
    .selectFrom('week_locks')
    .select('iso_week')
    .where('centre_id', '=', centreId)
    .where('iso_week', '=', week)
    .executeTakeFirst();
  const count = await sql<{ n: number }>`select count(*) as n from sessions s
    where s.centre_id = ${centreId} and s.local_day between ${range.start} and ${range.end} and s.deleted_at is null`.execute(
    trx,
  );
  const row: Database['week_locks'] = {
    centre_id: centreId,
    iso_week: week,
    week_start: range.start,
    week_end: range.end,
    locked_at: at,
    locked_by: lockedBy,
    sessions_at_lock: Number(count.rows[0]?.n ?? 0),
  };
  await trx
    .insertInto('week_locks')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['centre_id', 'iso_week'])
        .doUpdateSet({ locked_at: at, locked_by: lockedBy, sessions_at_lock: row.sessions_at_lock }),
    )
    .execute();
  return { lock: lockFromRow(row), isRelock: existing !== undefined };
}

function lockFromRow(r: Database['week_locks']): WeekLock {
  return {
    centreId: r.centre_id,
    week: r.iso_week,
    lockedAt: r.locked_at,
    lockedBy: r.locked_by,
    sessionsAtLock: Number(r.sessions_at_lock),
  };
}
