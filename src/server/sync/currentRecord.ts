import { centreScope, type Change, type MutationResult } from '../../shared/sync/protocol';
import type { DeviceRecord, SessionRow } from '../store/types';

/** A session as a pull would deliver it (the same `Change`), so a device can apply it the same way. */
export function sessionChange(row: SessionRow): Change {
  const deleted = row.deletedAt !== null;
  return {
    scope: centreScope(row.centreId),
    entity: 'session',
    id: row.id,
    changeSeq: row.changeSeq,
    version: row.version,
    deleted,
    data: deleted ? null : row.data,
    meta: {
      receivedAt: row.receivedAt,
      needsReview: row.needsReview,
      deletedAt: row.deletedAt,
      deletedBy: row.deletedBy,
      authorDeviceId: row.authorDeviceId,
    },
  };
}

/**
 * A refusal answered with the server's current copy of the record, when there is one the device's
 * centre may see (another centre's record stays unconfirmed, as in NOT_FOUND). Only the answer carries
 * it: the ledger keeps the refusal alone, and a retry gets the copy as it is then.
 */
export function withCurrent(result: MutationResult, row: SessionRow | undefined, device: DeviceRecord): MutationResult {
  if (result.status === 'duplicate') return { ...result, result: withCurrent(result.result, row, device) };
  if (result.status !== 'rejected' || !row || row.centreId !== device.centreId) return result;
  return { ...result, current: sessionChange(row) };
}
