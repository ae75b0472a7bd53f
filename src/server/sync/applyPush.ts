import { centreScope, type Mutation, type MutationResult, type MutationType, type PushRequest } from '../../shared/sync/protocol';
import type { Actor, DeviceRecord, FoundLedgerEntry, PushOptions, SyncTx } from '../store/types';
import { actorRefusal, isOversightEdit, needsActorReview } from './actorRules';
import { BatchState } from './batchState';
import { withCurrent } from './currentRecord';
import { mutationHash } from './requestHash';
import { createSession, deleteSession, rejected, restoreSession, type MutationContext } from './sessionMutations';
import { updateSession } from './updateSession';

const HANDLERS: Record<MutationType, (ctx: MutationContext) => MutationResult> = {
  'session.create': createSession,
  'session.update': updateSession,
  'session.delete': deleteSession,
  'session.restore': restoreSession,
};

type Batch = {
  tx: SyncTx;
  state: BatchState;
  device: DeviceRecord;
  batchId: string;
  now: Date;
  options: PushOptions;
  actors: Map<string, Actor | undefined>;
};

/**
 * The push rules of DESIGN.md §5, run by the store inside ONE transaction: mutations in order, each
 * answered once and recorded in the ledger with its result, so a retry gets the same answer back.
 * A rejection is an answer, not an error: it never aborts the batch. The batch's rows are read in bulk
 * first and written in bulk last (BatchState), inside the same transaction.
 */
export async function applyPush(
  tx: SyncTx,
  device: DeviceRecord,
  request: PushRequest,
  now: Date,
  options: PushOptions = { requireActor: false },
): Promise<MutationResult[]> {
  const state = await BatchState.load(tx, request.mutations, centreScope(device.centreId));
  const batch: Batch = { tx, state, device, batchId: request.batchId, now, options, actors: new Map() };
  const results: MutationResult[] = [];
  for (const mutation of request.mutations) {
    const result = await applyOne(batch, mutation);
    results.push(withCurrent(result, state.getSession(mutation.recordId), device));
  }
  await state.flush();
  return results;
}

async function actorOf(batch: Batch, actorId: string | undefined): Promise<Actor | undefined> {
  if (actorId === undefined) return undefined;
  if (!batch.actors.has(actorId)) batch.actors.set(actorId, await batch.tx.findActor(actorId, batch.device.id));
  return batch.actors.get(actorId);
}

async function applyOne(batch: Batch, m: Mutation): Promise<MutationResult> {
  const { state, device, now } = batch;
  const requestHash = mutationHash(m);
  const seen = state.findLedger(m.mutationId);
  if (seen) return answerSeen(seen, m, requestHash, device);
  const ctx: MutationContext = { batch: state, device, mutation: m, now };
  let result: MutationResult;
  if (batch.options.requireActor) {
    ctx.actor = await actorOf(batch, m.actorId);
    const refusal = actorRefusal(m.actorId, ctx.actor, device);
    result = refusal ? rejected(m, 'FORBIDDEN', refusal) : HANDLERS[m.type](ctx);
  } else {
    result = HANDLERS[m.type](ctx);
  }
  state.addLedger({ mutationId: m.mutationId, deviceId: device.id, batchId: batch.batchId, requestHash, result, appliedAt: now.toISOString() }, device.centreId);
  if (ctx.actor && ctx.written) await auditChange(batch, ctx.actor, ctx.written, m);
  return result;
}

/**
 * A mutationId the ledger knows. The same change again is a retry: `duplicate` with the first answer,
 * also from another device of the same centre (the tablet enrolled again and got a new device id;
 * idempotency rests on mutationId, DESIGN.md §5 "Reinstall"). Anything else reuses the id.
 */
function answerSeen(seen: FoundLedgerEntry, m: Mutation, requestHash: string, device: DeviceRecord): MutationResult {
  const isSameSender = seen.deviceId === device.id || seen.centreId === device.centreId;
  if (isSameSender && seen.requestHash === requestHash) {
    return { mutationId: m.mutationId, status: 'duplicate', result: seen.result };
  }
  return rejected(m, 'MUTATION_ID_REUSED', 'This mutationId was already used for a different change');
}

async function auditChange(batch: Batch, actor: Actor, written: NonNullable<MutationContext['written']>, m: Mutation): Promise<void> {
  const base = {
    at: batch.now.toISOString(),
    actorId: actor.id,
    deviceId: batch.device.id,
    targetType: 'session',
    targetId: written.sessionId,
    ip: batch.options.ip ?? null,
  };
  if (needsActorReview(actor)) {
    await batch.tx.addAudit({ ...base, action: 'sync.disabled_actor', details: { type: m.type, mutationId: m.mutationId, disabledAt: actor.disabledAt } });
  }
  if (m.type !== 'session.create' && isOversightEdit(actor, written.authorId)) {
    await batch.tx.addAudit({ ...base, action: 'session.coordinator_edit', details: { type: m.type, mutationId: m.mutationId, role: actor.role } });
  }
}
