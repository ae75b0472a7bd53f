import type { DBCore, Middleware } from 'dexie';
import { inMarkedZone, isZoneMarked } from './dexieZones';

/**
 * Per-transaction durability. The database is opened 'strict' ("Saved" means on disk); the sync
 * engine's own bookkeeping may commit 'relaxed' where losing it on a crash is harmless (see
 * src/app/sync/README.md, "Durability"), and so may a form's draft (drafts.ts) and the count of
 * services used (serviceUsage.ts): relaxed still hands the write to the operating system before it
 * completes, so only a power cut or OS crash can take the last keystrokes, never a saved session.
 * Dexie sets durability per database, so `relaxedDurability` runs its function in a Dexie zone marked
 * relaxed, and this middleware reads the mark when Dexie opens the IndexedDB transaction (in that
 * zone, a microtask later). Anything outside such a zone — every user action — stays strict.
 */
const MARK = 'uraRelaxedDurability';

/** Runs `run` (which opens ONE top-level db.transaction) so that its transaction commits relaxed. */
export function relaxedDurability<T>(run: () => Promise<T>): Promise<T> {
  return inMarkedZone(MARK, run);
}

export const durabilityMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'Durability',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) =>
      mode === 'readwrite' && isZoneMarked(MARK) ? down.transaction(stores, mode, { ...options, durability: 'relaxed' }) : down.transaction(stores, mode, options),
  }),
};
