import { getReport, type ReportAnswer, type ReportQuery } from '../../../api/reports';
import { useApiQuery, type ApiQuery } from '../useApiQuery';

/** The raw report of a week for the chosen centres (no centre: all of the person's). */
export function useReport(query: ReportQuery): ApiQuery<ReportAnswer> {
  return useApiQuery(`report:${JSON.stringify(query)}`, () => getReport(query));
}
