import { inMarkedZone } from '../dexieZones';
import { currentSeal } from './dataKey';
import { AS_STORED } from './sealMiddleware';
import { openTree } from './sealTree';

/**
 * Runs `read` (reads inside the caller's transaction) so that rows come back as stored, their groups still
 * sealed. For bookkeeping that moves or rewrites whole rows without looking at their groups (a push's
 * stamps and acknowledgements): written back, sealed groups pass through as they are, so nothing is opened
 * and sealed again. Never for rows whose groups are read, counted or sent.
 */
export function readAsStored<T>(read: () => Promise<T>): Promise<T> {
  return inMarkedZone(AS_STORED, read);
}

/** A row read with readAsStored, as the app reads it (its groups opened). */
export function openStored<T>(value: T): T {
  return openTree(value, currentSeal());
}
