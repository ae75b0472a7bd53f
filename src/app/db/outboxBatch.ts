import { MAX_BATCH_MUTATIONS } from '../../shared/sync/limits';
import type { AppDb } from './AppDb';
import { toMutation } from './outbox';
import { relaxedDurability } from './durability';
import { readStamps, STAMPS_KEY, type Stamp, type Stamps } from './outboxStamps';
import { openStored, readAsStored } from './sealing/asStored';
import type { OutboxRow } from './tables';

// Cutting push batches from the outbox: the sync engine's only (it loads after the first screen).

export async function writeStamps(db: AppDb, stamps: Stamps): Promise<void> {
  await db.meta.put({ key: STAMPS_KEY, value: stamps });
}

/** The batch a queued row was sent in, if its answer is not applied yet. */
export function stampOf(stamps: Stamps, deviceSeq: number): Stamp | undefined {
  return stamps.batches.find((b) => b.firstSeq <= deviceSeq && deviceSeq <= b.lastSeq);
}

/** Stamps whose rows are all gone are dropped: every queued row from `headSeq` on (none: null). */
export function withoutDrained(stamps: Stamps, headSeq: number | null): Stamps {
  return { ...stamps, batches: stamps.batches.filter((b) => headSeq !== null && b.lastSeq >= headSeq) };
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
 *
 * Commits relaxed: a stamp is read again by the same run (it is visible at once) and by an undo, which is
 * offered only on the screen where the delete was made. Relaxed commits survive a crash of the browser;
 * only an OS crash or power cut can lose the last ones, and that also ends the screen that offered the
 * undo. A lost stamp costs nothing else: its rows go again under a new batchId and the server's ledger
 * answers `duplicate` by mutationId. Not syncing the disk here takes one wait off every batch's way.
 */
export async function takeBatch(
  db: AppDb,
  limits: BatchLimits,
  newBatchId: string,
  now: number,
  afterSeq?: number,
): Promise<OutboxBatch | null> {
  return relaxedDurability(() => cutBatch(db, limits, newBatchId, now, afterSeq));
}

function cutBatch(db: AppDb, limits: BatchLimits, newBatchId: string, now: number, afterSeq?: number): Promise<OutboxBatch | null> {
  return db.transaction('rw', [db.outbox, db.meta], async () => {
    const range =
      afterSeq === undefined ? db.outbox.orderBy('deviceSeq') : db.outbox.where('deviceSeq').above(afterSeq);
    // Read as stored: each row is opened once, for the wire, and nothing is written back.
    const [head, stamps] = await Promise.all([
      readAsStored(() => range.limit(MAX_BATCH_MUTATIONS).toArray()),
      readStamps(db),
    ]);
    const first = head[0];
    if (first?.deviceSeq === undefined) return null;
    if (first.batchId !== undefined) return legacyStamped(head, first.batchId);
    const stamp = stampOf(stamps, first.deviceSeq);
    if (stamp)
      return asBatch(
        stamp.batchId,
        head.filter((r) => (r.deviceSeq ?? Infinity) <= stamp.lastSeq),
      );
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
    await writeStamps(db, {
      batches: [...stamps.batches, batch],
      sentThroughSeq: Math.max(stamps.sentThroughSeq, lastSeq),
    });
    return { batchId: newBatchId, rows, stored };
  });
}

/** A batch stamped on its rows by an earlier version (stored rows, read as stored). */
function legacyStamped(head: readonly OutboxRow[], batchId: string): OutboxBatch {
  const end = firstIndexWhere(head, (r) => r.batchId !== batchId);
  return asBatch(batchId, head.slice(0, end));
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
