import type { Kysely } from 'kysely';
import type { DialectName } from '../../store/dialect';
import type { Database } from '../../store/schema';
import type { ReportStore } from '../types';
import { emptyReportCounts } from '../../../shared/reports';
import { queryCounts, queryIndicators, queryTotals } from './countQueries';
import { reportSql } from './reportSql';
import { queryLocks, upsertLock } from './weekLocks';

/** The report queries of store/ (created by kyselyStore.ts); SQL in this folder, rules in src/shared/reports. */
export function createReportStore(db: Kysely<Database>, dialect: DialectName): ReportStore {
  const q = reportSql(dialect);
  return {
    snapshot(scope, options = {}) {
      if (scope.centreIds.length === 0) {
        const zero = { sessions: 0, services: 0, servicesCompleted: 0, firstVisits: 0 };
        const none = { gender: {}, ageBand: {}, group: {} };
        return Promise.resolve({
          counts: emptyReportCounts(),
          ...(options.previous ? { previousTotals: zero } : {}),
          ...(options.indicators ? { indicators: { firstVisitBy: none, outcomeBy: none } } : {}),
          locks: [],
        });
      }
      // One snapshot: a push committing between two GROUP BYs would make the tables contradict each other.
      return db
        .transaction()
        .setIsolationLevel('repeatable read')
        .execute(async (trx) => {
          const counts = await queryCounts(trx, q, dialect, scope);
          const previous = options.previous;
          const previousTotals = previous
            ? await queryTotals(trx, q, dialect, { ...scope, range: previous })
            : undefined;
          const indicators = options.indicators ? await queryIndicators(trx, q, dialect, scope) : undefined;
          const locks = await queryLocks(trx, scope);
          return {
            counts,
            ...(previousTotals ? { previousTotals } : {}),
            ...(indicators ? { indicators } : {}),
            locks,
          };
        });
    },
    lockWeek(request) {
      return db.transaction().execute((trx) => upsertLock(trx, request));
    },
  };
}
