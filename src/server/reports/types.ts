import type { LocalDateRange, ReportCounts, ReportTotals } from '../../shared/reports';
import type { LockStatus, WeekLock } from '../../shared/reports/api';

export type { LockStatus, WeekLock };

/** Which sessions a report counts: live sessions of these centres whose local day is in the range. */
export type ReportScope = { centreIds: readonly string[]; range: LocalDateRange };

/** The profile dimensions the donor indicators are broken down by. */
export const PROFILE_DIMS = ['gender', 'ageBand', 'group'] as const;
export type ProfileDim = (typeof PROFILE_DIMS)[number];

/** row code → column code → count; missing keys are zero. */
export type CrossCounts = Readonly<Record<string, Readonly<Record<string, number>>>>;

/**
 * The cross-tabulations behind the donor indicators: sessions by first visit and service entries by
 * outcome, per gender, age band and group (a session with two groups counts in both rows).
 */
export type IndicatorCounts = {
  firstVisitBy: Record<ProfileDim, CrossCounts>;
  outcomeBy: Record<ProfileDim, CrossCounts>;
};


export type ReportSnapshot = {
  counts: ReportCounts;
  /** Headline totals of the comparison period, when asked for. */
  previousTotals?: ReportTotals;
  indicators?: IndicatorCounts;
  /** Locks of the scope's centres on weeks that overlap the range. */
  locks: LockStatus[];
};

export type SnapshotOptions = { previous?: LocalDateRange; indicators?: boolean };

export type LockRequest = { centreId: string; week: string; range: LocalDateRange; lockedBy: string; at: string };

/** Report queries over the server's database (store/, SQLite and PostgreSQL alike). */
export type ReportStore = {
  /** Everything one report needs, read in one transaction (PostgreSQL: repeatable read) so the counts agree. */
  snapshot(scope: ReportScope, options?: SnapshotOptions): Promise<ReportSnapshot>;
  /** Marks a centre's week reported, or reported again (the lock time and count move on). */
  lockWeek(request: LockRequest): Promise<{ lock: WeekLock; isRelock: boolean }>;
};
