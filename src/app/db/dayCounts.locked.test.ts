import { beforeEach, describe, expect, it } from 'vitest';
import { aSession } from '../../test/fixtures';
import { freshDb } from '../../test/freshDb';
import type { AppDb } from './AppDb';
import { countDays } from './dayCounts';
import { ensureDayCounts, SealedSessionsError } from './dayCountsStore';
import { purgeOutsideWindow } from './localWindow';
import { currentDataKey, dropDataKey, holdDataKey } from './sealing/dataKey';
import { createSession } from './sessions';

// A locked tablet holds no data key: groups (of sessions and of day rows alike) stay sealed, so nothing can
// be counted. Writes that still happen then (acks, the local window) must never leave a wrong row.

const CENTRE = '01900000-0000-7000-8000-000000000001';
const DAY = '2026-10-01';
const NOW = Date.parse('2026-11-20T18:00:00Z');
let db: AppDb;

beforeEach(() => {
  db = freshDb();
});

/** Two synced sessions of DAY, counted; returns the data key the test runs with. */
async function twoSyncedSessions(): Promise<Uint8Array> {
  const key = currentDataKey();
  if (!key) throw new Error('the test setup holds a data key');
  for (const groups of [['roma_egyptian'], ['rural', 'disability']] as const) {
    await createSession(aSession({ occurredAt: `${DAY}T10:00:00+02:00`, groups: [...groups] }));
  }
  await db.sessions.toCollection().modify({ version: 1 }); // acknowledged…
  await db.outbox.clear(); // …and nothing pending: the local window may take them
  await ensureDayCounts(CENTRE, [DAY], db);
  return key;
}

describe('day counts on a locked tablet', () => {
  it('keeps a row through a write that changes no count (an ack raising versions)', async () => {
    const key = await twoSyncedSessions();
    dropDataKey();
    const sealed = await db.sessions.toArray();
    expect(sealed[0]).not.toHaveProperty('groups'); // really locked: the groups are sealed bytes
    await db.sessions.bulkPut(sealed.map((s) => ({ ...s, version: 2 })));
    holdDataKey(key);
    expect(await db.dayCounts.get([CENTRE, DAY])).toMatchObject({
      sessions: 2,
      groups: { roma_egyptian: 1, rural: 1, disability: 1 },
    });
  });

  it('drops the day’s row when the local window removes sessions it cannot read, and rebuilds it once unlocked', async () => {
    const key = await twoSyncedSessions();
    dropDataKey();
    expect(await purgeOutsideWindow(db, NOW, 30)).toMatchObject({ sessions: 2 });
    holdDataKey(key);
    expect(await db.dayCounts.get([CENTRE, DAY])).toBeUndefined(); // missing, never wrong
    expect(await ensureDayCounts(CENTRE, [DAY], db)).toEqual(countDays(CENTRE, [DAY], []));
  });

  it('refuses to count sealed sessions, and stores nothing', async () => {
    const key = await twoSyncedSessions();
    await db.dayCounts.clear();
    dropDataKey();
    await expect(ensureDayCounts(CENTRE, [DAY], db)).rejects.toThrow(SealedSessionsError);
    holdDataKey(key);
    expect(await db.dayCounts.count()).toBe(0);
  });
});
