import { beforeEach, describe, expect, it, vi } from 'vitest';
import { aSession } from '../../test/fixtures';
import { freshDb } from '../../test/freshDb';
import { rawRows } from '../../test/rawRows';
import { prng } from '../../test/sim/prng';
import {
  ScriptedServer,
  engineFor,
  error,
  ok,
  setUpTablet,
  LOCAL_CENTRE_ID,
  LOCAL_DEVICE_ID,
} from '../../test/sim/scriptedServer';
import type { AppDb } from '../db/AppDb';
import { readSyncMeta } from '../db/syncMeta';
import { createSession, updateSession } from '../db/sessions';
import { getSession } from '../db/sessionReads';
import { pullAll } from './pull';
import { pushAll } from './push';
import { mutationsOf, readSentMutations } from '../db/sentLog';
import type { SentLogEntry } from '../db/tables';
import type { PushRequest } from '../../shared/sync/protocol';

let db: AppDb;
let server: ScriptedServer;
beforeEach(async () => {
  db = freshDb();
  server = new ScriptedServer();
  await setUpTablet(db);
});

/** Queues n sessions straight into the tables (fast), as n createSession calls would. */
async function queue(n: number): Promise<string[]> {
  const sessions = Array.from({ length: n }, () => aSession({ centreId: LOCAL_CENTRE_ID, deviceId: LOCAL_DEVICE_ID }));
  await db.sessions.bulkAdd(sessions.map((s) => ({ ...s, day: '2026-11-20', updatedAt: 1, version: 0 })));
  await db.outbox.bulkAdd(
    sessions.map((s, i) => ({
      mutationId: s.id,
      type: 'session.create' as const,
      recordId: s.id,
      payloadVersion: 1,
      data: s,
      createdAt: i,
    })),
  );
  return sessions.map((s) => s.id);
}

const mutationIds = (push: PushRequest | undefined) => push?.mutations.map((m) => m.mutationId) ?? [];

type StoredRow = { groupsSealed?: Uint8Array; data?: StoredRow; patch?: StoredRow };
const sealedOf = (row: unknown) => {
  const r = row as StoredRow;
  return Array.from(r.data?.groupsSealed ?? r.patch?.groupsSealed ?? r.groupsSealed ?? []);
};

describe('push', () => {
  it('registers first, moving what was logged offline to the server ids', async () => {
    const s = aSession({ centreId: LOCAL_CENTRE_ID, deviceId: LOCAL_DEVICE_ID });
    await createSession(s);
    expect(await engineFor(db, server).runCycle()).toEqual({ kind: 'done' });
    const meta = await readSyncMeta(db);
    expect(meta.credentials).toMatchObject({ token: 'token-1', centreId: '0190f000-0000-7000-8000-0000000000c1' });
    expect(server.pushed[0]?.mutations[0]?.data).toMatchObject({
      centreId: meta.credentials?.centreId,
      deviceId: meta.credentials?.deviceId,
    });
    expect(await db.sessions.get(s.id)).toMatchObject({ centreId: meta.credentials?.centreId, version: 1 });
    expect(server.requests.find((r) => r.path.endsWith('/push'))?.headers.authorization).toBe('Bearer token-1');
  });

  it('drains the outbox oldest first in batches of at most 200, acknowledging each in one go', async () => {
    const ids = await queue(450);
    await engineFor(db, server).runCycle();
    expect(server.pushed.map((p) => p.mutations.length)).toEqual([200, 200, 50]);
    expect(server.pushed.flatMap(mutationIds)).toEqual(ids);
    expect(server.pushed.flatMap((p) => p.mutations.map((m) => m.deviceSeq))).toEqual(ids.map((_, i) => i + 1));
    expect(await db.outbox.count()).toBe(0);
    expect(await readSentMutations(db)).toHaveLength(450);
    expect((await db.sessions.toArray()).every((s) => s.version === 1)).toBe(true);
  });

  it('cuts the next batch while one travels, yet re-sends a row the answer left out before it (FIFO)', async () => {
    const ids = await queue(300);
    server.once((r) => {
      if (!r.path.endsWith('/push')) return undefined;
      const [, ...answered] = (r.body as PushRequest).mutations;
      return ok({ results: answered.map((m) => server.apply(m)), serverTime: '', serverEpoch: 'epoch-1' });
    });
    expect(await engineFor(db, server).runCycle()).toEqual({ kind: 'done' });
    expect(server.pushed.map(mutationIds)).toEqual([ids.slice(0, 200), [ids[0]], ids.slice(200)]);
    const [first, again, last] = server.pushed;
    expect(again?.batchId).toBe(first?.batchId); // the same batch, sent again as it was
    expect(last?.batchId).not.toBe(first?.batchId);
    expect(await db.outbox.count()).toBe(0);
    expect(await readSentMutations(db)).toHaveLength(300);
  });

  it('sends the next batch while an answer is applied; a failed apply stops the run and its batch goes again as it was', async () => {
    const ids = await queue(450);
    vi.spyOn(db.sentLog, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    expect(await engineFor(db, server).runCycle()).toMatchObject({ kind: 'failed' });
    // The second batch left while the first answer was being applied; neither answer was applied after the failure.
    expect(server.pushed.map(mutationIds)).toEqual([ids.slice(0, 200), ids.slice(200, 400)]);
    expect(await db.outbox.count()).toBe(450);
    expect(await readSentMutations(db)).toHaveLength(0);

    expect(await engineFor(db, server).runCycle()).toEqual({ kind: 'done' });
    const [first, second, again, secondAgain] = server.pushed;
    expect([again?.batchId, secondAgain?.batchId]).toEqual([first?.batchId, second?.batchId]);
    expect(server.pushed.slice(2).flatMap(mutationIds)).toEqual(ids);
    expect(await db.outbox.count()).toBe(0);
    expect(await readSentMutations(db)).toHaveLength(450);
  });

  it('sends no local bookkeeping fields (the server schema is strict)', async () => {
    await queue(1);
    await engineFor(db, server).runCycle();
    expect(Object.keys(server.pushed[0]!.mutations[0]!).sort()).toEqual([
      'data',
      'deviceSeq',
      'mutationId',
      'payloadVersion',
      'recordId',
      'type',
    ]);
  });

  it('halves the batch on 413 until it fits, losing and reordering nothing', async () => {
    const ids = await queue(120);
    for (let i = 0; i < 2; i++)
      server.once((r) =>
        r.path.endsWith('/push') && (r.body as PushRequest).mutations.length > 30
          ? error(413, 'BODY_TOO_LARGE')
          : undefined,
      );
    await engineFor(db, server).runCycle();
    expect(server.pushed.map((p) => p.mutations.length)).toEqual([120, 60, 30, 30, 30, 30]);
    expect(server.pushed.slice(2).flatMap(mutationIds)).toEqual(ids);
    expect(await db.outbox.count()).toBe(0);
  });

  it('moves a single mutation the server cannot take (413) to the dead letters and goes on', async () => {
    const ids = await queue(2);
    server.once((r) => (r.path.endsWith('/push') ? error(413, 'BODY_TOO_LARGE') : undefined));
    server.once((r) => (r.path.endsWith('/push') ? error(413, 'BODY_TOO_LARGE') : undefined));
    await engineFor(db, server).runCycle();
    expect((await db.deadLetters.toArray()).map((d) => [d.mutationId, d.code])).toEqual([[ids[0], 'TOO_LARGE']]);
    expect(mutationIds(server.pushed.at(-1))).toEqual([ids[1]]);
    expect(await db.outbox.count()).toBe(0);
  });

  it('dead-letters a rejected mutation with its code and message, and the queue goes on', async () => {
    const ids = await queue(3);
    server.once((r) => {
      if (!r.path.endsWith('/push')) return undefined;
      const [a, b, c] = (r.body as PushRequest).mutations;
      const rejected = {
        mutationId: b!.mutationId,
        status: 'rejected' as const,
        code: 'INVALID_DATA' as const,
        message: 'no',
        retryable: false as const,
      };
      return ok({
        results: [
          server.apply(a!),
          rejected,
          { mutationId: c!.mutationId, status: 'duplicate', result: server.apply(c!) },
        ],
        serverTime: '',
        serverEpoch: 'epoch-1',
      });
    });
    expect(await engineFor(db, server).runCycle()).toEqual({ kind: 'done' });
    expect(await db.deadLetters.toArray()).toEqual([
      expect.objectContaining({ mutationId: ids[1], code: 'INVALID_DATA', message: 'no' }),
    ]);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.sessions.get(ids[1]!)).toBeUndefined(); // a refused create: its data lives on in the dead letter
    expect((await readSentMutations(db)).map((r) => r.mutationId)).toEqual([ids[0], ids[2]]);
  });

  it('a push sends the groups open, while the stamp and the acknowledgement move the sealed bytes as they are', async () => {
    await engineFor(db, server).runCycle(); // registered first: moving offline rows to the server's ids would seal them anew
    const { credentials } = await readSyncMeta(db);
    const session = aSession({
      centreId: credentials?.centreId,
      deviceId: credentials?.deviceId,
      groups: ['roma_egyptian', 'disability'],
    });
    await createSession(session);
    await updateSession({ ...session, groups: ['disability'] });
    const queued = await rawRows(db.name, 'outbox');
    const [stored] = await rawRows(db.name, 'sessions');
    expect(queued.map(sealedOf)).not.toContainEqual([]);

    await pushAll({ db, transport: server.transport, now: () => Date.now(), random: prng(1) });

    expect(server.pushed[0]?.mutations[0]?.data).toMatchObject({ groups: ['roma_egyptian', 'disability'] });
    const sent = mutationsOf((await rawRows(db.name, 'sentLog')) as SentLogEntry[]);
    const [acknowledged] = await rawRows(db.name, 'sessions');
    // Sealing again would draw a new nonce: equal bytes show the rows were never opened and sealed again.
    expect(sent.map(sealedOf)).toEqual(queued.map(sealedOf));
    expect(sealedOf(acknowledged)).toEqual(sealedOf(stored));
    expect(JSON.stringify([sent, acknowledged])).not.toContain('roma_egyptian');
    expect(await db.outbox.count()).toBe(0);
    expect(await getSession(session.id)).toMatchObject({ version: 2, groups: ['disability'] });
    expect((await readSentMutations(db))[0]?.data).toMatchObject({ groups: ['roma_egyptian', 'disability'] });
  });

  it('leaves a session only created here at version 0 until the pull that follows brings version 1', async () => {
    await engineFor(db, server).runCycle();
    const { credentials } = await readSyncMeta(db);
    const session = aSession({ centreId: credentials?.centreId, deviceId: credentials?.deviceId });
    await createSession(session);
    const deps = { db, transport: server.transport, now: () => Date.now(), random: prng(1) };
    await pushAll(deps);
    expect(await getSession(session.id)).toMatchObject({ version: 0 });
    await pullAll(deps);
    expect(await getSession(session.id)).toMatchObject({ version: 1 });
  });
});
