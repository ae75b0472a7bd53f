import { sessionSchema, type Session } from '../../shared/schemas/session';
import { localDayOf } from '../../shared/localDateTime';
import { diffFields } from '../../shared/sync/patch';
import { getDb } from './AppDb';
import { outboxRow } from './outboxRow';
import { recordServiceUse } from './serviceUsage';
import { SessionNotFoundError, toSession } from './sessionReads';
import type { LocalSession } from './tables';

// Writes validate with the shared schema; reads and deletes live apart so the first screen ships without zod.

function toLocal(session: Session, version: number): LocalSession {
  return { ...session, day: localDayOf(session.occurredAt), updatedAt: Date.now(), version };
}

/** Stores a new session and its outbox row in one strict transaction; resolves once both are on disk. */
export async function createSession(input: Session, draftKey?: string): Promise<void> {
  const session = sessionSchema.parse(input);
  const db = getDb();
  await db.transaction('rw', [db.sessions, db.outbox, db.meta], async () => {
    await db.sessions.add(toLocal(session, 0));
    await db.outbox.add(outboxRow('session.create', session.id, { data: session }));
    await recordServiceUse(session.services.map((s) => s.serviceCode));
    if (draftKey) await db.meta.delete(draftKey);
  });
}

/** Stores an edit as a field patch against the version the device last saw. */
export async function updateSession(input: Session, draftKey?: string): Promise<void> {
  const next = sessionSchema.parse(input);
  const db = getDb();
  await db.transaction('rw', [db.sessions, db.outbox, db.meta], async () => {
    const stored = await db.sessions.get(next.id);
    if (!stored || stored.deletedAt) throw new SessionNotFoundError(next.id);
    const patch = diffFields(toSession(stored), next);
    if (draftKey) await db.meta.delete(draftKey);
    if (Object.keys(patch).length === 0) return;
    await db.sessions.put({ ...toLocal(next, stored.version), needsReview: stored.needsReview });
    await db.outbox.add(outboxRow('session.update', next.id, { baseVersion: stored.version, patch }));
  });
}
