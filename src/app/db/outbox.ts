import { getDb } from './AppDb';

export type OutboxSummary = { pending: number; oldestCreatedAt: number | null; deadLetters: number };

export async function outboxSummary(): Promise<OutboxSummary> {
  const db = getDb();
  const [pending, oldest, deadLetters] = await Promise.all([
    db.outbox.count(),
    db.outbox.orderBy('deviceSeq').first(),
    db.deadLetters.count(),
  ]);
  return { pending, oldestCreatedAt: oldest?.createdAt ?? null, deadLetters };
}

/** Record ids with a change not yet acknowledged by the server. */
export async function pendingRecordIds(): Promise<Set<string>> {
  const keys = await getDb().outbox.orderBy('recordId').uniqueKeys();
  return new Set(keys.map(String));
}
