import type { AppDb } from './AppDb';
import type { SentChunk, SentLogEntry, SentMutation } from './tables';

/**
 * The sent log: acknowledged mutations, kept SENT_LOG_DAYS for a re-push after a server restore. A push's
 * acknowledged rows are stored in chunks (one IndexedDB write per chunk, not per row: writing 200 rows one
 * by one cost a push as much as sending them). A chunk stays well under the 64 KiB above which Chromium
 * stores a value as a separate blob file.
 */
export const SENT_CHUNK_SIZE = 40;

export function chunksOf(mutations: readonly SentMutation[]): SentChunk[] {
  const chunks: SentChunk[] = [];
  for (let i = 0; i < mutations.length; i += SENT_CHUNK_SIZE) {
    const part = mutations.slice(i, i + SENT_CHUNK_SIZE);
    const [first] = part;
    if (first) chunks.push({ deviceSeq: first.deviceSeq, ackedAt: first.ackedAt, epoch: first.epoch, mutations: part });
  }
  return chunks;
}

/** The mutations of sent-log entries, in order (entries of earlier versions hold one each). */
export function mutationsOf(entries: readonly SentLogEntry[]): SentMutation[] {
  return entries.flatMap((entry) => ('mutations' in entry ? entry.mutations : [entry]));
}

/** Every mutation in the sent log; joins the caller's transaction. */
export async function readSentMutations(db: AppDb): Promise<SentMutation[]> {
  return mutationsOf(await db.sentLog.toArray());
}

/** Removes the mutations of the given records (their sessions leave the tablet); returns how many. */
export async function dropSentOf(db: AppDb, recordIds: ReadonlySet<string>): Promise<number> {
  let dropped = 0;
  const emptied: number[] = [];
  const rewritten: SentChunk[] = [];
  for (const entry of await db.sentLog.toArray()) {
    const mutations = mutationsOf([entry]);
    const kept = mutations.filter((m) => !recordIds.has(m.recordId));
    if (kept.length === mutations.length) continue;
    dropped += mutations.length - kept.length;
    // A chunk keeps its key (the deviceSeq it was stored under) with what is left in it.
    if (kept.length === 0) emptied.push(entry.deviceSeq);
    else rewritten.push({ deviceSeq: entry.deviceSeq, ackedAt: entry.ackedAt, epoch: entry.epoch, mutations: kept });
  }
  await db.sentLog.bulkDelete(emptied);
  await db.sentLog.bulkPut(rewritten);
  return dropped;
}
