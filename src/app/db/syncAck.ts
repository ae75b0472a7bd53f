import { centreScope } from '../../shared/sync/limits';
import type { MutationResult } from '../../shared/sync/protocol';
import type { AppDb } from './AppDb';
import { isPending, noteRejection, settleRecord } from './syncApply';
import { readSyncMeta, writeSyncMeta } from './syncMeta';
import type { OutboxRow } from './tables';

/** Acknowledged mutations are kept this long for a re-push after a server restore from backup. */
export const SENT_LOG_DAYS = 30;

export type Rejection = { code: string; message: string };

/**
 * Applies a push answer in ONE transaction: acknowledged rows leave the outbox (into the sent log) and
 * their session's version moves on; rejected rows go to the dead letters. `duplicate` carries the first
 * answer. Records whose outbox drained get what was held for them.
 */
export async function applyPushResults(db: AppDb, rows: readonly OutboxRow[], results: readonly MutationResult[], now: number): Promise<void> {
  const tables = [db.outbox, db.sessions, db.sentLog, db.deadLetters, db.heldChanges, db.meta, db.sweepCandidates, db.catalogue, db.centres];
  await db.transaction('rw', tables, async () => {
    const meta = await readSyncMeta(db);
    const byId = new Map(rows.map((r) => [r.mutationId, r]));
    const touched = new Set<string>();
    for (const answer of results) {
      const row = byId.get(answer.mutationId);
      if (row?.deviceSeq === undefined || !(await db.outbox.get(row.deviceSeq))) continue;
      const result = firstAnswer(answer);
      await db.outbox.delete(row.deviceSeq);
      touched.add(row.recordId);
      if (result.status === 'rejected') await rejectRow(db, row, result, now);
      else await acknowledgeRow(db, row, result.version, meta.epoch ?? '', now);
    }
    for (const id of touched) if (!(await isPending(db, id))) await settleRecord(db, meta, id, now);
    await db.sentLog.where('ackedAt').below(now - SENT_LOG_DAYS * 86_400_000).delete();
    await writeSyncMeta(db, meta);
  });
}

/** A `duplicate` carries the answer the mutation got the first time. */
function firstAnswer(result: MutationResult): Exclude<MutationResult, { status: 'duplicate' }> {
  return result.status === 'duplicate' ? firstAnswer(result.result) : result;
}

async function acknowledgeRow(db: AppDb, row: OutboxRow, version: number, epoch: string, now: number): Promise<void> {
  const { batchId: _b, ...sent } = row;
  await db.sentLog.put({ ...sent, deviceSeq: row.deviceSeq ?? 0, ackedAt: now, epoch });
  const local = await db.sessions.get(row.recordId);
  if (local && local.version < version) await db.sessions.update(row.recordId, { version });
}

/** Moves a row to the dead letters; it never blocks the queue. Also for refusals made on the device. */
export async function rejectRow(db: AppDb, row: OutboxRow, rejection: Rejection, now: number): Promise<void> {
  const { batchId: _b, sentAt: _s, ...kept } = row;
  await db.deadLetters.put({ ...kept, code: rejection.code, message: rejection.message, rejectedAt: now });
  const local = await db.sessions.get(row.recordId);
  if (local) await noteRejection(db, row.recordId, centreScope(local.centreId), rejectionKind(row, rejection.code));
}

/**
 * What a refusal says about the server's copy. 'gone': the server has it deleted or never had it
 * (not found, a create refused, an undo of someone else's delete). Anything else: unknown ('stale').
 */
function rejectionKind(row: OutboxRow, code: string): 'gone' | 'stale' {
  if (code === 'NOT_FOUND') return 'gone';
  if (row.type === 'session.create' && code !== 'ALREADY_EXISTS') return 'gone';
  if (row.type === 'session.restore' && code === 'FORBIDDEN') return 'gone';
  return 'stale';
}

/** Moves rows refused on the device's side (413 or 400 for a single mutation) to the dead letters. */
export async function deadLetterRows(db: AppDb, rows: readonly OutboxRow[], rejection: Rejection, now: number): Promise<void> {
  await db.transaction('rw', [db.outbox, db.sessions, db.deadLetters, db.heldChanges, db.meta, db.sweepCandidates, db.catalogue, db.centres], async () => {
    const meta = await readSyncMeta(db);
    for (const row of rows) {
      if (row.deviceSeq === undefined || !(await db.outbox.get(row.deviceSeq))) continue;
      await db.outbox.delete(row.deviceSeq);
      await rejectRow(db, row, rejection, now);
      if (!(await isPending(db, row.recordId))) await settleRecord(db, meta, row.recordId, now);
    }
    await writeSyncMeta(db, meta);
  });
}
