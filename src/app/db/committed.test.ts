import { describe, expect, it } from 'vitest';
import { aSession } from '../../test/fixtures';
import { freshDb } from '../../test/freshDb';
import { untilCommitted } from './committed';
import { createSession } from './sessions';

describe('untilCommitted', () => {
  it('resolves once the transaction has committed: what it wrote is there', async () => {
    const db = freshDb();
    const s = aSession();
    let committed = false;
    const done = untilCommitted(() => db.transaction('rw', db.meta, () => db.meta.put({ key: 'x', value: 1 }))).then(
      () => (committed = true),
    );
    expect(committed).toBe(false);
    await done;
    expect(await db.meta.get('x')).toEqual({ key: 'x', value: 1 });
    await createSession(s); // the save path goes through it too
    expect(await db.sessions.get(s.id)).toMatchObject({ id: s.id });
  });

  it('resolves at the commit itself, not when Dexie and the rest of `run` are done with it', async () => {
    const db = freshDb();
    let runSettled = false;
    await untilCommitted(() =>
      db
        .transaction('rw', db.meta, () => db.meta.put({ key: 'x', value: 1 }))
        .then(() => new Promise((resolve) => setTimeout(resolve, 50)))
        .then(() => (runSettled = true)),
    );
    expect(runSettled).toBe(false);
    expect(await db.meta.get('x')).toEqual({ key: 'x', value: 1 });
  });

  it('rejects with the failure and commits nothing when the transaction fails', async () => {
    const db = freshDb();
    db.outbox.hook('creating', () => {
      throw new Error('disk trouble');
    });
    await expect(
      untilCommitted(() =>
        db.transaction('rw', [db.meta, db.outbox], async () => {
          await db.meta.put({ key: 'x', value: 1 });
          await db.outbox.add({ mutationId: 'm', type: 'session.create', recordId: 'r', createdAt: 0 } as never);
        }),
      ),
    ).rejects.toThrow('disk trouble');
    expect(await db.meta.get('x')).toBeUndefined();
  });

  it('resolves with `run` when it opened no read-write transaction, and leaves others alone', async () => {
    const db = freshDb();
    await expect(untilCommitted(() => db.meta.get('nothing'))).resolves.toBeUndefined();
    // A transaction outside untilCommitted runs as always.
    await db.transaction('rw', db.meta, () => db.meta.put({ key: 'y', value: 2 }));
    expect(await db.meta.get('y')).toEqual({ key: 'y', value: 2 });
  });
});
