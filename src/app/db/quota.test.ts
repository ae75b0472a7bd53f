import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aSession } from '../../test/fixtures';
import { freshDb } from '../../test/freshDb';
import type { Session } from '../../shared/schemas/session';
import type { AppDb } from './AppDb';
import { ENROLMENT_KEY } from './device';
import { draftKey, loadDraft, saveDraft } from './drafts';
import { isQuotaError, StorageFullError, withQuotaRescue } from './quota';
import { getQuotaNotice, reportQuotaNotice } from './quotaNotices';
import { simulateFullStorage } from './quotaSimulation.testing';
import { createSession } from './sessions';
import { readSentMutations } from './sentLog';
import type { EService, SentMutation } from './tables';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const DAY = 86_400_000;
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
/** What Dexie reports when IndexedDB aborts a transaction for lack of space. */
const wrappedQuotaError = () => Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quotaError() });

let db: AppDb;
let full: ReturnType<typeof simulateFullStorage> | null = null;

function service(code: string, country: EService['country']): EService {
  const names = { sq: code, mk: code, 'sr-Latn': code, 'sr-Cyrl': code, cnr: code, en: code };
  return { code, country, provider: 'Ministry', category: 'civil_registry', names, active: true };
}

/** A tablet after weeks of work: old synced sessions, old pending ones, a held server row, two countries' catalogue. */
async function busyTablet(): Promise<{ oldSynced: Session; oldPending: Session; oldEdited: Session; recentSynced: Session }> {
  const oldSynced = aSession({ occurredAt: '2026-09-01T10:00:00+02:00' });
  const oldPending = aSession({ occurredAt: '2026-09-02T10:00:00+02:00' });
  const oldEdited = aSession({ occurredAt: '2026-09-03T10:00:00+02:00' });
  const recentSynced = aSession({ occurredAt: '2026-11-19T10:00:00+01:00' });
  const local = (s: Session, version: number) => ({ ...s, day: s.occurredAt.slice(0, 10), updatedAt: 1, version });
  await db.sessions.bulkAdd([local(oldSynced, 2), local(oldPending, 0), local(oldEdited, 4), local(recentSynced, 1)]);
  await db.outbox.add({ mutationId: oldPending.id, type: 'session.create', recordId: oldPending.id, payloadVersion: 1, data: oldPending, createdAt: NOW - 80 * DAY });
  await db.outbox.add({ mutationId: `${oldEdited.id}-u`, type: 'session.update', recordId: oldEdited.id, payloadVersion: 1, baseVersion: 4, patch: { notes: 'x' }, createdAt: NOW - 5 * DAY });
  const sent = { type: 'session.create' as const, payloadVersion: 1, createdAt: NOW - 79 * DAY, ackedAt: NOW - 78 * DAY, epoch: 'e1' };
  const mutations: SentMutation[] = [
    { ...sent, deviceSeq: 100, mutationId: `${oldSynced.id}-c`, recordId: oldSynced.id },
    { ...sent, deviceSeq: 101, mutationId: `${recentSynced.id}-c`, recordId: recentSynced.id, ackedAt: NOW - 3_600_000 },
  ];
  await db.sentLog.bulkAdd(mutations);
  await db.catalogue.bulkPut([service('AL-A', 'AL'), service('AL-B', 'AL'), service('MK-A', 'MK'), service('RS-A', 'RS')]);
  await db.meta.put({ key: ENROLMENT_KEY, value: { deviceId: 'd', centreId: oldSynced.centreId, country: 'AL', enrolledAt: '2026-08-01T09:00:00+02:00' } });
  return { oldSynced, oldPending, oldEdited, recentSynced };
}

beforeEach(() => {
  db = freshDb();
  reportQuotaNotice(null);
});
afterEach(() => {
  full?.restore();
  full = null;
});

describe('isQuotaError', () => {
  it.each([
    ['a bare QuotaExceededError', quotaError(), true],
    ['an AbortError wrapping one (Dexie/IndexedDB)', wrappedQuotaError(), true],
    ['one wrapped twice', { name: 'DatabaseClosedError', inner: wrappedQuotaError() }, true],
    ['a plain AbortError', Object.assign(new Error('x'), { name: 'AbortError' }), false],
    ['a constraint error', new DOMException('dup', 'ConstraintError'), false],
    ['nothing', null, false],
  ])('%s → %s', (_label, error, expected) => {
    expect(isQuotaError(error)).toBe(expected);
  });
});

describe('withQuotaRescue around the session write', () => {
  it('frees old synced data, retries once and saves: no pending session is lost', async () => {
    const tablet = await busyTablet();
    full = simulateFullStorage(['sessions', 'outbox'], { freesAfterDelete: true });
    const fresh = aSession({ occurredAt: '2026-11-20T11:00:00+01:00' });

    await withQuotaRescue(() => createSession(fresh), db, () => NOW);

    expect(full.refusedWrites()).toBeGreaterThan(0);
    expect(await db.sessions.get(fresh.id)).toMatchObject({ id: fresh.id, version: 0 });
    expect(await db.outbox.where('recordId').equals(fresh.id).count()).toBe(1);
    // Pending sessions stay, however old; the synced one outside the window left with its sent-log row.
    expect(await db.sessions.get(tablet.oldPending.id)).toBeDefined();
    expect(await db.sessions.get(tablet.oldEdited.id)).toBeDefined();
    expect(await db.sessions.get(tablet.recentSynced.id)).toBeDefined();
    expect(await db.sessions.get(tablet.oldSynced.id)).toBeUndefined();
    expect(await db.outbox.count()).toBe(3);
    expect((await readSentMutations(db)).map((r) => r.recordId)).toEqual([tablet.recentSynced.id]);
    // Other countries' e-services are not used on this tablet.
    expect((await db.catalogue.toArray()).map((s) => s.code).sort()).toEqual(['AL-A', 'AL-B']);
    expect(getQuotaNotice()).toMatchObject({ outcome: 'saved', freed: { sessions: 1, sentLog: 1, catalogue: 2 } });
  });

  it('handles the wrapped AbortError form the same way', async () => {
    await busyTablet();
    const fresh = aSession({ occurredAt: '2026-11-20T11:00:00+01:00' });
    let calls = 0;
    await withQuotaRescue(
      async () => {
        calls += 1;
        if (calls === 1) throw wrappedQuotaError();
        await createSession(fresh);
      },
      db,
      () => NOW,
    );
    expect(calls).toBe(2);
    expect(await db.sessions.get(fresh.id)).toBeDefined();
    expect(getQuotaNotice()?.outcome).toBe('saved');
  });

  it('when still full: throws StorageFullError, keeps every pending session and the draft', async () => {
    const tablet = await busyTablet();
    await saveDraft('new', { notes: 'typed before the disk filled' });
    full = simulateFullStorage(['sessions', 'outbox'], { freesAfterDelete: false });
    const fresh = aSession({ occurredAt: '2026-11-20T11:00:00+01:00' });

    let attempts = 0;
    const save = () => {
      attempts += 1;
      return createSession(fresh, draftKey('new'));
    };
    const failure = await withQuotaRescue(save, db, () => NOW).catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(StorageFullError);
    expect(isQuotaError(failure), 'callers that look at inner still see a quota error').toBe(true);
    expect(attempts, 'one retry, not more').toBe(2);
    expect(full.refusedWrites()).toBeGreaterThanOrEqual(2);
    expect(await db.sessions.get(fresh.id)).toBeUndefined();
    expect(await loadDraft('new')).toEqual({ notes: 'typed before the disk filled' });
    expect(await db.sessions.get(tablet.oldPending.id)).toBeDefined();
    expect(await db.outbox.count()).toBe(2);
    expect(getQuotaNotice()?.outcome).toBe('full');

    // Once there is room again, the next save goes through and the "full" notice goes away.
    full.restore();
    await withQuotaRescue(() => createSession(fresh, draftKey('new')), db, () => NOW);
    expect(await db.sessions.get(fresh.id)).toBeDefined();
    expect(getQuotaNotice()).toBeNull();
  });

  it('unwraps the quota error of a wrapped AbortError for callers that read `inner` (the form says "storage full")', async () => {
    const failure = await withQuotaRescue(() => Promise.reject(wrappedQuotaError()), db, () => NOW).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StorageFullError);
    expect((failure as StorageFullError).inner).toMatchObject({ name: 'QuotaExceededError' });
  });

  it('passes other errors through without freeing anything', async () => {
    await busyTablet();
    await expect(withQuotaRescue(() => Promise.reject(new Error('disk trouble')), db, () => NOW)).rejects.toThrow('disk trouble');
    expect(await db.catalogue.count()).toBe(4);
    expect(getQuotaNotice()).toBeNull();
  });
});
