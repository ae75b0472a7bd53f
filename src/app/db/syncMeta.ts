import type { AppDb } from './AppDb';

/** The server's view of this device, once registered (registration.ts is the seam sign-in replaces). */
export type SyncCredentials = { deviceId: string; token: string; centreId: string };

/** Everything the sync engine remembers between runs, in one meta row (small, rewritten per page). */
export type SyncMeta = {
  credentials?: SyncCredentials;
  /** Every device id this installation has had, oldest first (a 401 re-registration adds one). */
  deviceIds: string[];
  /** The server epoch the cursors and versions belong to. */
  epoch?: string;
  /** Last changeSeq applied, per scope. A scope missing here is pulled from zero. */
  cursors: Record<string, number>;
  /** Scopes being pulled from zero, with the number of rows seen so far (see sweepCandidates). */
  sweeping: Record<string, number>;
  /** After an epoch change: outbox base versions must be fitted to the restored server before a push. */
  needsRebase: boolean;
  /** The last deviceSeq queued before the restore was noticed: the rows the rebase fits. */
  rebaseUpTo?: number;
  lastSyncedAt?: number;
};

export const SYNC_META_KEY = 'sync';

const EMPTY: SyncMeta = { deviceIds: [], cursors: {}, sweeping: {}, needsRebase: false };

/** Reads the sync row; joins the caller's transaction when there is one. */
export async function readSyncMeta(db: AppDb): Promise<SyncMeta> {
  const row = await db.meta.get(SYNC_META_KEY);
  return { ...EMPTY, ...(row?.value as Partial<SyncMeta> | undefined) };
}

export async function writeSyncMeta(db: AppDb, meta: SyncMeta): Promise<void> {
  await db.meta.put({ key: SYNC_META_KEY, value: meta });
}

/** Read-modify-write of the sync row in its own transaction (or the caller's). */
export async function updateSyncMeta(db: AppDb, change: (meta: SyncMeta) => SyncMeta): Promise<SyncMeta> {
  return db.transaction('rw', [db.meta], async () => {
    const next = change(await readSyncMeta(db));
    await writeSyncMeta(db, next);
    return next;
  });
}
