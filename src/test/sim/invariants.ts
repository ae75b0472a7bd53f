import { expect } from 'vitest';
import { toSession } from '../../app/db/sessionReads';
import { readSyncMeta } from '../../app/db/syncMeta';
import { isSameValue } from '../../shared/sync/patch';
import { CATALOGUE_SCOPE, CENTRES_SCOPE, centreScope, type MutationResult } from '../../shared/sync/protocol';
import { fromJson } from '../../server/store/dialect';
import type { World } from './runScenario';
import type { SimDevice } from './simDevice';
import { receivedKey } from './simNetwork';

/**
 * After quiescence (DESIGN.md §10): each mutation applied exactly once or in a dead-letter list; every
 * device equals the server in its scopes; no cursor skipped a row.
 */
export async function checkInvariants(world: World): Promise<void> {
  const server = world.network.server;
  const ledgerRows = await server.db.selectFrom('applied_mutations').select(['mutation_id', 'result']).execute();
  const ledger = new Map(ledgerRows.map((r) => [r.mutation_id, firstAnswer(fromJson<MutationResult>(r.result))]));
  const epoch = server.store.serverEpoch();
  const rows = await serverRows(world);
  simStats.runs++;
  simStats.sessions += rows.sessions.length;
  simStats.deletedSessions += rows.sessions.filter((r) => r.deleted_at !== null).length;
  simStats.merged += ledgerRows.filter((r) => fromJson<MutationResult>(r.result).status === 'merged').length;
  simStats.rejected += [...ledger.values()].filter((r) => r.status === 'rejected').length;
  simStats.epochs += epoch === world.firstEpoch ? 0 : 1;
  for (const [i, d] of world.devices.entries()) {
    const at = `device ${i}`;
    await checkQueues(d, at);
    await checkMutations(d, ledger, at);
    await checkSessions(d, rows.sessions, at);
    await checkReference(d, rows, at);
    await checkCursors(d, rows, epoch, at);
  }
}

async function serverRows(world: World) {
  const db = world.network.server.db;
  const scope = centreScope(world.centre.id);
  const sessions = await db.selectFrom('sessions').selectAll().where('scope', '=', scope).execute();
  const catalogue = await db.selectFrom('e_services').selectAll().execute();
  const centres = await db.selectFrom('centres').selectAll().execute();
  const seqs = new Map((await db.selectFrom('scope_seqs').selectAll().execute()).map((r) => [r.scope, Number(r.last_seq)]));
  return { scope, sessions, catalogue, centres, seqs };
}
type ServerRows = Awaited<ReturnType<typeof serverRows>>;

async function checkQueues(d: SimDevice, at: string): Promise<void> {
  const meta = await readSyncMeta(d.db);
  expect(await d.db.outbox.count(), `${at}: outbox drained`).toBe(0);
  expect(await d.db.heldChanges.count(), `${at}: nothing held`).toBe(0);
  expect(await d.db.sweepCandidates.count(), `${at}: no sweep left`).toBe(0);
  expect({ needsRebase: meta.needsRebase, sweeping: meta.sweeping }, `${at}: recovery finished`).toEqual({ needsRebase: false, sweeping: {} });
}

async function checkMutations(d: SimDevice, ledger: Map<string, MutationResult>, at: string): Promise<void> {
  const dead = new Map((await d.db.deadLetters.toArray()).map((r) => [r.mutationId, r]));
  for (const id of d.owed) {
    const result = ledger.get(id);
    if (d.cancelled.has(id)) {
      expect(result, `${at}: undone delete ${id} never reached the server`).toBeUndefined();
      continue;
    }
    const letter = dead.get(id);
    if (result === undefined) {
      // Refused on the device (TOO_LARGE, MALFORMED) or by a server whose ledger a restore rolled back.
      expect(letter, `${at}: mutation ${id} neither applied nor dead-lettered`).toBeDefined();
    } else if (result.status === 'rejected') {
      expect(letter?.code, `${at}: rejected ${id} (${result.code}) is in the dead letters`).toBe(result.code);
    } else {
      expect(letter, `${at}: applied ${id} is not also a dead letter`).toBeUndefined();
    }
  }
}

async function checkSessions(d: SimDevice, rows: ServerRows['sessions'], at: string): Promise<void> {
  const local = new Map((await d.db.sessions.toArray()).map((s) => [s.id, s]));
  for (const row of rows) {
    const mine = local.get(row.id);
    local.delete(row.id);
    if (row.deleted_at !== null) {
      expect(mine?.deletedAt, `${at}: session ${row.id} deleted on the server is gone or hidden`).toSatisfy((x) => mine === undefined || x !== undefined);
      continue;
    }
    expect(mine, `${at}: session ${row.id} is on the device`).toBeDefined();
    expect(mine?.deletedAt, `${at}: session ${row.id} is not hidden`).toBeUndefined();
    expect(mine && toSession(mine), `${at}: session ${row.id} has the server's fields`).toEqual(fromJson(row.data));
    expect(mine?.needsReview ?? false, `${at}: session ${row.id} needsReview`).toBe(Number(row.needs_review) === 1);
    expect(mine?.version, `${at}: session ${row.id} version`).toBe(row.version);
  }
  expect([...local.keys()], `${at}: sessions the server does not have`).toEqual([]);
}

async function checkReference(d: SimDevice, rows: ServerRows, at: string): Promise<void> {
  const catalogue = await d.db.catalogue.toArray();
  expect(catalogue.map((s) => s.code).sort(), `${at}: catalogue`).toEqual(rows.catalogue.map((r) => r.code).sort());
  for (const row of rows.catalogue) {
    expect(isSameValue(catalogue.find((s) => s.code === row.code), fromJson(row.data)), `${at}: ${row.code}`).toBe(true);
  }
  const centres = (await d.db.centres.toArray()).map((c) => c.id).sort();
  expect(centres, `${at}: centres`).toEqual(rows.centres.filter((c) => c.deleted_at === null).map((c) => c.id).sort());
}

async function checkCursors(d: SimDevice, rows: ServerRows, epoch: string, at: string): Promise<void> {
  const meta = await readSyncMeta(d.db);
  for (const scope of [rows.scope, CATALOGUE_SCOPE, CENTRES_SCOPE]) {
    expect(meta.cursors[scope] ?? 0, `${at}: cursor of ${scope}`).toBe(rows.seqs.get(scope) ?? 0);
  }
  const current = [
    ...rows.sessions.map((r) => receivedKey(epoch, rows.scope, r.id, Number(r.change_seq))),
    ...rows.catalogue.map((r) => receivedKey(epoch, CATALOGUE_SCOPE, r.code, Number(r.change_seq))),
    ...rows.centres.map((r) => receivedKey(epoch, CENTRES_SCOPE, r.id, Number(r.change_seq))),
  ];
  const missed = current.filter((key) => !d.log.received.has(key));
  expect(missed, `${at}: server rows no pull ever handed over (a cursor skipped them)`).toEqual([]);
}

/** What the runs exercised, printed after the property so a run that tests nothing shows up. */
export const simStats = { runs: 0, sessions: 0, deletedSessions: 0, merged: 0, rejected: 0, epochs: 0 };

function firstAnswer(result: MutationResult): MutationResult {
  return result.status === 'duplicate' ? firstAnswer(result.result) : result;
}
