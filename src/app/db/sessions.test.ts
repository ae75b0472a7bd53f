import { beforeEach, describe, expect, it } from 'vitest';
import { aSession } from '../../test/fixtures';
import { freshDb } from '../../test/freshDb';
import type { AppDb } from './AppDb';
import { saveDraft, loadDraft, draftKey } from './drafts';
import { deleteSession, restoreSession } from './sessionDeletes';
import { getSession, listSessionsOfDay } from './sessionReads';
import { createSession, updateSession } from './sessions';

let db: AppDb;
beforeEach(() => {
  db = freshDb();
});

describe('session writes', () => {
  it('stores a new session together with its outbox row', async () => {
    const s = aSession();
    await createSession(s);
    expect(await getSession(s.id)).toMatchObject({ id: s.id, day: '2026-11-20', version: 0 });
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ type: 'session.create', recordId: s.id, payloadVersion: 1, deviceSeq: 1, data: s });
  });

  it('asks Chrome for strict durability', () => {
    expect(db._options.chromeTransactionDurability).toBe('strict');
  });

  it('writes neither the session nor the outbox row when the input is invalid', async () => {
    await expect(createSession({ ...aSession(), services: [] })).rejects.toThrow();
    expect(await db.sessions.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('writes neither when the outbox write fails (one transaction)', async () => {
    const s = aSession();
    db.outbox.hook('creating', () => {
      throw new Error('disk trouble');
    });
    await expect(createSession(s)).rejects.toThrow('disk trouble');
    expect(await db.sessions.count()).toBe(0);
  });

  it('clears the form draft in the same transaction as the save', async () => {
    await saveDraft('new', { notes: 'x' });
    await createSession(aSession(), draftKey('new'));
    expect(await loadDraft('new')).toBeUndefined();
  });

  it('queues an edit as a patch of the changed fields against the known version', async () => {
    const s = aSession();
    await createSession(s);
    await updateSession({ ...s, durationMin: 25, notes: 'printed twice' });
    const rows = await db.outbox.orderBy('deviceSeq').toArray();
    expect(rows[1]).toMatchObject({ type: 'session.update', baseVersion: 0, patch: { durationMin: 25, notes: 'printed twice' } });
    expect((await getSession(s.id))?.durationMin).toBe(25);
  });

  it('queues nothing for an edit that changes nothing', async () => {
    const s = aSession();
    await createSession(s);
    await updateSession({ ...s });
    expect(await db.outbox.count()).toBe(1);
  });

  it('marks a removed optional field with null in the patch', async () => {
    const s = aSession({ notes: 'to remove' });
    await createSession(s);
    const { notes: _n, ...withoutNotes } = s;
    await updateSession(withoutNotes);
    expect((await db.outbox.orderBy('deviceSeq').last())?.patch).toEqual({ notes: null });
  });
});

describe('delete and undo', () => {
  it('hides a deleted session and queues the delete', async () => {
    const s = aSession();
    await createSession(s);
    await deleteSession(s.id);
    expect(await getSession(s.id)).toBeUndefined();
    expect(await listSessionsOfDay(s.centreId, '2026-11-20')).toEqual([]);
    expect((await db.outbox.orderBy('deviceSeq').last())?.type).toBe('session.delete');
  });

  it('undo drops a delete that has not left the device', async () => {
    const s = aSession();
    await createSession(s);
    await deleteSession(s.id);
    await restoreSession(s.id);
    expect(await getSession(s.id)).toBeDefined();
    expect((await db.outbox.toArray()).map((r) => r.type)).toEqual(['session.create']);
  });

  it('undo after the delete was sent queues a restore', async () => {
    const s = aSession();
    await createSession(s);
    await deleteSession(s.id);
    await db.outbox.clear(); // the sync engine acknowledged create and delete
    await restoreSession(s.id);
    expect((await db.outbox.toArray()).map((r) => r.type)).toEqual(['session.restore']);
    expect(await getSession(s.id)).toBeDefined();
  });

  it('refuses to edit a deleted session', async () => {
    const s = aSession();
    await createSession(s);
    await deleteSession(s.id);
    await expect(updateSession({ ...s, durationMin: 5 })).rejects.toThrow(/not on this device/);
  });
});

describe("today's list", () => {
  it('lists one centre and day, newest first', async () => {
    const early = aSession({ occurredAt: '2026-11-20T08:00:00+01:00' });
    const late = aSession({ occurredAt: '2026-11-20T16:00:00+01:00' });
    const otherDay = aSession({ occurredAt: '2026-11-19T16:00:00+01:00' });
    const otherCentre = aSession({ centreId: '01900000-0000-7000-8000-0000000000ff' });
    for (const s of [early, late, otherDay, otherCentre]) await createSession(s);
    const ids = (await listSessionsOfDay(early.centreId, '2026-11-20')).map((s) => s.id);
    expect(ids).toEqual([late.id, early.id]);
  });
});
