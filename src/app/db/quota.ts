import { getDb, type AppDb } from './AppDb';
import { DEVICE_PROFILE_KEY, ENROLMENT_KEY } from './device';
import { purgeOutsideWindow } from './localWindow';
import { getQuotaNotice, reportQuotaNotice } from './quotaNotices';
import { settleHeld } from './syncApply';
import { readSyncMeta, writeSyncMeta } from './syncMeta';

/** Under pressure the sent log (a safety net for a server restore) keeps only its last day. */
const SENT_LOG_KEEP_MS = 86_400_000;

export type FreedSpace = { sessions: number; sentLog: number; heldChanges: number; catalogue: number };

/**
 * QuotaExceededError arrives bare, or wrapped by Dexie/IndexedDB: an AbortError (or Dexie error) whose
 * `inner` is the QuotaExceededError, sometimes one level deeper.
 */
export function isQuotaError(error: unknown): boolean {
  return quotaErrorIn(error) !== null;
}

/** The QuotaExceededError itself, unwrapped from Dexie's `inner` chain; null when there is none. */
function quotaErrorIn(error: unknown, depth = 0): object | null {
  if (typeof error !== 'object' || error === null || depth > 3) return null;
  const e = error as { name?: unknown; code?: unknown; inner?: unknown };
  if (e.name === 'QuotaExceededError' || (e.code === 22 && e.name !== 'AbortError')) return error;
  return quotaErrorIn(e.inner, depth + 1);
}

/** The write still failed after space was freed. `inner` is the QuotaExceededError itself, as Dexie reports it. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(
    readonly freed: FreedSpace,
    readonly inner: unknown,
  ) {
    super('Device storage is full');
  }
}

/**
 * Runs a write; on a quota error frees what can be rebuilt (never an outbox row, a draft or a pending
 * session), retries once and reports what happened. A second quota error throws StorageFullError.
 */
export async function withQuotaRescue<T>(write: () => Promise<T>, db: AppDb = getDb(), now: () => number = Date.now): Promise<T> {
  try {
    const value = await write();
    // There is room again: an earlier "storage full" no longer holds.
    if (getQuotaNotice()?.outcome === 'full') reportQuotaNotice(null);
    return value;
  } catch (error) {
    if (!isQuotaError(error)) throw error;
  }
  const freed = await freeSpace(db, now());
  try {
    const value = await write();
    reportQuotaNotice({ outcome: 'saved', freed, at: now() });
    return value;
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    reportQuotaNotice({ outcome: 'full', freed, at: now() });
    throw new StorageFullError(freed, quotaErrorIn(error));
  }
}

/** Frees cached and already-synced data, cheapest loss first. Each step stands alone: one failing skips only itself. */
export async function freeSpace(db: AppDb, now: number): Promise<FreedSpace> {
  const freed: FreedSpace = { sessions: 0, sentLog: 0, heldChanges: 0, catalogue: 0 };
  freed.sentLog = await attempt(() => db.sentLog.where('ackedAt').below(now - SENT_LOG_KEEP_MS).delete());
  freed.heldChanges = await attempt(() => settleDrainedHolds(db, now));
  freed.catalogue = await attempt(() => dropOtherCountries(db));
  const purge = await attempt(() => purgeOutsideWindow(db, now));
  if (typeof purge !== 'number') {
    freed.sessions = purge.sessions;
    freed.sentLog += purge.sentLog;
  }
  return freed;
}

/** Held server rows whose record has nothing pending any more: apply them and drop the hold. */
async function settleDrainedHolds(db: AppDb, now: number): Promise<number> {
  const tables = [db.outbox, db.sessions, db.heldChanges, db.meta, db.sweepCandidates, db.catalogue, db.centres];
  return db.transaction('rw', tables, async () => {
    const before = await db.heldChanges.count();
    const meta = await readSyncMeta(db);
    await settleHeld(db, meta, now);
    await writeSyncMeta(db, meta);
    return before - (await db.heldChanges.count());
  });
}

/** E-services of other countries are never shown on this tablet; a later full pull brings them back. */
async function dropOtherCountries(db: AppDb): Promise<number> {
  const rows = await db.meta.bulkGet([ENROLMENT_KEY, DEVICE_PROFILE_KEY]);
  const country = rows.map((row) => (row?.value as { country?: string } | undefined)?.country).find(Boolean);
  if (!country) return 0;
  return db.catalogue.where('country').notEqual(country).delete();
}

async function attempt<T>(step: () => Promise<T>): Promise<T | 0> {
  try {
    return await step();
  } catch (error) {
    console.warn('freeing space: a step failed', error);
    return 0;
  }
}
