import { describe, expect, it } from 'vitest';
import { aSession } from '../../test/fixtures';
import { freshDb } from '../../test/freshDb';
import { watchOutboxStats, type SyncStats } from './outboxWatch';
import { saveDraft } from './drafts';
import { createSession } from './sessions';
import { updateSyncMeta } from './syncMeta';

describe('watchOutboxStats', () => {
  it('reports the numbers at once, then again shortly after commits, and not after stop', async () => {
    const db = freshDb();
    const seen: SyncStats[] = [];
    const stop = watchOutboxStats(db, (stats) => seen.push(stats), 20);
    await expect.poll(() => seen.length).toBeGreaterThan(0);
    expect(seen[0]).toMatchObject({ pending: 0, deadLetters: 0 });
    await Promise.all([createSession(aSession()), createSession(aSession()), createSession(aSession())]);
    await expect.poll(() => seen.at(-1)?.pending).toBe(3);
    stop();
    await createSession(aSession());
    await new Promise((r) => setTimeout(r, 60));
    expect(seen.at(-1)?.pending).toBe(3);
  });
});

describe('what wakes the watch', () => {
  it('counts again after outbox and sync-row changes, not after a form draft', async () => {
    const db = freshDb();
    let reads = 0;
    const stop = watchOutboxStats(db, () => (reads += 1), 10);
    await expect.poll(() => reads).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 60)); // the database opening settles
    const before = reads;
    await saveDraft('new', { notes: 'typing' });
    await new Promise((r) => setTimeout(r, 60));
    expect(reads).toBe(before);
    await updateSyncMeta(db, (meta) => ({ ...meta, lastSyncedAt: 5 }));
    await expect.poll(() => reads).toBe(before + 1);
    await createSession(aSession());
    await expect.poll(() => reads).toBe(before + 2);
    stop();
  });
});
