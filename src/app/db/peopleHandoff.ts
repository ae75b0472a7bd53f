import { getDb } from './AppDb';
import type { DeadLetter, LocalSession, OutboxRow } from './tables';

/**
 * What a revoked tablet hands a coordinator before it forgets everything: the changes the server has
 * not acknowledged (the outbox, in order), the sessions they touch, and the refused changes.
 */
export type Handoff = { exportedAt: string; deviceId: string | null; outbox: OutboxRow[]; sessions: LocalSession[]; deadLetters: DeadLetter[] };

export async function readHandoff(deviceId: string | null, now: Date): Promise<Handoff> {
  const db = getDb();
  return db.transaction('r', [db.outbox, db.sessions, db.deadLetters], async () => {
    const outbox = await db.outbox.orderBy('deviceSeq').toArray();
    const ids = [...new Set(outbox.map((row) => row.recordId))];
    const sessions = (await db.sessions.bulkGet(ids)).filter((s): s is LocalSession => s !== undefined);
    return { exportedAt: now.toISOString(), deviceId, outbox, sessions, deadLetters: await db.deadLetters.toArray() };
  });
}

/** Deletes the whole local database (the page reloads afterwards and starts as a new tablet). */
export async function clearTabletData(): Promise<void> {
  const db = getDb();
  db.close();
  await db.delete();
}
