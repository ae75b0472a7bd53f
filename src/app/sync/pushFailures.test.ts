import { beforeEach, describe, expect, it } from 'vitest';
import { aSession } from '../../test/fixtures';
import { freshDb } from '../../test/freshDb';
import { ScriptedServer, engineFor, error, setUpTablet, LOCAL_CENTRE_ID, LOCAL_DEVICE_ID } from '../../test/sim/scriptedServer';
import type { AppDb } from '../db/AppDb';
import { createSession } from '../db/sessions';
import { readSyncMeta } from '../db/syncMeta';
import { SERVER_EPOCH_HEADER } from '../../shared/sync/protocol';

let db: AppDb;
let server: ScriptedServer;
beforeEach(async () => {
  db = freshDb();
  server = new ScriptedServer();
  await setUpTablet(db);
  await createSession(aSession({ centreId: LOCAL_CENTRE_ID, deviceId: LOCAL_DEVICE_ID }));
  await createSession(aSession({ centreId: LOCAL_CENTRE_ID, deviceId: LOCAL_DEVICE_ID }));
});

const onPush = (reply: ReturnType<typeof error> | 'network-error') => (r: { path: string }) => (r.path.endsWith('/push') ? reply : undefined);

describe('push failures', () => {
  it('retries the same batch after a 5xx, honouring Retry-After, outbox kept', async () => {
    server.once(onPush(error(503, 'SERVICE_UNAVAILABLE', undefined, { 'retry-after': '30' })));
    const engine = engineFor(db, server);
    expect(await engine.runCycle()).toMatchObject({ kind: 'failed', code: 'server_unavailable', isFatal: false, retryAfterMs: 30_000 });
    expect(await db.outbox.count()).toBe(2);
    expect(engine.state.getSnapshot()).toMatchObject({ error: 'server_unavailable', pendingCount: 2, isSyncing: false });
    expect(await engine.runCycle()).toEqual({ kind: 'done' });
    const [first, second] = server.pushed;
    expect(second).toEqual(first); // same batchId, same mutations, same order
    expect(await db.outbox.count()).toBe(0);
    expect(engine.state.getSnapshot()).toMatchObject({ error: null, pendingCount: 0 });
  });

  it('retries the same batch after no answer at all (offline), even across an app restart', async () => {
    server.once(onPush('network-error')).once(onPush(error(429, 'RATE_LIMITED')));
    expect(await engineFor(db, server).runCycle()).toMatchObject({ kind: 'failed', code: 'offline' });
    expect(await engineFor(db, server).runCycle()).toMatchObject({ kind: 'failed', code: 'server_unavailable' });
    expect(await engineFor(db, server).runCycle()).toEqual({ kind: 'done' });
    expect(new Set(server.pushed.map((p) => JSON.stringify(p))).size).toBe(1);
  });

  it('re-registers once on 401 and pushes with the new token; outbox kept when it stays 401', async () => {
    await engineFor(db, server).runCycle();
    await createSession(aSession({ centreId: (await readSyncMeta(db)).credentials?.centreId }));
    server.once(onPush(error(401, 'UNAUTHENTICATED')));
    expect(await engineFor(db, server).runCycle()).toEqual({ kind: 'done' });
    const register = server.requests.filter((r) => r.path.endsWith('/register-device'));
    expect(register.at(-1)?.body).toEqual({ centreId: '0190f000-0000-7000-8000-0000000000c1', label: 'Arta' });
    expect(server.requests.filter((r) => r.path.endsWith('/push')).at(-1)?.headers.authorization).toBe('Bearer token-2');
    expect((await readSyncMeta(db)).deviceIds).toHaveLength(2);

    await createSession(aSession({ centreId: (await readSyncMeta(db)).credentials?.centreId }));
    server.once(onPush(error(401, 'UNAUTHENTICATED'))).once(onPush(error(401, 'UNAUTHENTICATED')));
    expect(await engineFor(db, server).runCycle()).toMatchObject({ kind: 'failed', code: 'unauthorized', isFatal: false });
    expect(await db.outbox.count()).toBe(1);
  });

  it('stops on 403 DEVICE_REVOKED and says why, keeping the outbox', async () => {
    server.once(onPush(error(403, 'DEVICE_REVOKED')));
    const engine = engineFor(db, server);
    expect(await engine.runCycle()).toMatchObject({ kind: 'failed', code: 'device_revoked', isFatal: true });
    expect(engine.state.getSnapshot().error).toBe('device_revoked');
    expect(await db.outbox.count()).toBe(2);
  });

  it('says the app is too old on 426, and tells a too-old server apart', async () => {
    server.once(onPush(error(426, 'APP_TOO_OLD')));
    expect(await engineFor(db, server).runCycle()).toMatchObject({ kind: 'failed', code: 'app_too_old', isFatal: true });
    server.once(onPush(error(426, 'APP_TOO_OLD', { payloadVersion: 2, serverSchemaVersion: 1 })));
    expect(await engineFor(db, server).runCycle()).toMatchObject({ kind: 'failed', code: 'server_too_old', isFatal: true });
    expect(await db.outbox.count()).toBe(2);
  });

  it('on 409 EPOCH_CHANGED drops the cursors, pulls from zero and re-pushes what it authored', async () => {
    await engineFor(db, server).runCycle();
    const firstRound = server.pushed.flatMap((p) => p.mutations.map((m) => m.mutationId));
    expect((await readSyncMeta(db)).cursors).not.toEqual({});
    server.rows.clear(); // restored from a backup older than those two sessions
    server.epoch = 'epoch-2';
    await createSession(aSession({ centreId: (await readSyncMeta(db)).credentials?.centreId }));
    server.once((r) => (r.path.endsWith('/push') && r.headers[SERVER_EPOCH_HEADER] === 'epoch-1' ? error(409, 'EPOCH_CHANGED', { serverEpoch: 'epoch-2' }) : undefined));
    expect(await engineFor(db, server).runCycle()).toEqual({ kind: 'done' });
    const pulls = server.requests.filter((r) => r.path.endsWith('/pull'));
    expect(pulls.at(-2)?.body).toMatchObject({ cursors: {}, serverEpoch: 'epoch-2' });
    const rePushed = server.pushed.at(-1)!.mutations.map((m) => m.mutationId);
    expect(rePushed.slice(0, 2)).toEqual(firstRound);
    expect(rePushed).toHaveLength(3);
    expect(await db.sessions.count()).toBe(3);
    expect(await readSyncMeta(db)).toMatchObject({ epoch: 'epoch-2', needsRebase: false });
  });
});
