import { useLiveQuery } from 'dexie-react-hooks';
import type { Country } from '../../../shared/schemas/vocabulary';
import { catalogueFor } from '../../db/catalogue';
import { getSession, lastSessionBy, toSession } from '../../db/sessionReads';
import { serviceUsageScores } from '../../db/serviceUsage';

export function useCatalogue(country: Country) {
  return useLiveQuery(() => catalogueFor(country), [country]);
}

export function useServiceScores(): Record<string, number> {
  return useLiveQuery(() => serviceUsageScores(), [], {});
}

export function useLastSession(volunteerId: string) {
  return useLiveQuery(async () => {
    const last = await lastSessionBy(volunteerId);
    return last ? toSession(last) : null;
  }, [volunteerId]);
}

/** undefined while loading, null when the session is not (or no longer) on this device. */
export function useStoredSession(id: string) {
  return useLiveQuery(async () => {
    const stored = await getSession(id);
    return stored ? toSession(stored) : null;
  }, [id]);
}
