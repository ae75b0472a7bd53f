import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  compareToPrevious,
  datesBetween,
  isoWeekOfDate,
  previousWeek,
  totalsOf,
  weekRange,
  type Report,
  type TotalChange,
  type TotalName,
} from '../../../shared/reports';
import type { EService } from '../../../shared/schemas/eService';
import type { Country } from '../../../shared/schemas/vocabulary';
import { catalogueFor } from '../../db/catalogue';
import { toReportCounts } from '../../db/dayCounts';
import { ensureDayCounts, readDayCounts, type CountedDays } from '../../db/dayCountsStore';
import { getCentre } from '../../db/device';
import { buildLocalReport } from './localReport';

export type LocalReportData = {
  report: Report;
  centreName: string | undefined;
  serviceNames: Map<string, EService['names']>;
};
type Comparison = Record<TotalName, TotalChange>;

/** How a read gets the days' rows; a read whose rows are null waits for the missing ones to be rebuilt. */
type CountDays = (centreId: string, days: readonly string[]) => Promise<CountedDays>;

/** Stored rows, the missing ones rebuilt and stored first: seven rows for a week (the benchmark times this). */
const rebuildingMissing: CountDays = async (centreId, days) => ({
  rows: await ensureDayCounts(centreId, days),
  uncounted: [],
});
/** Read-only, for a live query (it may not write): stored rows only. */
const storedOnly: CountDays = (centreId, days) => readDayCounts(centreId, days, { recount: false });
/** Read-only, when a rebuild failed: missing rows counted from the sessions every time. */
const recountingMissing: CountDays = (centreId, days) => readDayCounts(centreId, days, { recount: true });

type Read<T> = { value: T | undefined; uncounted: string[] };

async function reportOf(
  centreId: string,
  country: Country,
  week: string,
  count: CountDays,
): Promise<Read<LocalReportData>> {
  const days = datesBetween(weekRange(week)); // a week that is no ISO week throws here, before any read
  const [{ rows, uncounted }, catalogue, centre] = await Promise.all([
    count(centreId, days),
    catalogueFor(country),
    getCentre(centreId),
  ]);
  if (!rows) return { value: undefined, uncounted };
  const report = buildLocalReport(week, centreId, { counts: toReportCounts(rows), catalogue });
  return {
    value: { report, centreName: centre?.name, serviceNames: new Map(catalogue.map((s) => [s.code, s.names])) },
    uncounted,
  };
}

async function comparisonOf(centreId: string, report: Report, count: CountDays): Promise<Read<Comparison>> {
  const days = datesBetween(weekRange(previousWeek(isoWeekOfDate(report.period.start))));
  const { rows, uncounted } = await count(centreId, days);
  return { value: rows ? compareToPrevious(report, { totals: totalsOf(toReportCounts(rows)) }) : undefined, uncounted };
}

/** The centre's week from this device's day rows (rebuilding any that are missing), and its report. */
export async function loadLocalReport(centreId: string, country: Country, week: string): Promise<LocalReportData> {
  const { value } = await reportOf(centreId, country, week, rebuildingMissing);
  if (!value) throw new Error('day counts were not rebuilt'); // cannot happen: rebuildingMissing returns every row
  return value;
}

/** The change of the headline numbers from the week before, from the day rows this device holds of it. */
export async function loadComparison(centreId: string, report: Report): Promise<Comparison> {
  const { value } = await comparisonOf(centreId, report, rebuildingMissing);
  if (!value) throw new Error('day counts were not rebuilt');
  return value;
}

/** The local report, kept live: a session saved on this tablet shows at once. */
export function useLocalReport(centreId: string, country: Country, week: string): LocalReportData | undefined {
  const [isRecounting, setRecounting] = useState(false);
  const read = useLiveQuery(
    () => reportOf(centreId, country, week, isRecounting ? recountingMissing : storedOnly),
    [centreId, country, week, isRecounting],
  );
  useRebuiltDays(centreId, read?.uncounted, setRecounting);
  return read?.value;
}

/** The comparison comes second, so the week's own tables are not held up by reading the week before. */
export function useLocalComparison(centreId: string, report: Report | undefined): Comparison | null {
  const [isRecounting, setRecounting] = useState(false);
  const read = useLiveQuery(
    async () => (report ? comparisonOf(centreId, report, isRecounting ? recountingMissing : storedOnly) : null),
    [centreId, report, isRecounting],
    null,
  );
  useRebuiltDays(centreId, read?.uncounted, setRecounting);
  return read?.value ?? null;
}

/**
 * Rebuilds the rows a live read found missing (after the upgrade, or the first report of a week), outside
 * the live query; the query then runs again and reads seven rows. Should the rebuild fail, the read counts
 * the sessions itself from then on.
 */
function useRebuiltDays(
  centreId: string,
  uncounted: readonly string[] | undefined,
  onFailed: (isFailed: boolean) => void,
): void {
  const days = uncounted?.join(' ') ?? '';
  useEffect(() => {
    if (days === '') return;
    ensureDayCounts(centreId, days.split(' ')).catch((error: unknown) => {
      console.warn('day counts rebuild failed', error);
      onFailed(true);
    });
  }, [centreId, days, onFailed]);
}
