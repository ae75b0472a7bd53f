import Dexie, { cmp, type IntervalTree, type ObservabilitySet } from 'dexie';
import type { AppDb } from './AppDb';
import { outboxStats, type OutboxSummary } from './outbox';
import { readSyncMeta, SYNC_META_KEY } from './syncMeta';
import { TABLES } from './tables';

export type SyncStats = OutboxSummary & { lastSyncedAt: number | null };

/**
 * Whether a commit may have changed the numbers: the outbox, the dead letters or the sync row. A form's
 * draft (also a meta row, written at every change) does not, and its read would only queue beside the Save.
 */
function touchesStats(dbName: string, parts: ObservabilitySet): boolean {
  const part = (table: string) => parts[`idb://${dbName}/${table}/`];
  if (part(TABLES.outbox) || part(TABLES.deadLetters)) return true;
  return coversKey(part(TABLES.meta), SYNC_META_KEY);
}

/** Whether a range set of changed keys (Dexie's interval tree, handed over as plain data) holds `key`. */
function coversKey(node: IntervalTree | null | undefined, key: string): boolean {
  if (!node || !('from' in node)) return false;
  if (cmp(key, node.from) >= 0 && cmp(key, node.to) <= 0) return true;
  return coversKey(node.l, key) || coversKey(node.r, key);
}

/**
 * Calls `fn` with fresh numbers whenever any tab commits a change (Dexie's storagemutated, the event under
 * liveQuery). The count runs a moment after the commit, coalesced, not in the committing task: a save shows
 * "Saved" before the header's numbers are read again (issue 2, save latency).
 */
export function watchOutboxStats(db: AppDb, fn: (stats: SyncStats) => void, delayMs = 150): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const refresh = () => {
    timer = undefined;
    outboxStats(db)
      .then(async (stats) => ({ ...stats, lastSyncedAt: (await readSyncMeta(db)).lastSyncedAt ?? null }))
      .then(
        (stats) => !stopped && fn(stats),
        (error: unknown) => console.error('outbox watch failed', error),
      );
  };
  const onMutated = (parts: ObservabilitySet) => {
    if (touchesStats(db.name, parts)) timer ??= setTimeout(refresh, delayMs);
  };
  Dexie.on('storagemutated', onMutated);
  refresh();
  return () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    Dexie.on('storagemutated').unsubscribe(onMutated);
  };
}
