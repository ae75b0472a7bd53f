import type { Session } from '../../shared/schemas/session';
import { getDb } from './AppDb';
import type { LocalSession } from './tables';

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
