import { beforeEach, describe, expect, it } from 'vitest';
import { aSession } from '../../test/fixtures';
import { freshDb } from '../../test/freshDb';
import { rawRows } from '../../test/rawRows';
import type { AppDb } from './AppDb';
import { releaseBatch, takeBatch } from './outboxBatch';
import { readStamps } from './outboxStamps';
import { deleteSession, restoreSession } from './sessionDeletes';
import { createSession } from './sessions';

let db: AppDb;
beforeEach(() => {
  db = freshDb();
});

const LIMITS = { maxCount: 2, maxBytes: 512 * 1024 };
const seqs = (batch: Awaited<ReturnType<typeof takeBatch>>) => batch?.rows.map((r) => r.deviceSeq);

describe('stamping a batch', () => {
  it('writes one stamp and leaves the queued rows as they were; the same batch comes back until it is answered', async () => {
    for (let i = 0; i < 5; i++) await createSession(aSession());
    const before = await rawRows(db.name, 'outbox');
    const first = await takeBatch(db, LIMITS, 'batch-1', 1000);
    expect(first).toMatchObject({ batchId: 'batch-1' });
    expect(seqs(first)).toEqual([1, 2]);
    expect(await rawRows(db.name, 'outbox')).toEqual(before);
    expect(await readStamps(db)).toEqual({ batches: [{ batchId: 'batch-1', firstSeq: 1, lastSeq: 2, sentAt: 1000 }], sentThroughSeq: 2 });

    const ahead = await takeBatch(db, LIMITS, 'batch-2', 1001, 2);
    expect([ahead?.batchId, seqs(ahead)]).toEqual(['batch-2', [3, 4]]);
    // A retry from the head: the stamped batches again, as they were, not new ones.
    const again = await takeBatch(db, LIMITS, 'batch-3', 1002);
    expect([again?.batchId, seqs(again)]).toEqual(['batch-1', [1, 2]]);
    expect((await takeBatch(db, LIMITS, 'batch-4', 1003, 2))?.batchId).toBe('batch-2');
    expect((await takeBatch(db, LIMITS, 'batch-5', 1004, 4))?.batchId).toBe('batch-5');
  });

  it('a released batch is cut again, but its rows still count as having left', async () => {
    for (let i = 0; i < 3; i++) await createSession(aSession());
    await takeBatch(db, LIMITS, 'batch-1', 1000);
    await releaseBatch(db, 'batch-1');
    expect(await readStamps(db)).toEqual({ batches: [], sentThroughSeq: 2 });
    const recut = await takeBatch(db, { ...LIMITS, maxCount: 1 }, 'batch-2', 1001);
    expect([recut?.batchId, seqs(recut)]).toEqual(['batch-2', [1]]);
  });

  it('honours rows stamped by an earlier version: they go again under their own batchId', async () => {
    for (let i = 0; i < 3; i++) await createSession(aSession());
    await db.outbox.bulkUpdate([1, 2].map((key) => ({ key, changes: { batchId: 'old-batch', sentAt: 5 } })));
    const batch = await takeBatch(db, { ...LIMITS, maxCount: 3 }, 'batch-new', 1000);
    expect([batch?.batchId, seqs(batch)]).toEqual(['old-batch', [1, 2]]);
    expect((await takeBatch(db, { ...LIMITS, maxCount: 3 }, 'batch-new', 1000, 2))?.batchId).toBe('batch-new');
    await releaseBatch(db, 'old-batch');
    expect((await db.outbox.toArray()).map((r) => r.batchId)).toEqual([undefined, undefined, undefined]);
  });
});

describe('undo of a delete', () => {
  it('drops the queued delete before it was cut into a batch, and queues a restore once it was', async () => {
    const kept = aSession();
    const sent = aSession();
    await createSession(kept);
    await createSession(sent);
    await deleteSession(sent.id);
    await takeBatch(db, { ...LIMITS, maxCount: 3 }, 'batch-1', 1000); // create, create, delete: may have left
    await deleteSession(kept.id);
    await restoreSession(kept.id);
    await restoreSession(sent.id);
    expect((await db.outbox.orderBy('deviceSeq').toArray()).map((r) => [r.recordId, r.type])).toEqual([
      [kept.id, 'session.create'],
      [sent.id, 'session.create'],
      [sent.id, 'session.delete'],
      [sent.id, 'session.restore'],
    ]);
  });
});
