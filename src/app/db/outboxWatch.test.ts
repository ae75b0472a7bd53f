import { describe, expect, it } from 'vitest';
import { aSession } from '../../test/fixtures';
import { freshDb } from '../../test/freshDb';
import { watchOutboxStats, type SyncStats } from './outbox';
import { createSession } from './sessions';

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
