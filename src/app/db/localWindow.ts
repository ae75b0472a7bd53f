import { Dexie } from 'dexie';
import type { AppDb } from './AppDb';
import { dropSentOf, mutationsOf } from './sentLog';
import { readLocalWindowDays } from './localWindowDays';
import type { LocalSession } from './tables';

const DAY_MS = 86_400_000;

export type WindowPurge = { sessions: number; sentLog: number };

/**
 * Removes synced sessions that happened before the window, with their sent-log rows. A session stays
 * while anything about it is unsettled: an outbox row, a held change, a dead letter, version 0 (not yet seen
 * from the server), or a sent-log row acknowledged inside the window (still needed for a re-push after a
 * server restore). One transaction: a purge is all or nothing.
 */
export async function purgeOutsideWindow(db: AppDb, now: number, days?: number): Promise<WindowPurge> {
  const windowDays = days ?? (await readLocalWindowDays(db));
  const cutoffMs = now - windowDays * DAY_MS;
  const cutoffDay = new Date(cutoffMs).toISOString().slice(0, 10);
  return db.transaction('rw', [db.sessions, db.outbox, db.heldChanges, db.deadLetters, db.sentLog, db.meta], async () => {
    const old = (await sessionsBefore(db, cutoffDay)).filter((s) => s.version > 0);
    if (old.length === 0) return { sessions: 0, sentLog: 0 };
    const ids = old.map((s) => s.id);
    const busy = new Set<string>();
    for (const row of await db.outbox.where('recordId').anyOf(ids).toArray()) busy.add(row.recordId);
    for (const row of await db.deadLetters.where('recordId').anyOf(ids).toArray()) busy.add(row.recordId);
    for (const key of await db.heldChanges.where('id').anyOf(ids).primaryKeys()) busy.add(String(key));
    for (const row of mutationsOf(await db.sentLog.where('ackedAt').aboveOrEqual(cutoffMs).toArray())) busy.add(row.recordId);
    const leaving = new Set(ids.filter((id) => !busy.has(id)));
    if (leaving.size === 0) return { sessions: 0, sentLog: 0 };
    const sentLog = await dropSentOf(db, leaving);
    await db.sessions.bulkDelete([...leaving]);
    return { sessions: leaving.size, sentLog };
  });
}

/** Sessions of every centre on the tablet whose day is before `cutoffDay`: one [centreId+day] range per centre. */
async function sessionsBefore(db: AppDb, cutoffDay: string): Promise<LocalSession[]> {
  const found: LocalSession[] = [];
  let next = await db.sessions.orderBy('[centreId+day]').limit(1).keys();
  while (next[0]) {
    const [centreId] = next[0] as unknown as [string, string]; // the [centreId+day] key of the first row left
    found.push(...(await db.sessions.where('[centreId+day]').between([centreId, Dexie.minKey], [centreId, cutoffDay], true, false).toArray()));
    next = await db.sessions.where('[centreId+day]').above([centreId, Dexie.maxKey]).limit(1).keys();
  }
  return found;
}
