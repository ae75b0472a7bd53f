import { centreScope } from '../../shared/sync/limits';
import type { MutationResult } from '../../shared/sync/protocol';
import type { AppDb } from './AppDb';
import { asBookkeepingOnly } from './dayCountsMiddleware';
import { withoutDrained, writeStamps } from './outboxBatch';
import { readStamps, type Stamps } from './outboxStamps';
import { isPending, noteRejection, pendingAmong, settleRecord } from './syncApply';
import { relaxedDurability } from './durability';
import { readAsStored } from './sealing/asStored';
import { chunksOf } from './sentLog';
import { readSyncMeta, writeSyncMeta, type SyncMeta } from './syncMeta';
import type { LocalSession, OutboxRow, SentMutation } from './tables';

/** Acknowledged mutations are kept this long for a re-push after a server restore from backup. */
export const SENT_LOG_DAYS = 30;

export type Rejection = { code: string; message: string };

/**
 * Applies a push answer in ONE transaction: acknowledged rows leave the outbox (into the sent log) and
 * their session's version moves on; rejected rows go to the dead letters. `duplicate` carries the first
 * answer. Records whose outbox drained get what was held for them. Committed relaxed: if a crash loses
 * it, the rows are still queued and stamped, are re-sent as they were, and the server's ledger answers
 * `duplicate` with the first answer (src/app/sync/README.md, "Durability"). `rows`: the batch as stored
 * (OutboxBatch.stored), so its sealed groups are copied as they are (opened rows would be sealed anew).
 */
export async function applyPushResults(db: AppDb, rows: readonly OutboxRow[], results: readonly MutationResult[], now: number): Promise<void> {
  const tables = [db.outbox, db.sessions, db.sentLog, db.deadLetters, db.heldChanges, db.meta, db.sweepCandidates, db.catalogue, db.centres];
  await relaxedDurability(() => db.transaction('rw', tables, async () => {
    const [meta, stamps, answers] = await Promise.all([readSyncMeta(db), readStamps(db), stillQueued(db, rows, results)]);
    await db.outbox.bulkDelete(answers.map((a) => a.seq));
    await dropDrainedStamps(db, stamps);
    const acknowledged = answers.filter((a) => a.result.status !== 'rejected');
    await db.sentLog.bulkPut(chunksOf(acknowledged.map(({ row, seq }) => sentEntry(row, seq, meta.epoch ?? '', now))));
    await raiseVersions(db, acknowledged);
    for (const { row, result } of answers) if (result.status === 'rejected') await rejectRow(db, row, result, now);
    const isAnySettled = await settleDrained(db, meta, [...new Set(answers.map((a) => a.row.recordId))], now);
    await db.sentLog.where('ackedAt').below(now - SENT_LOG_DAYS * 86_400_000).delete();
    if (isAnySettled) await writeSyncMeta(db, meta);
  }));
}

/** A batch whose rows have all left the outbox is no longer stamped. */
async function dropDrainedStamps(db: AppDb, stamps: Stamps): Promise<void> {
  if (stamps.batches.length === 0) return;
  const [head] = await db.outbox.orderBy('deviceSeq').limit(1).primaryKeys();
  const kept = withoutDrained(stamps, head ?? null);
  if (kept.batches.length !== stamps.batches.length) await writeStamps(db, kept);
}

type Answer = { row: OutboxRow; seq: number; result: Exclude<MutationResult, { status: 'duplicate' }> };

/**
 * The answers whose row is still queued (a repeated answer, or one for a row already gone, is ignored).
 * `rows` as stored (OutboxBatch.stored): moved on to the sent log or the dead letters still sealed.
 */
async function stillQueued(db: AppDb, rows: readonly OutboxRow[], results: readonly MutationResult[]): Promise<Answer[]> {
  const byId = new Map(rows.map((r) => [r.mutationId, r]));
  const seen = new Set<number>();
  const answers: Answer[] = [];
  for (const answer of results) {
    const row = byId.get(answer.mutationId);
    if (row?.deviceSeq === undefined || seen.has(row.deviceSeq)) continue;
    seen.add(row.deviceSeq);
    answers.push({ row, seq: row.deviceSeq, result: firstAnswer(answer) });
  }
  if (answers.length === 0) return [];
  // One key-only range read: a batch is a run of consecutive deviceSeqs.
  const seqs = answers.map((a) => a.seq);
  const queued = new Set(await db.outbox.where('deviceSeq').between(Math.min(...seqs), Math.max(...seqs), true, true).primaryKeys());
  return answers.filter((a) => queued.has(a.seq));
}

function sentEntry(row: OutboxRow, deviceSeq: number, epoch: string, now: number): SentMutation {
  const { batchId: _b, ...sent } = row;
  return { ...sent, deviceSeq, ackedAt: now, epoch };
}

/**
 * Each session changed since it was created here moves on to the highest version the server gave it
 * (never back). Only `version` changes, so the rows are marked for the day-counts middleware, which then
 * does not read them again. A create alone is left at version 0: its version 1 arrives with the pull
 * that follows every push (which writes the row anyway), and until then an edit's base version 0 is
 * harmless, since the server counts only another device's changes as conflicts (mergePatch). That
 * spares rewriting every new session once more (src/app/sync/README.md, "Push").
 */
async function raiseVersions(db: AppDb, acknowledged: readonly Answer[]): Promise<void> {
  const versions = new Map<string, number>();
  for (const { row, result } of acknowledged) {
    if (result.status === 'rejected' || row.type === 'session.create') continue;
    versions.set(row.recordId, Math.max(versions.get(row.recordId) ?? 0, result.version));
  }
  if (versions.size === 0) return;
  // As stored: only the version changes, the sealed groups are written back as they were.
  const locals = await readAsStored(() => db.sessions.bulkGet([...versions.keys()]));
  const raised: LocalSession[] = [];
  for (const local of locals) {
    const version = local && versions.get(local.id);
    if (local && version !== undefined && local.version < version) raised.push({ ...local, version });
  }
  if (raised.length > 0) await db.sessions.bulkPut(asBookkeepingOnly(raised));
}

/**
 * Records whose outbox drained get what was held for them. Only records with a held row are
 * looked at (none, on a device without concurrent edits). Returns whether any was settled.
 */
async function settleDrained(db: AppDb, meta: SyncMeta, recordIds: readonly string[], now: number): Promise<boolean> {
  if (recordIds.length === 0 || (await db.heldChanges.count()) === 0) return false;
  const held = await db.heldChanges.bulkGet([...recordIds]);
  const withHeld = recordIds.filter((_, i) => held[i] !== undefined);
  if (withHeld.length === 0) return false;
  const pending = await pendingAmong(db, withHeld);
  const drained = withHeld.filter((id) => !pending.has(id));
  for (const id of drained) await settleRecord(db, meta, id, now);
  return drained.length > 0;
}

/** A `duplicate` carries the answer the mutation got the first time. */
function firstAnswer(result: MutationResult): Exclude<MutationResult, { status: 'duplicate' }> {
  return result.status === 'duplicate' ? firstAnswer(result.result) : result;
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
