import { useLiveQuery } from 'dexie-react-hooks';
import { localDayOf, toLocalIsoWithOffset } from '../../../shared/localDateTime';
import { catalogueFor } from '../../db/catalogue';
import { listSessionsOfDay } from '../../db/sessionReads';
import { pendingRecordIds } from '../../db/outbox';
import type { Country } from '../../../shared/schemas/vocabulary';

export function todayLocal(now: Date = new Date()): string {
  return localDayOf(toLocalIsoWithOffset(now));
}

export function useTodaySessions(centreId: string, day: string) {
  return useLiveQuery(() => listSessionsOfDay(centreId, day), [centreId, day]);
}

export function usePendingIds() {
  return useLiveQuery(() => pendingRecordIds(), [], new Set<string>());
}

export function useServiceNames(country: Country) {
  return useLiveQuery(async () => new Map((await catalogueFor(country)).map((s) => [s.code, s.names])), [country]);
}
