import { useLiveQuery } from 'dexie-react-hooks';
import { compareToPrevious, isoWeekOfDate, previousWeek, weekRange, type Report, type TotalChange, type TotalName } from '../../../shared/reports';
import type { EService } from '../../../shared/schemas/eService';
import type { Country } from '../../../shared/schemas/vocabulary';
import { catalogueFor } from '../../db/catalogue';
import { getCentre } from '../../db/device';
import { listSessionsBetween } from '../../db/reportSessions';
import { buildLocalReport, localTotals } from './localReport';

export type LocalReportData = { report: Report; centreName: string | undefined; serviceNames: Map<string, EService['names']> };

/** Reads the centre's sessions of the week from this device and builds the report (the benchmark times this). */
export async function loadLocalReport(centreId: string, country: Country, week: string): Promise<LocalReportData> {
  const { start, end } = weekRange(week);
  const [sessions, catalogue, centre] = await Promise.all([listSessionsBetween(centreId, start, end), catalogueFor(country), getCentre(centreId)]);
  const report = buildLocalReport(week, centreId, { sessions, catalogue });
  return { report, centreName: centre?.name, serviceNames: new Map(catalogue.map((s) => [s.code, s.names])) };
}

/** The change of the headline numbers from the week before, from the sessions this device holds of it. */
export async function loadComparison(centreId: string, report: Report): Promise<Record<TotalName, TotalChange>> {
  const { start, end } = weekRange(previousWeek(isoWeekOfDate(report.period.start)));
  return compareToPrevious(report, { totals: localTotals(await listSessionsBetween(centreId, start, end)) });
}

/** The local report, kept live: a session saved on this tablet shows at once. */
export function useLocalReport(centreId: string, country: Country, week: string): LocalReportData | undefined {
  return useLiveQuery(() => loadLocalReport(centreId, country, week), [centreId, country, week]);
}

/** The comparison comes second, so the week's own tables are not held up by reading the week before. */
export function useLocalComparison(centreId: string, report: Report | undefined): Record<TotalName, TotalChange> | null {
  return useLiveQuery(async () => (report ? loadComparison(centreId, report) : null), [centreId, report], null);
}
