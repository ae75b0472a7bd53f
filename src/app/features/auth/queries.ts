import { useLiveQuery } from 'dexie-react-hooks';
import { getEnrolment, type Enrolment } from '../../db/device';
import { listPeople, type LocalPerson } from '../../db/people';
import { idleLockMs } from './lockPolicy';
import { readIdleLockOverride, readTabletAuth, type TabletAuth } from '../../db/peopleSession';

/** undefined while loading, null when this tablet has not been enrolled yet. */
export function useEnrolment(): Enrolment | null | undefined {
  return useLiveQuery(() => getEnrolment(), [], undefined);
}

/** The people who have signed in online on this tablet. */
export function usePeople(): LocalPerson[] | undefined {
  return useLiveQuery(() => listPeople(), [], undefined);
}

/** The auth row, locked when the idle time ran out while the app was closed; with the idle lock in ms. */
export function useTabletAuth(): (TabletAuth & { idleMs: number }) | undefined {
  return useLiveQuery(async () => {
    const auth = await readTabletAuth();
    const idleMs = idleLockMs(await readIdleLockOverride());
    return { ...auth, isLocked: auth.isLocked || Date.now() - auth.lastActiveAt >= idleMs, idleMs };
  }, [], undefined);
}
