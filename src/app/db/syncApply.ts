import { Dexie } from 'dexie';
import type { Session } from '../../shared/schemas/session';
import { localDayOf } from '../../shared/localDateTime';
import { CATALOGUE_SCOPE, CENTRES_SCOPE } from '../../shared/sync/limits';
import type { Change } from '../../shared/sync/protocol';
import type { AppDb } from './AppDb';
import { currentSeal } from './sealing/dataKey';
import { sealAhead } from './sealing/sealAhead';
import type { SyncMeta } from './syncMeta';
import type { Centre, EService, HeldChange, LocalSession } from './tables';

// Server rows landing on the device. Every function here runs inside the caller's transaction.

export async function applyChange(db: AppDb, change: Change, now: number): Promise<void> {
  if (change.entity === 'session') return applySessionChange(db, change, now);
  const table = change.entity === 'eService' ? db.catalogue : db.centres;
  if (change.deleted || !change.data) await table.delete(change.id);
  else if (change.entity === 'eService') await db.catalogue.put(change.data as EService);
  else await db.centres.put(change.data as Centre);
}

/**
 * Many server rows, in order, with the same result as applyChange() one after the other: sessions are
 * read and written in bulk (one read and one write for a whole pull page), the few others one by one.
 */
export async function applyChanges(db: AppDb, changes: readonly Change[], now: number): Promise<void> {
  const sessionChanges = changes.filter((c) => c.entity === 'session');
  for (const change of changes) if (change.entity !== 'session') await applyChange(db, change, now);
  if (sessionChanges.length === 0) return;
  const ids = [...new Set(sessionChanges.map((c) => c.id))];
  const stored = await storedAmong(db, ids);
  const found = stored.length > 0 ? await db.sessions.bulkGet(stored) : [];
  const rows = new Map<string, LocalSession | undefined>(stored.map((id, i) => [id, found[i]]));
  const written = new Set<string>();
  for (const change of sessionChanges) {
    const next = nextSessionRow(rows.get(change.id), change, now);
    if (!next) continue;
    rows.set(change.id, next);
    written.add(change.id);
  }
  // Rows not there before are added: the day counts need not read what a put would replace (a fresh
  // tablet's pull is all adds). The rest replace what was just read, in the same transaction.
  const isStored = new Set(stored);
  const next = [...written].map((id) => rows.get(id)).filter((r): r is LocalSession => r !== undefined);
  const added = next.filter((r) => !isStored.has(r.id));
  const replaced = next.filter((r) => isStored.has(r.id));
  if (added.length > 0) await db.sessions.bulkAdd(added);
  if (replaced.length > 0) await db.sessions.bulkPut(replaced);
}

/**
 * Seals the groups of the sessions in `changes` before the transaction that writes them opens (see
 * sealing/sealAhead.ts): run on a page that has arrived while the one before it is still being written, so
 * its transaction only hands rows to IndexedDB. Rows it does not write, or writes changed, are not affected.
 */
export function sealChangesAhead(changes: unknown): void {
  const seal = currentSeal();
  if (!seal || !Array.isArray(changes)) return;
  for (const change of changes as Partial<Change>[]) {
    if (change?.entity === 'session' && !change.deleted && change.data) sealAhead((change.data as Partial<Session>).groups, seal);
  }
}

/**
 * Which of `ids` the tablet has: one key-only read of the id range they span (UUIDv7s, so a page's ids
 * cluster in time), not a read per id. A fresh tablet's pull reads no row at all.
 */
async function storedAmong(db: AppDb, ids: readonly string[]): Promise<string[]> {
  const sorted = [...ids].sort();
  const [lowest, highest] = [sorted[0], sorted.at(-1)];
  if (lowest === undefined || highest === undefined) return [];
  const keys = new Set(await db.sessions.where('id').between(lowest, highest, true, true).primaryKeys());
  return ids.filter((id) => keys.has(id));
}

async function applySessionChange(db: AppDb, change: Change, now: number): Promise<void> {
  const next = nextSessionRow(await db.sessions.get(change.id), change, now);
  if (next) await db.sessions.put(next);
}

/** A server delete hides the local row (undo still finds it); any other change replaces it. Null: nothing to do. */
function nextSessionRow(existing: LocalSession | undefined, change: Change, now: number): LocalSession | null {
  const needsReview = change.meta?.needsReview ?? existing?.needsReview ?? false;
  if (change.deleted || !change.data) {
    if (!existing) return null;
    const deletedAt = existing.deletedAt ?? change.meta?.deletedAt ?? new Date(now).toISOString();
    return { ...existing, deletedAt, version: change.version, needsReview };
  }
  const data = change.data as Session;
  return { ...data, day: localDayOf(data.occurredAt), updatedAt: existing?.updatedAt ?? now, version: change.version, needsReview };
}

export async function isPending(db: AppDb, recordId: string): Promise<boolean> {
  return (await db.outbox.where('recordId').equals(recordId).count()) > 0;
}

export async function pendingAmong(db: AppDb, recordIds: readonly string[]): Promise<Set<string>> {
  if (recordIds.length === 0) return new Set();
  // Index keys only: the queued rows themselves (and their sealed groups) are not read.
  const keys = await db.outbox.where('recordId').anyOf([...recordIds]).keys();
  return new Set(keys.map(String));
}

/** Keeps the newest server row of a record that still has unacknowledged local changes. */
export async function holdChange(db: AppDb, change: Change): Promise<void> {
  const held = await db.heldChanges.get(change.id);
  if (held?.change && held.change.changeSeq >= change.changeSeq) return;
  await db.heldChanges.put({ ...held, id: change.id, scope: change.scope, change });
}

/** Notes what a rejection says about the server's copy, to act on once the record's outbox drains. */
export async function noteRejection(db: AppDb, id: string, scope: string, kind: 'gone' | 'stale'): Promise<void> {
  const held: HeldChange = (await db.heldChanges.get(id)) ?? { id, scope };
  await db.heldChanges.put({ ...held, rejected: held.rejected === 'stale' ? 'stale' : kind });
}

/** Once a record has nothing pending: apply what was held, or undo what the server refused. */
export async function settleRecord(db: AppDb, meta: SyncMeta, id: string, now: number): Promise<void> {
  const held = await db.heldChanges.get(id);
  if (!held) return;
  await db.heldChanges.delete(id);
  // The server's copy is unknown: pull the scope again from zero (rare; see the report on rejections).
  if (held.rejected === 'stale') await restartScope(db, meta, held.scope);
  const local = await db.sessions.get(id);
  if (held.change && (held.rejected !== undefined || !local || held.change.version >= local.version)) {
    await applyChange(db, held.change, now);
  } else if (held.rejected === 'gone' && local) {
    await db.sessions.delete(id);
  }
}

/** Settles every held record whose outbox has drained (also after an undo dropped a queued row). */
export async function settleHeld(db: AppDb, meta: SyncMeta, now: number): Promise<void> {
  const held = await db.heldChanges.toCollection().primaryKeys();
  const pending = await pendingAmong(db, held);
  for (const id of held) if (!pending.has(id)) await settleRecord(db, meta, id, now);
}

/** Forgets a scope's cursor and any sweep in progress: the next pull starts it from zero. */
export async function restartScope(db: AppDb, meta: SyncMeta, scope: string): Promise<void> {
  delete meta.cursors[scope];
  delete meta.sweeping[scope];
  await db.sweepCandidates.where('scope').equals(scope).delete();
}

/** Primary keys of the local rows that belong to a scope. */
export async function localIdsOf(db: AppDb, scope: string): Promise<string[]> {
  if (scope === CATALOGUE_SCOPE) return (await db.catalogue.toCollection().primaryKeys()).map(String);
  if (scope === CENTRES_SCOPE) return (await db.centres.toCollection().primaryKeys()).map(String);
  const centreId = centreOfScope(scope);
  if (centreId === null) return [];
  const keys = await db.sessions.where('[centreId+day]').between([centreId, Dexie.minKey], [centreId, Dexie.maxKey]).primaryKeys();
  return keys.map(String);
}

export function centreOfScope(scope: string): string | null {
  return scope.startsWith('centre:') ? scope.slice('centre:'.length) : null;
}
