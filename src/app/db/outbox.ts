import Dexie, { cmp, type IntervalTree, type ObservabilitySet } from 'dexie';
import { MAX_BATCH_MUTATIONS } from '../../shared/sync/limits';
import type { Mutation } from '../../shared/sync/protocol';
import { getDb, type AppDb } from './AppDb';
import { openStored, readAsStored } from './sealing/sealMiddleware';
import { assertOpen } from './sealing/sealTree';
import { readStamps, stampOf, writeStamps, type Stamp } from './outboxStamps';
import { readSyncMeta, SYNC_META_KEY } from './syncMeta';
import { TABLES, type DeadLetter, type OutboxRow } from './tables';

export type OutboxSummary = { pending: number; oldestCreatedAt: number | null; deadLetters: number };

export async function outboxSummary(): Promise<OutboxSummary> {
  return outboxStats(getDb());
}

/** Record ids with a change not yet acknowledged by the server. */
export async function pendingRecordIds(): Promise<Set<string>> {
  const keys = await getDb().outbox.orderBy('recordId').uniqueKeys();
  return new Set(keys.map(String));
}

/** Pending count and the oldest pending write, for the sync state the UI shows. */
export async function outboxStats(db: AppDb): Promise<OutboxSummary> {
  return db.transaction('r', [db.outbox, db.deadLetters], async () => {
    const [pending, oldest, deadLetters] = await Promise.all([
      db.outbox.count(),
      db.outbox.orderBy('deviceSeq').first(),
      db.deadLetters.count(),
    ]);
    return { pending, oldestCreatedAt: oldest?.createdAt ?? null, deadLetters };
  });
}

/** Changes the server refused for good, newest first: the list the volunteer sees and may dismiss. */
export async function listDeadLetters(db: AppDb = getDb()): Promise<DeadLetter[]> {
  return db.deadLetters.orderBy('rejectedAt').reverse().toArray();
}

export async function dismissDeadLetter(mutationId: string, db: AppDb = getDb()): Promise<void> {
  await db.deadLetters.delete(mutationId);
}

/** The wire form of a queued row: the local bookkeeping fields never leave the device. */
export function toMutation(row: OutboxRow): Mutation {
  if (row.deviceSeq === undefined) throw new Error('An outbox row without deviceSeq was never stored');
  // A row read while locked still holds its groups sealed: sending it would lose them.
  assertOpen(row);
  const { createdAt: _c, batchId: _b, sentAt: _s, deviceSeq, ...rest } = row;
  return { ...rest, deviceSeq };
}

/** `rows` opened, for the wire; `stored`, the same rows as stored (sealed), for the bookkeeping of the answer. */
export type OutboxBatch = { batchId: string; rows: OutboxRow[]; stored: OutboxRow[] };
export type BatchLimits = { maxCount: number; maxBytes: number };

const ENVELOPE_BYTES = 200;
const encoder = new TextEncoder();

/**
 * The next push batch, oldest first. A batch already stamped (sent, answer unknown) is returned as it
 * was, so a retry sends the same mutations under the same batchId; otherwise a new one is stamped
 * (outboxStamps.ts: one meta write, the rows stay as they are).
 * `afterSeq`: the batch after the one in flight (its rows up to afterSeq), cut while that one travels.
 */
export async function takeBatch(db: AppDb, limits: BatchLimits, newBatchId: string, now: number, afterSeq?: number): Promise<OutboxBatch | null> {
  return db.transaction('rw', [db.outbox, db.meta], async () => {
    const range = afterSeq === undefined ? db.outbox.orderBy('deviceSeq') : db.outbox.where('deviceSeq').above(afterSeq);
    // Read as stored: each row is opened once, for the wire, and nothing is written back.
    const [head, stamps] = await Promise.all([readAsStored(() => range.limit(MAX_BATCH_MUTATIONS).toArray()), readStamps(db)]);
    const first = head[0];
    if (first?.deviceSeq === undefined) return null;
    if (first.batchId !== undefined) return legacyStamped(head, first.batchId);
    const stamp = stampOf(stamps, first.deviceSeq);
    if (stamp) return asBatch(stamp.batchId, head.filter((r) => (r.deviceSeq ?? Infinity) <= stamp.lastSeq));
    const rows: OutboxRow[] = [];
    const stored: OutboxRow[] = [];
    let bytes = ENVELOPE_BYTES;
    for (const queued of head.slice(0, limits.maxCount)) {
      if (queued.deviceSeq === undefined || queued.batchId !== undefined || stampOf(stamps, queued.deviceSeq)) break;
      const row = openStored(queued);
      const size = encoder.encode(JSON.stringify(toMutation(row))).length + 1;
      if (rows.length > 0 && bytes + size > limits.maxBytes) break;
      rows.push(row);
      stored.push(queued);
      bytes += size;
    }
    const lastSeq = rows.at(-1)?.deviceSeq ?? first.deviceSeq;
    const batch: Stamp = { batchId: newBatchId, firstSeq: first.deviceSeq, lastSeq, sentAt: now };
    await writeStamps(db, { batches: [...stamps.batches, batch], sentThroughSeq: Math.max(stamps.sentThroughSeq, lastSeq) });
    return { batchId: newBatchId, rows, stored };
  });
}

/** A batch stamped on its rows by an earlier version (stored rows, read as stored). */
function legacyStamped(head: readonly OutboxRow[], batchId: string): OutboxBatch {
  return asBatch(batchId, head.slice(0, firstIndexWhere(head, (r) => r.batchId !== batchId)));
}

function asBatch(batchId: string, stored: OutboxRow[]): OutboxBatch {
  return { batchId, rows: stored.map(openStored), stored };
}

/**
 * Unstamps a batch the server refused whole without applying anything (413, 400) so it may be re-cut.
 * Its rows still count as having left (`sentThroughSeq`, or `sentAt` on a row stamped by an earlier
 * version): undo then queues a restore instead of dropping the row, which is always safe.
 */
export async function releaseBatch(db: AppDb, batchId: string): Promise<void> {
  await db.transaction('rw', [db.outbox, db.meta], async () => {
    const stamps = await readStamps(db);
    if (stamps.batches.some((b) => b.batchId === batchId)) {
      await writeStamps(db, { ...stamps, batches: stamps.batches.filter((b) => b.batchId !== batchId) });
      return;
    }
    const rows = await db.outbox.filter((r) => r.batchId === batchId).toArray();
    if (rows.length > 0) await db.outbox.bulkPut(rows.map(({ batchId: _b, ...row }) => row));
  });
}

function firstIndexWhere<T>(list: readonly T[], test: (item: T) => boolean): number {
  const i = list.findIndex(test);
  return i < 0 ? list.length : i;
}

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
      .then((stats) => !stopped && fn(stats), (error: unknown) => console.error('outbox watch failed', error));
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
