import type { HandoffPlaintext } from '../../shared/handoff/format';
import { localDayOf } from '../../shared/localDateTime';
import { getDb, type AppDb } from './AppDb';
import { toMutation } from './outbox';
import { readSentMutations } from './sentLog';
import { toSession } from './sessionReads';
import type { LocalSession, OutboxRow } from './tables';

/*
 * Hand-off files (issue 6) on the tablet: the pending outbox out to a file, and a file's outbox into this
 * tablet's, with the SAME mutation ids, so the server's ledger applies each change once whichever way it
 * arrives, and importing a file twice adds nothing.
 */

/** The outbox exactly as push would send it, oldest first, and the sessions it touches. */
export async function readPendingHandoff(db: AppDb = getDb()): Promise<HandoffPlaintext> {
  return db.transaction('r', [db.outbox, db.sessions], async () => {
    const rows = await db.outbox.orderBy('deviceSeq').toArray();
    const ids = [...new Set(rows.map((row) => row.recordId))];
    const sessions = (await db.sessions.bulkGet(ids)).filter((s): s is LocalSession => s !== undefined);
    return {
      mutations: rows.map(toMutation),
      sessions: sessions.map((s) => ({ session: toSession(s), version: s.version, ...(s.deletedAt ? { deletedAt: s.deletedAt } : {}) })),
    };
  });
}

export type HandoffImportResult = { added: number; skipped: number };

/**
 * Queues a file's changes behind this tablet's own, in the file's order, in one transaction. A change
 * already queued, sent or refused here (same mutationId) is skipped. A session is stored when the tablet
 * does not have it, or has an older server version of it.
 */
export async function importHandoffPlaintext(plaintext: HandoffPlaintext, now: number = Date.now(), db: AppDb = getDb()): Promise<HandoffImportResult> {
  return db.transaction('rw', [db.outbox, db.sentLog, db.deadLetters, db.sessions], async () => {
    const ids = plaintext.mutations.map((m) => m.mutationId);
    const known = new Set<string>([
      ...(await db.outbox.where('mutationId').anyOf(ids).toArray()).map((r) => r.mutationId),
      ...(await db.deadLetters.bulkGet(ids)).flatMap((r) => (r ? [r.mutationId] : [])),
      ...(await readSentMutations(db)).filter((r) => ids.includes(r.mutationId)).map((r) => r.mutationId),
    ]);
    const fresh = [...plaintext.mutations].sort((a, b) => a.deviceSeq - b.deviceSeq).filter((m) => !known.has(m.mutationId));
    const rows: OutboxRow[] = fresh.map(({ deviceSeq: _seq, ...m }) => ({ ...m, createdAt: now }));
    await db.outbox.bulkAdd(rows);
    const touched = new Set(fresh.map((m) => m.recordId));
    for (const entry of plaintext.sessions) {
      if (!touched.has(entry.session.id)) continue;
      const local = await db.sessions.get(entry.session.id);
      if (local && local.version > entry.version) continue;
      await db.sessions.put({
        ...entry.session,
        day: localDayOf(entry.session.occurredAt),
        updatedAt: now,
        version: entry.version,
        ...(entry.deletedAt ? { deletedAt: entry.deletedAt } : {}),
        ...(local?.needsReview ? { needsReview: true } : {}),
      });
    }
    return { added: fresh.length, skipped: plaintext.mutations.length - fresh.length };
  });
}
