import type { Mutation } from '../../shared/sync/protocol';
import { getDb, type AppDb } from './AppDb';
import { assertOpen } from './sealing/sealTree';
import type { DeadLetter, OutboxRow } from './tables';

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
