import type { DBCore, Middleware } from 'dexie';
import { inZoneWith, zoneValue } from './dexieZones';

/**
 * "Saved" as soon as IndexedDB says so. Dexie handles a transaction's `complete` in its own handler,
 * which first tells live queries and other tabs of the change and runs its promise chain; only then does
 * `db.transaction()` resolve. `untilCommitted` resolves from a `complete` listener added as the IndexedDB
 * transaction is created, so before Dexie's: the caller's await chain (down to "Saved" on screen) runs in
 * the microtasks right after it, and Dexie's own handling follows. Nothing is skipped or weakened:
 * `complete` is the commit (with durability 'strict', on disk), and a failure before it rejects as usual.
 */
const KEY = 'uraOnCommitted';

/** Runs `run` (which opens ONE top-level read-write db.transaction) and resolves once that has committed. */
export function untilCommitted(run: () => Promise<unknown>): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    // Resolved by the listener; by `run` itself when no transaction of its own was opened (nothing to wait for).
    inZoneWith({ [KEY]: resolve }, run).then(() => resolve(), reject);
  });
}

export const committedMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'Committed',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) => {
      const trans = down.transaction(stores, mode, options);
      const onCommitted = zoneValue(KEY);
      if (mode === 'readwrite' && typeof onCommitted === 'function') {
        (trans as unknown as IDBTransaction).addEventListener('complete', () => (onCommitted as () => void)());
      }
      return trans;
    },
  }),
};
