import type { AppDb } from './AppDb';
import type { OutboxRow } from './tables';

/**
 * Which queued rows have left the device, kept in one meta row rather than on the rows themselves: a
 * stamp is one write per batch, not a rewrite of its 200 rows (each rewrite of a queued row costs
 * IndexedDB as much as the row's first write).
 *
 * `batches`: each batch sent (or about to be) whose answer is not applied yet, as a run of deviceSeqs;
 * its rows still queued go again under the same batchId. `sentThroughSeq`: every row up to this deviceSeq
 * may have reached the server (never lowered, also when a batch is released to be cut again).
 * Rows stamped by earlier versions carry `batchId` and `sentAt` themselves; those are honoured as before.
 * Reading lives here (undo needs it on the Today screen); stamping, in outboxBatch.ts, loads with the sync engine.
 */
export type Stamp = { batchId: string; firstSeq: number; lastSeq: number; sentAt: number };
export type Stamps = { batches: Stamp[]; sentThroughSeq: number };

export const STAMPS_KEY = 'outbox.stamps';

/** Reads the stamps; joins the caller's transaction (which must include `meta`). */
export async function readStamps(db: AppDb): Promise<Stamps> {
  const row = await db.meta.get(STAMPS_KEY);
  const stored = row?.value as Partial<Stamps> | undefined;
  return { batches: stored?.batches ?? [], sentThroughSeq: stored?.sentThroughSeq ?? 0 };
}

/** Whether a queued row may have reached the server (then only a new change can undo it). */
export function mayHaveLeft(stamps: Stamps, row: OutboxRow): boolean {
  return row.sentAt !== undefined || (row.deviceSeq !== undefined && row.deviceSeq <= stamps.sentThroughSeq);
}
