import type { EService } from '../schemas/eService';
import type { LocalDateRange, Report, ReportTotals, TotalChange, TotalName } from './index';

/** The answers of /api/reports: the server builds them, the console's report screen reads them. */

/** A centre's week marked as reported. */
export type WeekLock = {
  centreId: string;
  week: string;
  lockedAt: string;
  /** A user id, or 'cli'. */
  lockedBy: string;
  /** Live sessions of the centre's week when it was locked. */
  sessionsAtLock: number;
};

/** A lock as a report shows it: how the week moved since it was reported. */
export type LockStatus = WeekLock & {
  sessionsNow: number;
  /** Sessions of the week created, edited or deleted after the lock (by the server's clock). */
  changedAfterLock: number;
};

export type ReportResponse = {
  period: LocalDateRange & { week: string | null };
  centres: { id: string; name: string; timeZone: string }[];
  /** Raw counts: for coordinators and admins of these centres only, never exported as they are. */
  report: Report;
  /** The catalogue names, in every language, of the e-services the report lists. */
  services: Pick<EService, 'code' | 'names'>[];
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
