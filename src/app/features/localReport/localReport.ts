// The device's own report (DESIGN.md §7): the centre's sessions this tablet holds, through the same pure
// aggregation as the server's report, so the tables match the console's for the same sessions.
import {
  aggregateSessions,
  categoriesOf,
  countSessions,
  suppressReport,
  totalsOf,
  weekRange,
  type Report,
  type ReportableSession,
  type ReportTotals,
  type SuppressedReport,
} from '../../../shared/reports';
import type { EService } from '../../../shared/schemas/eService';

type Sources = {
  /** Sessions of the centre in the week, deleted ones already left out. */
  sessions: readonly ReportableSession[];
  /** The centre's country's catalogue, as the tablet holds it. */
  catalogue: readonly Pick<EService, 'code' | 'category' | 'active'>[];
};

/** The week's tables for one centre; like the server's, every active e-service is listed, zeros included. */
export function buildLocalReport(week: string, centreId: string, { sessions, catalogue }: Sources): Report {
  return aggregateSessions(sessions, {
    period: weekRange(week),
    categoryOf: categoriesOf(catalogue),
    serviceCodes: catalogue.filter((s) => s.active).map((s) => s.code),
    centreIds: [centreId],
  });
}

/** The headline numbers of other sessions (the week before), for the change column. */
export function localTotals(sessions: readonly ReportableSession[]): ReportTotals {
  return totalsOf(countSessions(sessions));
}

/** The same report as a donor file would show it: counts 1..k−1 and what reveals them hidden. */
export function asExported(report: Report, k: number): SuppressedReport {
  return suppressReport(report, { k });
}
