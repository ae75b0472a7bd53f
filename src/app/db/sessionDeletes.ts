import { getDb } from './AppDb';
import { outboxRow } from './outboxRow';
import { mayHaveLeft, readStamps } from './outboxStamps';
import { SessionNotFoundError } from './sessionReads';

/** Soft delete: the row stays (hidden) so an undo can bring it back; the delete travels like any change. */
export async function deleteSession(id: string): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.sessions, db.outbox], async () => {
    const stored = await db.sessions.get(id);
    if (!stored || stored.deletedAt) throw new SessionNotFoundError(id);
    await db.sessions.update(id, { deletedAt: new Date().toISOString(), updatedAt: Date.now() });
    await db.outbox.add(outboxRow('session.delete', id, { baseVersion: stored.version }));
  });
}

/** Undo: drop the queued delete if it has not left the device, else queue a restore. */
export async function restoreSession(id: string): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.sessions, db.outbox, db.meta], async () => {
    const stored = await db.sessions.get(id);
    if (!stored?.deletedAt) return;
    const queued = await db.outbox.where('recordId').equals(id).filter((row) => row.type === 'session.delete').first();
    // A delete the sync engine has sent may already be applied: undo it with a restore.
    if (queued?.deviceSeq !== undefined && !mayHaveLeft(await readStamps(db), queued)) await db.outbox.delete(queued.deviceSeq);
    else await db.outbox.add(outboxRow('session.restore', id, { baseVersion: stored.version }));
    await db.sessions.update(id, { deletedAt: undefined, updatedAt: Date.now() });
  });
}
