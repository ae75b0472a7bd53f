import { liveQuery } from 'dexie';
import { getDb, type AppDb } from './AppDb';
import { purgeOutsideWindow } from './localWindow';
import { readSyncMeta } from './syncMeta';

/**
 * Keeps the tablet inside its local window: once at start, then after every completed sync (of any
 * tab: the sync row's lastSyncedAt moves). Returns a stop function.
 */
export function startLocalWindow(db: AppDb = getDb(), now: () => number = Date.now): () => void {
  let last: number | undefined;
  let running = Promise.resolve();
  const purge = () => {
    running = running.then(() => purgeOutsideWindow(db, now()).then(() => undefined)).catch((error: unknown) => console.warn('local window purge failed', error));
  };
  purge();
  const subscription = liveQuery(async () => (await readSyncMeta(db)).lastSyncedAt).subscribe({
    next: (lastSyncedAt) => {
      if (lastSyncedAt !== undefined && last !== undefined && lastSyncedAt !== last) purge();
      last = lastSyncedAt ?? 0;
    },
    error: (error: unknown) => console.warn('local window watch failed', error),
  });
  return () => subscription.unsubscribe();
}
