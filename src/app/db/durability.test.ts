import { afterEach, describe, expect, it, vi } from 'vitest';
import { aSession } from '../../test/fixtures';
import { freshDb } from '../../test/freshDb';
import { saveDraft } from './drafts';
import { takeBatch } from './outboxBatch';
import { touchTabletAuth } from './peopleSession';
import { readStamps } from './outboxStamps';
import { createSession } from './sessions';
import { readSentMutations } from './sentLog';
import { applyPushResults } from './syncAck';
import { applyPullPage } from './syncPull';

type Opened = { stores: string[]; mode: string | undefined; durability: string | undefined };

/** Records every IndexedDB transaction opened, with the durability it asked for. */
function recordTransactions(): Opened[] {
  const opened: Opened[] = [];
  const { transaction } = Object.getOwnPropertyDescriptors(IDBDatabase.prototype);
  const original = transaction?.value as IDBDatabase['transaction'];
  vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (this: IDBDatabase, stores, mode, options) {
    opened.push({ stores: typeof stores === 'string' ? [stores] : [...stores], mode, durability: options?.durability });
    return original.call(this, stores, mode, options);
  });
  return opened;
}

const readwrite = (opened: Opened[]) => opened.filter((t) => t.mode === 'readwrite');

describe('per-transaction durability', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keeps a session save strict while a push answer and a pull page run beside it relaxed', async () => {
    // Before the database opens: Dexie binds IDBDatabase.transaction then.
    const opened = recordTransactions();
    const db = freshDb();
    await createSession(aSession());
    const rows = await db.outbox.toArray();
    opened.length = 0; // only what runs side by side below
    const results = rows.map((r) => ({ mutationId: r.mutationId, status: 'applied' as const, version: 1, changeSeq: 1 }));
    const page = { changes: [], cursors: {}, hasMore: true, removedScopes: [] };
    await Promise.all([applyPushResults(db, rows, results, Date.now()), createSession(aSession()), applyPullPage(db, page, Date.now())]);

    const written = readwrite(opened);
    const save = written.filter((t) => !t.stores.includes('sentLog') && !t.stores.includes('sweepCandidates'));
    const sync = written.filter((t) => !save.includes(t));
    expect(save.length).toBeGreaterThan(0);
    expect(save.every((t) => t.durability === 'strict')).toBe(true);
    expect(sync).toHaveLength(2);
    expect(sync.every((t) => t.durability === 'relaxed')).toBe(true);
    expect(await db.outbox.count()).toBe(1);
    expect(await readSentMutations(db)).toHaveLength(1);
  });

  it('stamps a push batch relaxed, and the stamp is there for the next read (a save beside it stays strict)', async () => {
    const opened = recordTransactions(); // before the database opens
    const db = freshDb();
    await createSession(aSession());
    opened.length = 0;
    const [batch] = await Promise.all([takeBatch(db, { maxCount: 200, maxBytes: 500_000 }, 'batch-1', Date.now()), createSession(aSession())]);
    expect(batch?.rows).toHaveLength(1);
    expect((await readStamps(db)).batches.map((b) => b.batchId)).toEqual(['batch-1']);
    const written = readwrite(opened);
    expect(written.filter((t) => t.stores.includes('meta') && !t.stores.includes('sessions')).map((t) => t.durability)).toEqual(['relaxed']);
    expect(written.filter((t) => t.stores.includes('sessions')).map((t) => t.durability)).toEqual(['strict']);
  });

  it('notes activity for the idle lock relaxed', async () => {
    freshDb();
    const opened = recordTransactions();
    await touchTabletAuth(Date.now());
    expect(readwrite(opened).map((t) => t.durability)).toEqual(['relaxed']);
  });

  it('writes a form draft relaxed and the save that clears it strict', async () => {
    const db = freshDb();
    const opened = recordTransactions();
    await saveDraft('new', { note: 'typing' });
    await createSession(aSession(), 'draft:new');
    expect(readwrite(opened).map((t) => t.durability)).toEqual(['relaxed', 'strict']);
    expect(await db.meta.get('draft:new')).toBeUndefined();
  });

  it('leaves the last pull page, and transactions opened after a relaxed one, strict', async () => {
    const db = freshDb();
    const opened = recordTransactions();
    await applyPullPage(db, { changes: [], cursors: {}, hasMore: true, removedScopes: [] }, Date.now());
    await createSession(aSession());
    await applyPullPage(db, { changes: [], cursors: {}, hasMore: false, removedScopes: [] }, Date.now());
    expect(readwrite(opened).map((t) => t.durability)).toEqual(['relaxed', 'strict', 'strict']);
  });
});
