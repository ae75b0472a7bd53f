import { beforeEach, describe, expect, it, vi } from 'vitest';
import { aSession } from '../../test/fixtures';
import { freshDb } from '../../test/freshDb';
import { ScriptedServer, SERVER_CENTRE, engineFor, setUpTablet, LOCAL_CENTRE_ID, LOCAL_DEVICE_ID } from '../../test/sim/scriptedServer';
import type { AppDb } from '../db/AppDb';
import { getDeviceProfile, saveDeviceSetup } from '../db/device';
import { listDeadLetters } from '../db/outbox';
import { deleteSession, restoreSession } from '../db/sessionDeletes';
import { createSession } from '../db/sessions';
import { readSyncMeta } from '../db/syncMeta';
import type { PushRequest } from '../../shared/sync/protocol';

let db: AppDb;
let server: ScriptedServer;
beforeEach(() => {
  db = freshDb();
  server = new ScriptedServer();
});

describe('sync engine', () => {
  it('says "not set up" before the device setup, without calling the server', async () => {
    expect(await engineFor(db, server).runCycle()).toMatchObject({ kind: 'failed', code: 'not_set_up', isFatal: false });
    expect(server.requests).toEqual([]);
  });

  it('joins a centre the server already knows, keeping its id', async () => {
    const profile = { deviceId: LOCAL_DEVICE_ID, centreId: SERVER_CENTRE.id, country: 'AL' as const, volunteerId: LOCAL_DEVICE_ID, volunteerName: 'Besa', setUpAt: '' };
    await saveDeviceSetup(profile, SERVER_CENTRE);
    await engineFor(db, server).runCycle();
    expect(server.requests.find((r) => r.path.endsWith('/register-device'))?.body).toEqual({ centreId: SERVER_CENTRE.id, label: 'Besa' });
    expect(await getDeviceProfile()).toMatchObject({ centreId: SERVER_CENTRE.id, deviceId: (await readSyncMeta(db)).credentials?.deviceId });
  });

  it('moves a tablet set up offline to the server centre, leaving no trace of the local one', async () => {
    await setUpTablet(db);
    await engineFor(db, server).runCycle();
    expect(await getDeviceProfile()).toMatchObject({ centreId: SERVER_CENTRE.id });
    expect((await db.centres.toArray()).map((c) => c.id)).toEqual([SERVER_CENTRE.id]);
    expect(await db.centres.get(LOCAL_CENTRE_ID)).toBeUndefined();
  });

  it('holds app updates while it writes, and reports progress in its state', async () => {
    await setUpTablet(db);
    await createSession(aSession({ centreId: LOCAL_CENTRE_ID, deviceId: LOCAL_DEVICE_ID }));
    const hold = vi.fn();
    const engine = engineFor(db, server, { holdUpdates: hold });
    const seen: boolean[] = [];
    engine.state.subscribe(() => seen.push(engine.state.getSnapshot().isSyncing));
    const run = engine.runCycle();
    expect(engine.runCycle()).toBe(run); // one run at a time
    await run;
    expect(hold.mock.calls).toEqual([[true], [false]]);
    expect(seen[0]).toBe(true);
    expect(engine.state.getSnapshot()).toMatchObject({ isSyncing: false, pendingCount: 0, lastSyncedAt: Date.parse('2026-03-10T10:00:00Z'), error: null });
  });

  it('undo of a delete that already left the device queues a restore instead of dropping it', async () => {
    await setUpTablet(db);
    const s = aSession({ centreId: LOCAL_CENTRE_ID, deviceId: LOCAL_DEVICE_ID });
    await createSession(s);
    await deleteSession(s.id);
    server.once((r) => (r.path.endsWith('/push') ? 'network-error' : undefined));
    await engineFor(db, server).runCycle(); // create and delete sent, answer lost
    await restoreSession(s.id);
    expect((await db.outbox.orderBy('deviceSeq').toArray()).map((r) => r.type)).toEqual(['session.create', 'session.delete', 'session.restore']);
    await engineFor(db, server).runCycle();
    const types = server.pushed.map((p) => p.mutations.map((m) => m.type));
    expect(types).toEqual([['session.create', 'session.delete'], ['session.create', 'session.delete'], ['session.restore']]);
    expect(server.pushed[1]?.batchId).toBe(server.pushed[0]?.batchId);
  });

  it('lists dead letters newest first for the screen that shows them', async () => {
    await setUpTablet(db);
    await createSession(aSession({ centreId: LOCAL_CENTRE_ID, deviceId: LOCAL_DEVICE_ID }));
    server.once((r) => {
      if (!r.path.endsWith('/push')) return undefined;
      const m = (r.body as PushRequest).mutations[0]!;
      return { status: 200, headers: {}, body: { results: [{ mutationId: m.mutationId, status: 'rejected', code: 'FORBIDDEN', message: 'not yours', retryable: false }], serverTime: '', serverEpoch: 'epoch-1' } };
    });
    const engine = engineFor(db, server);
    await engine.runCycle();
    expect((await listDeadLetters(db)).map((d) => [d.code, d.message, d.type])).toEqual([['FORBIDDEN', 'not yours', 'session.create']]);
    expect(engine.state.getSnapshot().deadLetterCount).toBe(1);
  });
});
