import { sessionSchema } from '../../shared/schemas/session';
import { isSameValue } from '../../shared/sync/patch';
import { centreScope, type MutationResult } from '../../shared/sync/protocol';
import type { HistoryEntry } from '../store/types';
import { mergePatch } from './mergePatch';
import { landsInReview } from './actorRules';
import { isImplausibleDate } from './reviewFlags';
import { describeInvalid, loadEditable, rejected, unchanged, type MutationContext } from './sessionMutations';

/** Fields that say whose and where a session is; an update may repeat them but never change them. */
const IMMUTABLE_FIELDS = ['id', 'centreId', 'deviceId', 'volunteerId'] as const;

/**
 * A field patch against `baseVersion` (DESIGN.md §5): see mergePatch for who wins. The merged record
 * must still be a valid session; a deleted session takes no more edits (the delete wins).
 */
export function updateSession(ctx: MutationContext): MutationResult {
  const { batch, device, mutation: m, now } = ctx;
  if (m.patch === undefined || m.data !== undefined) {
    return rejected(m, 'INVALID_DATA', 'session.update carries changed fields in `patch` and no `data`');
  }
  if (m.baseVersion === undefined) return rejected(m, 'INVALID_DATA', 'session.update needs baseVersion');
  const row = loadEditable(ctx);
  if ('status' in row) return row;
  if (row.deletedAt) return rejected(m, 'NOT_FOUND', 'The session was deleted; a delete wins over edits');
  if (m.baseVersion > row.version) return rejected(m, 'INVALID_DATA', 'baseVersion is ahead of the server');
  for (const field of IMMUTABLE_FIELDS) {
    if (field in m.patch && !isSameValue(m.patch[field], row.data[field])) {
      return rejected(m, 'INVALID_DATA', `${field} cannot change`);
    }
  }
  const version = row.version + 1;
  const merge = mergePatch({
    current: row.data,
    fieldVersions: row.fieldVersions,
    authorDeviceId: row.authorDeviceId,
    patch: m.patch,
    baseVersion: m.baseVersion,
    deviceId: device.id,
    newVersion: version,
  });
  if (merge.changedFields.length === 0) return unchanged(m, row);
  const parsed = sessionSchema.safeParse(merge.next);
  if (!parsed.success) return rejected(m, 'INVALID_DATA', describeInvalid(parsed.error));

  const changeSeq = batch.nextChangeSeq(centreScope(row.centreId));
  const at = now.toISOString();
  const history: HistoryEntry[] = merge.conflicts.map((c) => ({
    sessionId: row.id,
    field: c.field,
    oldValue: c.oldValue,
    oldVersion: c.oldVersion,
    oldByDeviceId: c.oldBy,
    newVersion: version,
    newByDeviceId: device.id,
    mutationId: m.mutationId,
    recordedAt: at,
  }));
  batch.addHistory(history);
  const isRedated = merge.changedFields.includes('occurredAt') && isImplausibleDate(parsed.data.occurredAt, now);
  batch.updateSession({
    ...row,
    data: parsed.data,
    fieldVersions: merge.fieldVersions,
    version,
    changeSeq,
    updatedByDeviceId: device.id,
    updatedAt: at,
    needsReview: row.needsReview || history.length > 0 || isRedated || landsInReview(ctx.actor, ctx.device),
  });
  ctx.written = { sessionId: row.id, authorId: row.data.volunteerId };
  if (history.length === 0) return { mutationId: m.mutationId, status: 'applied', version, changeSeq };
  const conflictingFields = merge.conflicts.map((c) => c.field);
  return { mutationId: m.mutationId, status: 'merged', version, changeSeq, conflictingFields };
}
