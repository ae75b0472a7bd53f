import { beforeEach, describe, expect, it } from 'vitest';
import { aSession } from '../../test/fixtures';
import { freshDb } from '../../test/freshDb';
import type { Session } from '../../shared/schemas/session';
import type { AppDb } from './AppDb';
import { purgeOutsideWindow } from './localWindow';
import { DEFAULT_LOCAL_WINDOW_DAYS, readLocalWindowDays, writeLocalWindowDays } from './localWindowDays';
import { readSentMutations } from './sentLog';
import type { SentMutation } from './tables';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const DAY = 86_400_000;
let db: AppDb;

beforeEach(() => {
  db = freshDb();
});

/** Stores a session that happened `daysAgo` days before NOW, at server version `version` (0: never acknowledged). */
async function sessionFrom(daysAgo: number, version: number, centreId?: string): Promise<Session> {
  const day = new Date(NOW - daysAgo * DAY).toISOString().slice(0, 10);
  const s = aSession({ occurredAt: `${day}T10:00:00+01:00`, ...(centreId ? { centreId } : {}) });
  await db.sessions.add({ ...s, day, updatedAt: 1, version });
  return s;
}

async function sent(recordId: string, ackedDaysAgo: number, deviceSeq: number): Promise<void> {
  const mutation: SentMutation = { deviceSeq, mutationId: `m-${deviceSeq}`, type: 'session.create', recordId, payloadVersion: 1, createdAt: 1, ackedAt: NOW - ackedDaysAgo * DAY, epoch: 'e' };
  await db.sentLog.add(mutation);
}

describe('the local window', () => {
  it('removes synced sessions older than 30 days with their sent-log rows, and nothing newer', async () => {
    const old = await sessionFrom(45, 3);
    const edge = await sessionFrom(29, 1);
    const recent = await sessionFrom(1, 1);
    await sent(old.id, 44, 1);
    await sent(recent.id, 1, 2);

    expect(await purgeOutsideWindow(db, NOW)).toEqual({ sessions: 1, sentLog: 1 });

    expect((await db.sessions.toCollection().primaryKeys()).sort()).toEqual([edge.id, recent.id].sort());
    expect((await readSentMutations(db)).map((r) => r.recordId)).toEqual([recent.id]);
  });

  it('removes the old sessions of every centre on the tablet, each centre\'s recent ones stay', async () => {
    const centres = ['01900000-0000-7000-8000-00000000000a', '01900000-0000-7000-8000-00000000000b', '01900000-0000-7000-8000-00000000000c'];
    await Promise.all(centres.map((c, i) => sessionFrom(31 + i * 40, 1, c)));
    const recent = await Promise.all(centres.map((c) => sessionFrom(2, 1, c)));
    expect(await purgeOutsideWindow(db, NOW)).toEqual({ sessions: 3, sentLog: 0 });
    expect((await db.sessions.toCollection().primaryKeys()).sort()).toEqual(recent.map((s) => s.id).sort());
  });

  it.each([
    ['an outbox row', async (s: Session) => void (await db.outbox.add({ mutationId: 'm', type: 'session.update', recordId: s.id, payloadVersion: 1, baseVersion: 2, patch: {}, createdAt: 1 }))],
    ['a held server change', async (s: Session) => void (await db.heldChanges.put({ id: s.id, scope: `centre:${s.centreId}`, rejected: 'stale' }))],
    ['a dead letter', async (s: Session) => void (await db.deadLetters.add({ mutationId: 'd', type: 'session.update', recordId: s.id, payloadVersion: 1, createdAt: 1, code: 'CONFLICT', message: '', rejectedAt: 1 }))],
    ['a sent-log row acknowledged inside the window', async (s: Session) => sent(s.id, 3, 9)],
  ])('never removes an old session with %s', async (_label, settle) => {
    const s = await sessionFrom(90, 2);
    await settle(s);
    expect(await purgeOutsideWindow(db, NOW)).toEqual({ sessions: 0, sentLog: 0 });
    expect(await db.sessions.get(s.id)).toBeDefined();
  });

  it('never removes a session the server has not acknowledged (version 0)', async () => {
    const s = await sessionFrom(200, 0);
    await purgeOutsideWindow(db, NOW);
    expect(await db.sessions.get(s.id)).toBeDefined();
  });

  it('follows the configured window and refuses a nonsense one', async () => {
    expect(await readLocalWindowDays(db)).toBe(DEFAULT_LOCAL_WINDOW_DAYS);
    const twelveDays = await sessionFrom(12, 1);
    await writeLocalWindowDays(db, 10);
    expect(await readLocalWindowDays(db)).toBe(10);
    await purgeOutsideWindow(db, NOW);
    expect(await db.sessions.get(twelveDays.id)).toBeUndefined();
    await expect(writeLocalWindowDays(db, 0)).rejects.toThrow(RangeError);
    await db.meta.put({ key: 'localWindowDays', value: 'all' });
    expect(await readLocalWindowDays(db)).toBe(DEFAULT_LOCAL_WINDOW_DAYS);
  });
});

describe('startLocalWindow', () => {
  it('purges at start and again after each sync', async () => {
    const { startLocalWindow } = await import('./localWindowRunner');
    const { updateSyncMeta } = await import('./syncMeta');
    const first = await sessionFrom(40, 1);
    const stop = startLocalWindow(db, () => NOW);
    await expect.poll(async () => db.sessions.get(first.id)).toBeUndefined();
    await updateSyncMeta(db, (m) => ({ ...m, lastSyncedAt: NOW - 1000 }));
    // Pulled by a sync (another tab's, say): outside the window, it leaves after the next sync.
    const second = await sessionFrom(50, 2);
    await updateSyncMeta(db, (m) => ({ ...m, lastSyncedAt: NOW }));
    await expect.poll(async () => db.sessions.get(second.id)).toBeUndefined();
    stop();
  });
});
