import { sessionSchema, type Session } from '../../shared/schemas/session';
import { localDayOf } from '../../shared/localDateTime';
import { diffFields } from '../../shared/sync/patch';
import { getDb } from './AppDb';
import { untilCommitted } from './committed';
import { outboxRow } from './outboxRow';
import { SessionNotFoundError, toSession } from './sessionReads';
import type { LocalSession } from './tables';

// Writes validate with the shared schema; reads and deletes live apart so the first screen ships without zod.

function toLocal(session: Session, version: number): LocalSession {
  return { ...session, day: localDayOf(session.occurredAt), updatedAt: Date.now(), version };
}

/**
 * Validates (throwing the schema's ZodError on bad input: the form's only validation) and stores a new
 * session and its outbox row in one strict transaction; resolves once both are on disk (untilCommitted).
 */
export async function createSession(input: unknown, draftKey?: string): Promise<void> {
  const session = sessionSchema.parse(input);
  const db = getDb();
  const local = toLocal(session, 0);
  const row = outboxRow('session.create', session.id, { data: session });
  await untilCommitted(() =>
    db.transaction('rw', [db.sessions, db.outbox, db.meta], async () => {
      // Issued together, not one after another: IndexedDB still applies them in order and one failure
      // aborts them all, but the save waits for one round trip instead of three.
      await Promise.all([db.sessions.add(local), db.outbox.add(row), draftKey ? db.meta.delete(draftKey) : undefined]);
    }),
  );
}

/** Stores an edit as a field patch against the version the device last saw (validates like createSession). */
export async function updateSession(input: unknown, draftKey?: string): Promise<void> {
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
