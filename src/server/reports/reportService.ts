import {
  buildReport,
  categoriesOf,
  compareToPrevious,
  isoWeekOfDate,
  weeksBetween,
  type LocalDateRange,
  type Report,
  type ReportCounts,
  type ReportTotals,
  type TotalChange,
  type TotalName,
} from '../../shared/reports';
import type { Centre } from '../../shared/schemas/centre';
import type { EService } from '../../shared/schemas/eService';
import type { Store } from '../store/types';
import { previousPeriod, type ReportPeriod } from './period';
import type { IndicatorCounts, LockStatus } from './types';

/** One report of a scope and period, raw: for the coordinator's screen, and the input of every export. */
export type CentreReport = {
  period: ReportPeriod;
  centres: Centre[];
  counts: ReportCounts;
  report: Report;
  previous: { period: LocalDateRange; totals: ReportTotals } | null;
  comparison: Record<TotalName, TotalChange> | null;
  locks: LockStatus[];
  /** The catalogue names of the e-services the report lists, for the screen (exports name them themselves). */
  services: Pick<EService, 'code' | 'names'>[];
  /** Every week the period touches is locked for every centre. */
  isLocked: boolean;
  indicators?: IndicatorCounts;
};

export async function centreReport(
  store: Store,
  centres: Centre[],
  period: ReportPeriod,
  options: { indicators?: boolean } = {},
): Promise<CentreReport> {
  const centreIds = centres.map((c) => c.id);
  const previousRange = previousPeriod(period);
  const snapshot = await store.reports.snapshot(
    { centreIds, range: period.range },
    { ...(previousRange ? { previous: previousRange } : {}), indicators: options.indicators ?? false },
  );
  const catalogue = await store.admin.listCatalogue();
  const countries = new Set(centres.map((c) => c.country));
  const report = buildReport(snapshot.counts, {
    period: period.range,
    categoryOf: categoriesOf(catalogue),
    // The scope's e-services are listed even when nobody was helped with them: a zero is news too.
    serviceCodes: catalogue.filter((s) => s.active && countries.has(s.country)).map((s) => s.code),
    centreIds,
  });
  const previous =
    previousRange && snapshot.previousTotals ? { period: previousRange, totals: snapshot.previousTotals } : null;
  const weeks = weeksBetween(isoWeekOfDate(period.range.start), isoWeekOfDate(period.range.end));
  const locked = new Set(snapshot.locks.map((l) => `${l.centreId} ${l.week}`));
  return {
    period,
    centres,
    counts: snapshot.counts,
    report,
    previous,
    comparison: previous ? compareToPrevious(report, previous) : null,
    locks: snapshot.locks,
    services: serviceNamesOf(report, catalogue),
    isLocked: centres.length > 0 && centres.every((c) => weeks.every((w) => locked.has(`${c.id} ${w}`))),
    ...(snapshot.indicators ? { indicators: snapshot.indicators } : {}),
  };
}

function serviceNamesOf(report: Report, catalogue: readonly EService[]): Pick<EService, 'code' | 'names'>[] {
  const listed = new Set(report.tables.find((t) => t.rowDim === 'eService')?.rows);
  return catalogue.filter((s) => listed.has(s.code)).map((s) => ({ code: s.code, names: s.names }));
}

/** Locks whose week moved after it was reported: sessions changed, or a different count now. */
export function changedAfterLock(locks: readonly LockStatus[]): LockStatus[] {
  return locks.filter((l) => l.changedAfterLock > 0 || l.sessionsNow !== l.sessionsAtLock);
}
