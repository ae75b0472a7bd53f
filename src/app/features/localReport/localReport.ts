// The device's own report (DESIGN.md §7): the centre's sessions this tablet holds, counted per day on the
// device (db/dayCounts.ts) and built by the same pure code as the server's report, so the tables match the
// console's for the same sessions.
import {
  buildReport,
  categoriesOf,
  suppressReport,
  weekRange,
  type Report,
  type ReportCounts,
  type SuppressedReport,
} from '../../../shared/reports';
import type { EService } from '../../../shared/schemas/eService';

type Sources = {
  /** The counts of the centre's live sessions in the week (toReportCounts of its day rows). */
  counts: ReportCounts;
  /** The centre's country's catalogue, as the tablet holds it. */
  catalogue: readonly Pick<EService, 'code' | 'category' | 'active'>[];
};

/** The week's tables for one centre; like the server's, every active e-service is listed, zeros included. */
export function buildLocalReport(week: string, centreId: string, { counts, catalogue }: Sources): Report {
  return buildReport(counts, {
    period: weekRange(week),
    categoryOf: categoriesOf(catalogue),
    serviceCodes: catalogue.filter((s) => s.active).map((s) => s.code),
    centreIds: [centreId],
  });
}

/** The same report as a donor file would show it: counts 1..k−1 and what reveals them hidden. */
export function asExported(report: Report, k: number): SuppressedReport {
  return suppressReport(report, { k });
}
