import { beforeEach, describe, expect, it, vi } from 'vitest';
import { aSession } from '../../test/fixtures';
import { freshDb } from '../../test/freshDb';
import { ScriptedServer, SCOPE, SERVER_CENTRE, engineFor, sessionChange, setUpTablet } from '../../test/sim/scriptedServer';
import type { AppDb } from '../db/AppDb';
import { createSession, updateSession } from '../db/sessions';
import { currentSeal } from '../db/sealing/dataKey';
import { readSyncMeta } from '../db/syncMeta';
import { rawRows } from '../../test/rawRows';
import { CATALOGUE_SCOPE, type Change } from '../../shared/sync/protocol';
import type { Session } from '../../shared/schemas/session';
import type { SyncDeps } from './context';
import type { SyncEngine } from './engine';
import { pullAll } from './pull';
import { pushAll } from './push';

let db: AppDb;
let server: ScriptedServer;
let engine: SyncEngine;
let deps: SyncDeps;
beforeEach(async () => {
  db = freshDb();
  server = new ScriptedServer();
  await setUpTablet(db);
  engine = engineFor(db, server);
  deps = { db, transport: server.transport, now: () => 1, random: () => 0.5 };
  await engine.runCycle(); // registered, cursors known
});

const other = (overrides: Partial<Session> = {}) => aSession({ centreId: SERVER_CENTRE.id, ...overrides });
const pullBodies = () => server.requests.filter((r) => r.path.endsWith('/pull')).map((r) => r.body as { cursors: Record<string, number> });

describe('pull', () => {
  it('pulls page after page until hasMore is false, keeping a cursor per scope', async () => {
    const [a, b, c] = [other(), other(), other()];
    server.page([sessionChange(a, 1), sessionChange(b, 2)], { [SCOPE]: 2 }, { hasMore: true }).page([sessionChange(c, 3)], { [SCOPE]: 3 });
    await engine.runCycle();
    expect(pullBodies().slice(-2).map((p) => p.cursors[SCOPE])).toEqual([0, 2]);
    expect((await readSyncMeta(db)).cursors).toEqual({ [SCOPE]: 3 });
    expect((await db.sessions.toArray()).map((s) => s.id).sort()).toEqual([a.id, b.id, c.id].sort());
  });

  it('applies a page and its cursor in one transaction: a failure in between advances nothing', async () => {
    const [a, b] = [other(), other()];
    let puts = 0;
    const fail = () => {
      if (++puts === 2) throw new Error('disk trouble');
    };
    db.sessions.hook('creating', fail);
    server.page([sessionChange(a, 1), sessionChange(b, 2)], { [SCOPE]: 2 });
    expect(await engine.runCycle()).toMatchObject({ kind: 'failed', code: 'sync_failed' });
    expect(await db.sessions.count()).toBe(0);
    expect((await readSyncMeta(db)).cursors[SCOPE]).toBe(0);
    db.sessions.hook('creating').unsubscribe(fail);
    server.page([sessionChange(a, 1), sessionChange(b, 2)], { [SCOPE]: 2 });
    expect(await engine.runCycle()).toEqual({ kind: 'done' });
    expect(pullBodies().at(-1)?.cursors[SCOPE]).toBe(0);
    expect(await db.sessions.count()).toBe(2);
  });

  it('asks for the next page while one is applied, from the cursors that page leaves', async () => {
    const [a, b, c] = [other(), other(), other()];
    server.page([sessionChange(a, 1), sessionChange(b, 2)], { [SCOPE]: 2 }, { hasMore: true }).page([sessionChange(c, 3)], { [SCOPE]: 3 });
    const pullsAtFirstWrite: number[] = [];
    const note = () => {
      pullsAtFirstWrite.push(pullBodies().length);
    };
    const before = pullBodies().length;
    db.sessions.hook('creating', note);
    expect(await engine.runCycle()).toEqual({ kind: 'done' });
    db.sessions.hook('creating').unsubscribe(note);
    expect(pullsAtFirstWrite[0]).toBe(before + 2); // page 2 was asked for before page 1 was written
    expect(pullBodies().slice(before, before + 2).map((p) => p.cursors[SCOPE])).toEqual([0, 2]);
    expect((await db.sessions.toArray()).map((s) => s.id).sort()).toEqual([a.id, b.id, c.id].sort());
  });

  it('seals a page\'s groups once, as soon as it arrives, and stores them sealed', async () => {
    const rows = [other({ groups: ['roma_egyptian'] }), other({ groups: [] }), other({ groups: ['disability', 'rural'] })];
    server.page([sessionChange(rows[0]!, 1), sessionChange(rows[1]!, 2)], { [SCOPE]: 2 }, { hasMore: true }).page([sessionChange(rows[2]!, 3)], { [SCOPE]: 3 });
    const seal = vi.spyOn(currentSeal()!, 'seal');
    const sealedAtFirstWrite: number[] = [];
    const note = () => {
      sealedAtFirstWrite.push(seal.mock.calls.length);
    };
    db.sessions.hook('creating', note);
    expect(await engine.runCycle()).toEqual({ kind: 'done' });
    db.sessions.hook('creating').unsubscribe(note);
    const sealings = seal.mock.calls.length;
    seal.mockRestore();
    expect(sealedAtFirstWrite[0]).toBeGreaterThanOrEqual(2); // page 1 was sealed before its transaction wrote it
    expect(sealings).toBe(3); // once per session: the transactions used what was sealed ahead
    const stored = JSON.stringify(await rawRows(db.name, 'sessions'));
    for (const word of ['roma_egyptian', 'disability', 'rural']) expect(stored).not.toContain(word);
    const read = new Map((await db.sessions.toArray()).map((s) => [s.id, s.groups]));
    expect(rows.map((r) => read.get(r.id))).toEqual([['roma_egyptian'], [], ['disability', 'rural']]);
  });

  it('drops the page asked for ahead when the page before it fails to apply', async () => {
    const [a, b, c] = [other(), other(), other()];
    for (const [row, seq] of [[a, 1], [b, 2], [c, 3]] as const) server.seed(sessionChange(row, seq));
    server.page([sessionChange(a, 1), sessionChange(b, 2)], { [SCOPE]: 2 }, { hasMore: true }).page([sessionChange(c, 3)], { [SCOPE]: 3 });
    const fail = () => {
      throw new Error('disk trouble');
    };
    db.sessions.hook('creating', fail);
    expect(await engine.runCycle()).toMatchObject({ kind: 'failed', code: 'sync_failed' });
    db.sessions.hook('creating').unsubscribe(fail);
    expect(await db.sessions.count()).toBe(0); // page 2 never lands without page 1
    expect((await readSyncMeta(db)).cursors[SCOPE]).toBe(0);
    expect(await engine.runCycle()).toEqual({ kind: 'done' });
    expect(pullBodies().at(-1)?.cursors[SCOPE]).toBe(0); // asked again from where the stored cursor is
    expect((await db.sessions.toArray()).map((s) => s.id).sort()).toEqual([a.id, b.id, c.id].sort());
  });

  it('holds a pulled row of a record with pending changes, and applies it once the outbox drains', async () => {
    const s = other({ durationMin: 10 });
    server.page([sessionChange(s, 1)], { [SCOPE]: 1 });
    await engine.runCycle();
    await updateSession({ ...s, notes: 'mine' });
    server.page([sessionChange({ ...s, durationMin: 40 }, 2, 2)], { [SCOPE]: 2 });
    await pullAll(deps); // another tablet's edit arrives while this one's is still queued
    expect(await db.sessions.get(s.id)).toMatchObject({ durationMin: 10, notes: 'mine' });
    expect(await db.heldChanges.get(s.id)).toMatchObject({ change: { version: 2 } });
    server.seed(sessionChange({ ...s, durationMin: 40 }, 2, 2));
    await pushAll(deps); // acknowledged as version 3: the held version 2 is older and is dropped
    expect(await db.heldChanges.count()).toBe(0);
    expect(await db.sessions.get(s.id)).toMatchObject({ durationMin: 10, notes: 'mine', version: 3 });
    await engine.runCycle(); // the merged version 3 arrives by pull
    expect(await db.sessions.get(s.id)).toMatchObject({ durationMin: 40, notes: 'mine', version: 3 });
  });

  it('applies a held row once the outbox drains when it is not older than the acknowledged version', async () => {
    const s = other();
    server.page([sessionChange(s, 1)], { [SCOPE]: 1 });
    await engine.runCycle();
    await updateSession({ ...s, notes: 'mine' });
    server.seed(sessionChange({ ...s, durationMin: 40 }, 2, 2));
    server.once((r) => (r.path.endsWith('/push') ? 'network-error' : undefined));
    await expect(pushAll(deps)).rejects.toThrow(); // the answer never came: stamped, still queued
    server.page([sessionChange({ ...s, durationMin: 40, notes: 'mine' }, 3, 3)], { [SCOPE]: 3 });
    await pullAll(deps);
    expect(await db.heldChanges.count()).toBe(1);
    await pushAll(deps);
    expect(await db.sessions.get(s.id)).toMatchObject({ durationMin: 40, notes: 'mine', version: 3 });
  });

  it('hides a session deleted on the server and replaces catalogue rows', async () => {
    const s = other();
    const service = { code: 'AL-X', country: 'AL', provider: 'p', category: 'tax', names: {}, active: true };
    const catalogue = (seq: number, data: object | null): Change => ({ scope: CATALOGUE_SCOPE, entity: 'eService', id: 'AL-X', changeSeq: seq, version: seq, deleted: data === null, data: data as Record<string, unknown> | null });
    server.page([sessionChange(s, 1), catalogue(1, service)], { [SCOPE]: 1, [CATALOGUE_SCOPE]: 1 });
    await engine.runCycle();
    expect(await db.catalogue.get('AL-X')).toMatchObject({ provider: 'p' });
    server.page([sessionChange(s, 2, 2, true), catalogue(2, { ...service, provider: 'q' })], { [SCOPE]: 2, [CATALOGUE_SCOPE]: 2 });
    await engine.runCycle();
    expect(await db.sessions.get(s.id)).toMatchObject({ deletedAt: '2026-03-10T10:00:00.000Z', version: 2 });
    expect(await db.catalogue.get('AL-X')).toMatchObject({ provider: 'q' });
  });

  it('on resync drops the cursors, pulls from zero, removes what the server lost and re-pushes its own', async () => {
    const [kept, gone] = [other(), other()];
    server.page([sessionChange(kept, 1), sessionChange(gone, 2)], { [SCOPE]: 2 });
    await engine.runCycle();
    const mine = aSession({ centreId: (await readSyncMeta(db)).credentials?.centreId });
    await createSession(mine);
    // Restored from a backup: the next pull says resync, then hands out what the backup held.
    server.page([], { [SCOPE]: 0 }, { resync: true }).page([sessionChange(kept, 1)], { [SCOPE]: 1 });
    server.epoch = 'epoch-2';
    expect(await engine.runCycle()).toEqual({ kind: 'done' });
    expect(pullBodies().some((p) => Object.keys(p.cursors).length === 0)).toBe(true);
    expect(server.pushed.filter((p) => p.mutations.some((m) => m.recordId === mine.id))).toHaveLength(2);
    expect((await db.sessions.toArray()).map((s) => s.id).sort()).toEqual([kept.id, mine.id].sort());
    expect(await readSyncMeta(db)).toMatchObject({ needsRebase: false, sweeping: {} });
  });

  it('drops a removed scope, but never a session with pending changes', async () => {
    const [a, b] = [other(), other()];
    server.page([sessionChange(a, 1), sessionChange(b, 2)], { [SCOPE]: 2 });
    await engine.runCycle();
    await updateSession({ ...b, notes: 'pending' });
    server.page([], {}, { removedScopes: [SCOPE] });
    await pullAll(deps);
    expect((await db.sessions.toArray()).map((s) => s.id)).toEqual([b.id]);
    expect((await readSyncMeta(db)).cursors).toEqual({});
  });
});
