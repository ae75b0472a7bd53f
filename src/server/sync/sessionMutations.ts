import { ZodError } from 'zod';
import { upgradeSession, type Session } from '../../shared/schemas/session';
import { isSameValue } from '../../shared/sync/patch';
import { centreScope, type Mutation, type MutationResult, type RejectCode } from '../../shared/sync/protocol';
import { mayEditSession, mayRestoreSession } from '../auth/deviceAuth';
import type { Actor, DeviceRecord, SessionRow } from '../store/types';
import type { BatchState } from './batchState';
import { landsInReview, mayChangeSession } from './actorRules';
import { isImplausibleDate } from './reviewFlags';

export type MutationContext = {
  /** The batch so far: reads and writes go through it, in memory, until it is flushed. */
  batch: BatchState;
  device: DeviceRecord;
  mutation: Mutation;
  now: Date;
  /** The person the mutation speaks for, on devices that must name one (sync/actorRules.ts). */
  actor?: Actor | undefined;
  /** Set by a handler that changed a session: which one and whose it is (for the audit log). */
  written?: { sessionId: string; authorId: unknown };
};

export function rejected(m: Mutation, code: RejectCode, message: string): MutationResult {
  return { mutationId: m.mutationId, status: 'rejected', code, message, retryable: false };
}

export function unchanged(m: Mutation, row: SessionRow): MutationResult {
  return { mutationId: m.mutationId, status: 'applied', version: row.version, changeSeq: row.changeSeq };
}

export function createSession(ctx: MutationContext): MutationResult {
  const { batch, device, mutation: m, now } = ctx;
  if (m.data === undefined || m.patch !== undefined) {
    return rejected(m, 'INVALID_DATA', 'session.create carries the whole record in `data` and no `patch`');
  }
  let session: Session;
  try {
    session = upgradeSession(m.data, m.payloadVersion);
  } catch (err) {
    return rejected(m, 'INVALID_DATA', describeInvalid(err));
  }
  if (session.id !== m.recordId) return rejected(m, 'INVALID_DATA', 'data.id must equal recordId');
  if (session.centreId !== device.centreId) {
    return rejected(m, 'FORBIDDEN', 'A device records sessions for its own centre only');
  }
  if (ctx.actor && session.volunteerId !== ctx.actor.id) {
    return rejected(m, 'FORBIDDEN', 'volunteerId must be the person who made the change (actorId)');
  }
  const existing = batch.getSession(m.recordId);
  if (existing) {
    // A re-push of the very same record (e.g. after a restore from backup) is harmless.
    const isSame = existing.centreId === device.centreId && !existing.deletedAt && isSameValue(existing.data, session);
    return isSame ? unchanged(m, existing) : rejected(m, 'ALREADY_EXISTS', 'A session with this id already exists');
  }
  const changeSeq = batch.nextChangeSeq(centreScope(device.centreId));
  const at = now.toISOString();
  batch.insertSession({
    id: session.id,
    centreId: session.centreId,
    data: session,
    fieldVersions: {},
    version: 1,
    changeSeq,
    authorDeviceId: device.id,
    updatedByDeviceId: device.id,
    receivedAt: at,
    updatedAt: at,
    deletedAt: null,
    deletedBy: null,
    needsReview: isImplausibleDate(session.occurredAt, now) || landsInReview(ctx.actor, ctx.device),
  });
  ctx.written = { sessionId: session.id, authorId: session.volunteerId };
  return { mutationId: m.mutationId, status: 'applied', version: 1, changeSeq };
}

/** Soft delete; it wins over concurrent edits (later updates are rejected). Deleting twice is a no-op. */
export function deleteSession(ctx: MutationContext): MutationResult {
  const { batch, device, mutation: m, now } = ctx;
  if (m.data !== undefined || m.patch !== undefined) return rejected(m, 'INVALID_DATA', 'session.delete carries no data');
  const row = loadEditable(ctx);
  if ('status' in row) return row;
  if (row.deletedAt) return unchanged(m, row);
  const version = row.version + 1;
  const changeSeq = batch.nextChangeSeq(centreScope(row.centreId));
  const at = now.toISOString();
  const needsReview = row.needsReview || landsInReview(ctx.actor, ctx.device);
  batch.updateSession({ ...row, version, changeSeq, updatedAt: at, updatedByDeviceId: device.id, deletedAt: at, deletedBy: device.id, needsReview });
  ctx.written = { sessionId: row.id, authorId: row.data.volunteerId };
  return { mutationId: m.mutationId, status: 'applied', version, changeSeq };
}

/** Un-deletes, when asked by the device that recorded the session or the one that deleted it. */
export function restoreSession(ctx: MutationContext): MutationResult {
  const { batch, device, mutation: m, now } = ctx;
  if (m.data !== undefined || m.patch !== undefined) return rejected(m, 'INVALID_DATA', 'session.restore carries no data');
  const row = loadEditable(ctx);
  if ('status' in row) return row;
  if (!row.deletedAt) return unchanged(m, row);
  if (!ctx.actor && !mayRestoreSession(device, row)) {
    return rejected(m, 'FORBIDDEN', 'Only the device that recorded or deleted this session may restore it');
  }
  const version = row.version + 1;
  const changeSeq = batch.nextChangeSeq(centreScope(row.centreId));
  const at = now.toISOString();
  const needsReview = row.needsReview || landsInReview(ctx.actor, ctx.device);
  batch.updateSession({ ...row, version, changeSeq, updatedAt: at, updatedByDeviceId: device.id, deletedAt: null, deletedBy: null, needsReview });
  ctx.written = { sessionId: row.id, authorId: row.data.volunteerId };
  return { mutationId: m.mutationId, status: 'applied', version, changeSeq };
}

/** Another centre's session answers exactly like a missing one: ids of other centres are not confirmed. */
export function loadEditable({ batch, device, mutation: m, actor }: MutationContext): SessionRow | MutationResult {
  const row = batch.getSession(m.recordId);
  if (!row || row.centreId !== device.centreId) return rejected(m, 'NOT_FOUND', 'No such session');
  if (!mayEditSession(device, row)) return rejected(m, 'FORBIDDEN', 'This device may not change this session');
  if (actor && !mayChangeSession(actor, row.data.volunteerId, row.centreId)) {
    return rejected(m, 'FORBIDDEN', "Only the session's author, a coordinator of the centre or an admin may change it");
  }
  return row;
}

export function describeInvalid(err: unknown): string {
  if (!(err instanceof ZodError)) return err instanceof Error ? err.message : 'Invalid session';
  const parts = err.issues.slice(0, 10).map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`);
  return `Invalid session: ${parts.join('; ')}`.slice(0, 500);
}
