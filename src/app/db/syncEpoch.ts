import type { AppDb } from './AppDb';
import { writeStamps } from './outboxBatch';
import { readStamps } from './outboxStamps';
import { readSentMutations } from './sentLog';
import { readSyncMeta, writeSyncMeta, type SyncMeta } from './syncMeta';
import type { OutboxRow } from './tables';

/*
 * The server was restored from a backup (DESIGN.md §5 "Epoch"): what it acknowledged since the backup
 * is gone. The device re-queues what it authored (the sent log, same mutationIds: the restored ledger
 * answers `duplicate` for what survived), drops its cursors and pulls from zero, then fits base
 * versions to the restored server before the first push.
 */

/** Starts the recovery in one transaction (also when the server asks for a resync in the same epoch). */
export async function beginResync(db: AppDb, epoch: string): Promise<void> {
  const tables = [db.outbox, db.sentLog, db.heldChanges, db.sessions, db.meta, db.sweepCandidates];
  return db.transaction('rw', tables, async () => {
    const meta = await readSyncMeta(db);
    const sent = await readSentMutations(db);
    const requeued: OutboxRow[] = sent.map(({ ackedAt: _a, epoch: _e, ...row }) => row);
    // Nothing stamped is waiting for an answer any more: all of it is cut again (rows stamped by an earlier version too).
    const stamped = await db.outbox.filter((r) => r.batchId !== undefined).toArray();
    await db.outbox.bulkPut([...requeued, ...stamped.map(({ batchId: _b, ...row }) => row)]);
    await writeStamps(db, { ...(await readStamps(db)), batches: [] });
    await db.sentLog.clear();
    await db.heldChanges.clear();
    await db.sweepCandidates.clear();
    // Versions of the old history mean nothing now; 0 is never ahead of the server (edits made
    // before the re-pull completes merely get their conflicts flagged for review).
    await db.sessions.toCollection().modify({ version: 0 });
    const last = await db.outbox.orderBy('deviceSeq').last();
    await writeSyncMeta(db, {
      ...meta,
      epoch,
      cursors: {},
      sweeping: {},
      needsRebase: true,
      rebaseUpTo: last?.deviceSeq ?? 0,
    });
  });
}

/**
 * Fits the rows queued before the restore to the restored server, inside the transaction of the last
 * page of the re-pull. A row the restored ledger may hold has a base at or below the server's version
 * (it was applied there), so it is never rewritten and its retry stays a `duplicate`.
 */
export async function rebaseOutbox(db: AppDb, meta: SyncMeta): Promise<void> {
  const rows = await db.outbox.where('deviceSeq').belowOrEqual(meta.rebaseUpTo ?? 0).toArray();
  const known = new Map<string, number>();
  for (const row of rows) {
    if (!known.has(row.recordId)) known.set(row.recordId, (await db.heldChanges.get(row.recordId))?.change?.version ?? 0);
    const version = known.get(row.recordId) ?? 0;
    if (row.baseVersion !== undefined && row.baseVersion > version) await db.outbox.put({ ...row, baseVersion: version });
  }
  meta.needsRebase = false;
  delete meta.rebaseUpTo;
}
