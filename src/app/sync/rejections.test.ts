import { beforeEach, describe, expect, it } from 'vitest';
import { aSession } from '../../test/fixtures';
import { freshDb } from '../../test/freshDb';
import { ScriptedServer, SCOPE, SERVER_CENTRE, engineFor, sessionChange, setUpTablet } from '../../test/sim/scriptedServer';
import type { AppDb } from '../db/AppDb';
import { deleteSession, restoreSession } from '../db/sessionDeletes';
import { updateSession } from '../db/sessions';
import { readSyncMeta } from '../db/syncMeta';
import type { MutationResult, PushRequest, RejectCode } from '../../shared/sync/protocol';
import type { Session } from '../../shared/schemas/session';
import type { SyncEngine } from './engine';

let db: AppDb;
let server: ScriptedServer;
let engine: SyncEngine;
let s: Session;
beforeEach(async () => {
  db = freshDb();
  server = new ScriptedServer();
  await setUpTablet(db);
  engine = engineFor(db, server);
  s = aSession({ centreId: SERVER_CENTRE.id, durationMin: 10 });
  server.seed(sessionChange(s, 1));
  await engine.runCycle();
});

/** The server refuses every mutation of the next push with `code`. */
function refuseNextPush(code: RejectCode): void {
  server.once((r) => {
    if (!r.path.endsWith('/push')) return undefined;
    const results: MutationResult[] = (r.body as PushRequest).mutations.map((m) => ({ mutationId: m.mutationId, status: 'rejected', code, message: code, retryable: false }));
    return { status: 200, headers: {}, body: { results, serverTime: '', serverEpoch: 'epoch-1' } };
  });
}

describe('what a refusal does to the local copy', () => {
  it('an edit refused for an unknown reason: the centre is pulled again from zero and the server copy wins', async () => {
    await updateSession({ ...s, durationMin: 99 });
    refuseNextPush('INVALID_DATA');
    expect(await engine.runCycle()).toEqual({ kind: 'done' });
    const pulls = server.requests.filter((r) => r.path.endsWith('/pull')).map((r) => (r.body as { cursors: object }).cursors);
    expect(pulls.at(-1)).not.toHaveProperty(SCOPE);
    expect(await db.sessions.get(s.id)).toMatchObject({ durationMin: 10, version: 1 });
    expect((await readSyncMeta(db)).cursors[SCOPE]).toBe(1);
    expect(await db.deadLetters.count()).toBe(1);
  });

  it('an edit of a session the server no longer has (NOT_FOUND): the local row goes, no re-pull', async () => {
    await updateSession({ ...s, durationMin: 99 });
    refuseNextPush('NOT_FOUND');
    await engine.runCycle();
    expect(await db.sessions.get(s.id)).toBeUndefined();
    const pulls = server.requests.filter((r) => r.path.endsWith('/pull')).map((r) => (r.body as { cursors: object }).cursors);
    expect(pulls.at(-1)).toHaveProperty(SCOPE);
  });

  it('an undo refused because someone else deleted it: the session stays deleted', async () => {
    await deleteSession(s.id);
    await engine.runCycle();
    await restoreSession(s.id);
    refuseNextPush('FORBIDDEN');
    await engine.runCycle();
    const local = await db.sessions.get(s.id);
    expect(local === undefined || local.deletedAt !== undefined).toBe(true);
  });
});
