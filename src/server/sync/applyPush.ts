import type { Mutation, MutationResult, MutationType, PushRequest } from '../../shared/sync/protocol';
import type { DeviceRecord, SyncTx } from '../store/types';
import { mutationHash } from './requestHash';
import { createSession, deleteSession, rejected, restoreSession, type MutationContext } from './sessionMutations';
import { updateSession } from './updateSession';

const HANDLERS: Record<MutationType, (ctx: MutationContext) => Promise<MutationResult>> = {
  'session.create': createSession,
  'session.update': updateSession,
  'session.delete': deleteSession,
  'session.restore': restoreSession,
};

/**
 * The push rules of DESIGN.md §5, run by the store inside ONE transaction: mutations in order, each
 * answered once and recorded in the ledger with its result, so a retry gets the same answer back.
 * A rejection is an answer, not an error: it never aborts the batch.
 */
export async function applyPush(tx: SyncTx, device: DeviceRecord, request: PushRequest, now: Date): Promise<MutationResult[]> {
  const results: MutationResult[] = [];
  for (const mutation of request.mutations) {
    results.push(await applyOne(tx, device, request.batchId, mutation, now));
  }
  return results;
}

async function applyOne(tx: SyncTx, device: DeviceRecord, batchId: string, m: Mutation, now: Date): Promise<MutationResult> {
  const requestHash = mutationHash(m);
  const seen = await tx.findLedger(m.mutationId);
  if (seen) {
    if (seen.deviceId === device.id && seen.requestHash === requestHash) {
      return { mutationId: m.mutationId, status: 'duplicate', result: seen.result };
    }
    return rejected(m, 'MUTATION_ID_REUSED', 'This mutationId was already used for a different change');
  }
  const result = await HANDLERS[m.type]({ tx, device, mutation: m, now });
  await tx.addLedger({ mutationId: m.mutationId, deviceId: device.id, batchId, requestHash, result, appliedAt: now.toISOString() });
  return result;
}
