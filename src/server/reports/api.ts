import type { LocalDateRange, Report, ReportTotals, TotalChange, TotalName } from '../../shared/reports';
import type { LockStatus, WeekLock } from './types';

/*
 * The answers of /api/reports (for the console's report screen). They belong in src/shared once the
 * console uses them; kept here meanwhile so the server owns its contract.
 */
export type ReportResponse = {
  period: LocalDateRange & { week: string | null };
  centres: { id: string; name: string; timeZone: string }[];
  /** Raw counts: for coordinators and admins of these centres only, never exported as they are. */
  report: Report;
  previous: { period: LocalDateRange; totals: ReportTotals } | null;
  comparison: Record<TotalName, TotalChange> | null;
  defaultK: number;
  /** The k to propose for an export (10 when a special-category group is a dimension). */
  recommendedK: number;
  isLocked: boolean;
  locks: LockStatus[];
  /** Locked weeks of the period that changed after they were reported. */
  changedAfterLock: LockStatus[];
  serverTime: string;
  serverEpoch: string;
};

export type LockResponse = { lock: WeekLock; isRelock: boolean; serverTime: string; serverEpoch: string };
