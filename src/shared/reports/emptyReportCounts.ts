import type { ReportCounts } from './reportCounts';

// Its own file, with nothing else: the tablet's day counts import it on the first route (app/db/dayCounts.ts)
// without pulling the report builders along.
/** Counts of nothing (every table empty): the start of a count or a sum. */
export function emptyReportCounts(): ReportCounts {
  return {
    byDay: {},
    byCentre: {},
    byChannel: {},
    byGenderAge: {},
    byGroup: {},
    byFirstVisit: {},
    byService: {},
    byOutcome: {},
    byBlocker: {},
  };
}
