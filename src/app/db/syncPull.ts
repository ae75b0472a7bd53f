import { CATALOGUE_SCOPE, CENTRES_SCOPE } from '../../shared/sync/limits';
import type { Change, PullResponse } from '../../shared/sync/protocol';
import type { AppDb } from './AppDb';
import { applyChanges, centreOfScope, holdChange, localIdsOf, pendingAmong, restartScope, settleHeld } from './syncApply';
import { rebaseOutbox } from './syncEpoch';
import { relaxedDurability } from './durability';
import { readSyncMeta, writeSyncMeta, type SyncMeta } from './syncMeta';

export type PullPage = Pick<PullResponse, 'changes' | 'cursors' | 'hasMore' | 'removedScopes'>;

/**
 * Applies one pull page AND its cursors in ONE transaction: a cursor never runs ahead of the data.
 * Rows of records with pending outbox entries are held; a scope pulled from zero is swept at the end
 * (local rows the server no longer has are removed). Returns whether another pull is needed.
 * A page with more to come commits relaxed: lost on a crash, it takes its cursors with it and is pulled
 * again. The last page stays strict: it finishes sweeps and may fit the outbox to a restored server.
 */
export async function applyPullPage(db: AppDb, page: PullPage, now: number): Promise<{ isMoreNeeded: boolean }> {
  const tables = [db.sessions, db.outbox, db.heldChanges, db.catalogue, db.centres, db.meta, db.sweepCandidates];
  const apply = () => db.transaction('rw', tables, async () => {
    const meta = await readSyncMeta(db);
    for (const scope of Object.keys(page.cursors)) {
      if (scope in meta.cursors || scope in meta.sweeping) continue;
      const ids = await localIdsOf(db, scope);
      await db.sweepCandidates.bulkPut(ids.map((id) => ({ scope, id })));
      meta.sweeping[scope] = 0;
    }
    await markSeen(db, meta, page.changes);
    const pending = await pendingAmong(db, page.changes.filter((c) => c.entity === 'session').map((c) => c.id));
    const isHeld = (c: Change) => c.entity === 'session' && pending.has(c.id);
    for (const change of page.changes) if (isHeld(change)) await holdChange(db, change);
    await applyChanges(db, pending.size === 0 ? page.changes : page.changes.filter((c) => !isHeld(c)), now);
    for (const scope of page.removedScopes) await dropScope(db, meta, scope);
    meta.cursors = { ...page.cursors };
    for (const scope of page.removedScopes) delete meta.cursors[scope];
    await settleHeld(db, meta, now);
    const isRestarted = Object.keys(page.cursors).some((s) => !page.removedScopes.includes(s) && !(s in meta.cursors));
    if (!page.hasMore) await finishSweeps(db, meta);
    if (!page.hasMore && !isRestarted && meta.needsRebase) await rebaseOutbox(db, meta);
    await writeSyncMeta(db, meta);
    return { isMoreNeeded: page.hasMore || isRestarted };
  });
  return page.hasMore ? relaxedDurability(apply) : apply();
}

/** Rows a from-zero pull mentions are no sweep candidates any more; counts them per scope. */
async function markSeen(db: AppDb, meta: SyncMeta, changes: readonly Change[]): Promise<void> {
  const seen = changes.filter((c) => meta.sweeping[c.scope] !== undefined);
  if (seen.length === 0) return;
  // Only scopes that still have candidates: a fresh tablet has no local sessions (only the bundled
  // catalogue), so a page of sessions skips a thousand deletes of nothing.
  for (const scope of new Set(seen.map((c) => c.scope))) {
    if ((await db.sweepCandidates.where('scope').equals(scope).count()) === 0) continue;
    await db.sweepCandidates.bulkDelete(seen.filter((c) => c.scope === scope).map((c): [string, string] => [scope, c.id]));
  }
  for (const c of seen) meta.sweeping[c.scope] = (meta.sweeping[c.scope] ?? 0) + 1;
}

/** Removes the rows no page of a from-zero pull mentioned; pending records stay (their push decides). */
async function finishSweeps(db: AppDb, meta: SyncMeta): Promise<void> {
  for (const [scope, seen] of Object.entries(meta.sweeping)) {
    if (!(scope in meta.cursors)) continue;
    const ids = (await db.sweepCandidates.where('scope').equals(scope).toArray()).map((c) => c.id);
    await removeLocal(db, meta, scope, ids, seen);
    await db.sweepCandidates.where('scope').equals(scope).delete();
    delete meta.sweeping[scope];
  }
}

async function removeLocal(db: AppDb, meta: SyncMeta, scope: string, ids: string[], seen: number): Promise<void> {
  if (scope === CATALOGUE_SCOPE) {
    // An empty server catalogue never replaces the bundled one: the service picker would be empty.
    if (seen > 0) await db.catalogue.bulkDelete(ids);
  } else if (scope === CENTRES_SCOPE) {
    await db.centres.bulkDelete(ids.filter((id) => id !== meta.credentials?.centreId));
  } else if (centreOfScope(scope) !== null) {
    const pending = await pendingAmong(db, ids);
    await db.sessions.bulkDelete(ids.filter((id) => !pending.has(id)));
  }
}

/** A scope the server no longer gives this device: its rows go, except those with pending changes. */
async function dropScope(db: AppDb, meta: SyncMeta, scope: string): Promise<void> {
  if (centreOfScope(scope) !== null) await removeLocal(db, meta, scope, await localIdsOf(db, scope), 0);
  await restartScope(db, meta, scope);
}
