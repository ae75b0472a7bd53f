import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { ReportCounts, ReportTotals } from '../../../shared/reports';
import type { DialectName } from '../../store/dialect';
import type { Database } from '../../store/schema';
import type { CrossCounts, IndicatorCounts, ReportScope } from '../types';
import { scopeFilter, serviceFieldIs, type ReportSql } from './reportSql';

type Db = Kysely<Database>;
type Pair = { k: string; n: number };
type Triple = { k: string; j: string; n: number };

/**
 * ReportCounts in SQL, every query with the same filter: one GROUP BY per session-level field (the
 * covering index answers them), one over the groups, and one over (field, value) of the service entries
 * that gives byService, byOutcome and byBlocker in a single pass over the JSON.
 */
export async function queryCounts(
  db: Db,
  q: ReportSql,
  dialect: DialectName,
  scope: ReportScope,
): Promise<ReportCounts> {
  const where = scopeFilter(scope);
  const one = async (key: RawBuilder<unknown>, from: RawBuilder<unknown> = sql`sessions s`) =>
    toRecord(
      (await sql<Pair>`select ${key} as k, count(*) as n from ${from} where ${where} group by 1`.execute(db)).rows,
    );
  const cross = async (
    row: RawBuilder<unknown>,
    col: RawBuilder<unknown>,
    from: RawBuilder<unknown>,
    extra: RawBuilder<unknown> = sql``,
  ) =>
    toCross(
      (
        await sql<Triple>`select ${row} as k, ${col} as j, count(*) as n from ${from} where ${where} ${extra} group by 1, 2`.execute(
          db,
        )
      ).rows,
    );
  const services = await cross(
    sql`f.key`,
    sql`f.value`,
    q.withServiceFields,
    sql`and ${serviceFieldIs(dialect, 'serviceCode', 'outcome', 'blocker')}`,
  );
  return {
    byDay: await one(sql`s.local_day`),
    byCentre: await one(sql`s.centre_id`),
    byChannel: await one(q.field('channel')),
    byGenderAge: await cross(q.field('gender'), q.field('ageBand'), sql`sessions s`),
    byGroup: await one(sql`g.value`, q.withGroups),
    byFirstVisit: await one(q.field('firstVisit')),
    byService: services.serviceCode ?? {},
    byOutcome: services.outcome ?? {},
    byBlocker: services.blocker ?? {},
  };
}

/** The headline totals only (the comparison period needs nothing else). */
export async function queryTotals(
  db: Db,
  q: ReportSql,
  dialect: DialectName,
  scope: ReportScope,
): Promise<ReportTotals> {
  const where = scopeFilter(scope);
  const sessions = await sql<{ sessions: number; first_visits: number }>`select count(*) as sessions,
    count(*) filter (where ${q.field('firstVisit')} = 'yes') as first_visits from sessions s where ${where}`.execute(
    db,
  );
  const services = await sql<{ services: number; completed: number }>`select count(*) as services,
    count(*) filter (where f.value = 'completed') as completed from ${q.withServiceFields} where ${where} and ${serviceFieldIs(dialect, 'outcome')}`.execute(
    db,
  );
  const s = sessions.rows[0];
  const e = services.rows[0];
  return {
    sessions: Number(s?.sessions ?? 0),
    firstVisits: Number(s?.first_visits ?? 0),
    services: Number(e?.services ?? 0),
    servicesCompleted: Number(e?.completed ?? 0),
  };
}

/** Sessions by (profile value, first visit) and service entries by (profile value, outcome). */
export async function queryIndicators(
  db: Db,
  q: ReportSql,
  dialect: DialectName,
  scope: ReportScope,
): Promise<IndicatorCounts> {
  const where = scopeFilter(scope);
  const rows = async <R>(query: RawBuilder<R>) => (await query.execute(db)).rows;
  const firstVisit = q.field('firstVisit');
  const outcome = serviceFieldIs(dialect, 'outcome');
  type Quad = { g: string; a: string; j: string; n: number };
  // Gender and age band come in one pass over the service entries; each table is one margin of it.
  const byProfile =
    await rows(sql<Quad>`select ${q.field('gender')} as g, ${q.field('ageBand')} as a, f.value as j, count(*) as n
    from ${q.withServiceFields} where ${where} and ${outcome} group by 1, 2, 3`);
  const byFirstVisit =
    await rows(sql<Quad>`select ${q.field('gender')} as g, ${q.field('ageBand')} as a, ${firstVisit} as j, count(*) as n
    from sessions s where ${where} group by 1, 2, 3`);
  const groupFirstVisit = await rows(
    sql<Triple>`select g.value as k, ${firstVisit} as j, count(*) as n from ${q.withGroups} where ${where} group by 1, 2`,
  );
  const groupOutcome = await rows(
    sql<Triple>`select g.value as k, f.value as j, count(*) as n from ${q.withGroupsAndServiceFields} where ${where} and ${outcome} group by 1, 2`,
  );
  const margin = (quads: readonly Quad[], by: 'g' | 'a') => toCross(quads.map((r) => ({ k: r[by], j: r.j, n: r.n })));
  return {
    firstVisitBy: {
      gender: margin(byFirstVisit, 'g'),
      ageBand: margin(byFirstVisit, 'a'),
      group: toCross(groupFirstVisit),
    },
    outcomeBy: { gender: margin(byProfile, 'g'), ageBand: margin(byProfile, 'a'), group: toCross(groupOutcome) },
  };
}

function toRecord(rows: readonly Pair[]): Record<string, number> {
  return Object.fromEntries(rows.map((r) => [String(r.k), Number(r.n)]));
}

/** Rows (k, j, n) → { k: { j: n } }; repeated (k, j) pairs add up (a margin of a finer GROUP BY). */
function toCross(rows: readonly Triple[]): CrossCounts {
  const out: Record<string, Record<string, number>> = {};
  for (const r of rows) {
    const row = (out[String(r.k)] ??= {});
    row[String(r.j)] = (row[String(r.j)] ?? 0) + Number(r.n);
  }
  return out;
}
