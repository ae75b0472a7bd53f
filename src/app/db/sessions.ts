import { SESSION_SCHEMA_VERSION, sessionSchema, type Session } from '../../shared/schemas/session';
import { uuidv7 } from '../../shared/ids';
import { localDayOf } from '../../shared/localDateTime';
import { diffFields } from '../../shared/sync/patch';
import type { MutationType } from '../../shared/sync/protocol';
import { getDb } from './AppDb';
import { recordServiceUse } from './serviceUsage';
import type { LocalSession, OutboxRow } from './tables';

function outboxRow(type: MutationType, recordId: string, extra: Partial<OutboxRow>): OutboxRow {
  return { mutationId: uuidv7(), type, recordId, payloadVersion: SESSION_SCHEMA_VERSION, createdAt: Date.now(), ...extra };
}

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

/** Soft delete: the row stays (hidden) so an undo can bring it back; the delete travels like any change. */
export async function deleteSession(id: string): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.sessions, db.outbox], async () => {
    const stored = await db.sessions.get(id);
    if (!stored || stored.deletedAt) throw new SessionNotFoundError(id);
    await db.sessions.update(id, { deletedAt: new Date().toISOString(), updatedAt: Date.now() });
    await db.outbox.add(outboxRow('session.delete', id, { baseVersion: stored.version }));
  });
}

/** Undo: drop the queued delete if it has not left the device, else queue a restore. */
export async function restoreSession(id: string): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.sessions, db.outbox], async () => {
    const stored = await db.sessions.get(id);
    if (!stored?.deletedAt) return;
    const queued = await db.outbox.where('recordId').equals(id).filter((row) => row.type === 'session.delete').first();
    if (queued?.deviceSeq !== undefined) await db.outbox.delete(queued.deviceSeq);
    else await db.outbox.add(outboxRow('session.restore', id, { baseVersion: stored.version }));
    await db.sessions.update(id, { deletedAt: undefined, updatedAt: Date.now() });
  });
}

export async function getSession(id: string): Promise<LocalSession | undefined> {
  const stored = await getDb().sessions.get(id);
  return stored?.deletedAt ? undefined : stored;
}

/** Sessions of one centre on one local day, newest first, deleted ones left out. */
export async function listSessionsOfDay(centreId: string, day: string): Promise<LocalSession[]> {
  const rows = await getDb().sessions.where('[centreId+day]').equals([centreId, day]).toArray();
  return rows.filter((s) => !s.deletedAt).sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
}

/** The most recent session this volunteer logged, for "same as last". */
export async function lastSessionBy(volunteerId: string): Promise<LocalSession | undefined> {
  const recent = await getDb().sessions.orderBy('updatedAt').reverse().limit(50).toArray();
  return recent.find((s) => s.volunteerId === volunteerId && !s.deletedAt);
}

/** Strips local bookkeeping, leaving the shared record. */
export function toSession(local: LocalSession): Session {
  const { day: _d, updatedAt: _u, version: _v, deletedAt: _x, needsReview: _n, ...session } = local;
  return session;
}

export class SessionNotFoundError extends Error {
  constructor(readonly sessionId: string) {
    super(`Session ${sessionId} is not on this device`);
    this.name = 'SessionNotFoundError';
  }
}
