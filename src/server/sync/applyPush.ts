import type { Mutation, MutationResult, MutationType, PushRequest } from '../../shared/sync/protocol';
import type { Actor, DeviceRecord, PushOptions, SyncTx } from '../store/types';
import { actorRefusal, isOversightEdit, needsActorReview } from './actorRules';
import { mutationHash } from './requestHash';
import { createSession, deleteSession, rejected, restoreSession, type MutationContext } from './sessionMutations';
import { updateSession } from './updateSession';

const HANDLERS: Record<MutationType, (ctx: MutationContext) => Promise<MutationResult>> = {
  'session.create': createSession,
  'session.update': updateSession,
  'session.delete': deleteSession,
  'session.restore': restoreSession,
};

type Batch = { tx: SyncTx; device: DeviceRecord; batchId: string; now: Date; options: PushOptions; actors: Map<string, Actor | undefined> };

/**
 * The push rules of DESIGN.md §5, run by the store inside ONE transaction: mutations in order, each
 * answered once and recorded in the ledger with its result, so a retry gets the same answer back.
 * A rejection is an answer, not an error: it never aborts the batch.
 */
export async function applyPush(
  tx: SyncTx,
  device: DeviceRecord,
  request: PushRequest,
  now: Date,
  options: PushOptions = { requireActor: false },
): Promise<MutationResult[]> {
  const batch: Batch = { tx, device, batchId: request.batchId, now, options, actors: new Map() };
  const results: MutationResult[] = [];
  for (const mutation of request.mutations) {
    results.push(await applyOne(batch, mutation));
  }
  return results;
}

async function actorOf(batch: Batch, actorId: string | undefined): Promise<Actor | undefined> {
  if (actorId === undefined) return undefined;
  if (!batch.actors.has(actorId)) batch.actors.set(actorId, await batch.tx.findActor(actorId, batch.device.id));
  return batch.actors.get(actorId);
}

async function applyOne(batch: Batch, m: Mutation): Promise<MutationResult> {
  const { tx, device, now } = batch;
  const requestHash = mutationHash(m);
  const seen = await tx.findLedger(m.mutationId);
  if (seen) {
    if (seen.deviceId === device.id && seen.requestHash === requestHash) {
      return { mutationId: m.mutationId, status: 'duplicate', result: seen.result };
    }
    return rejected(m, 'MUTATION_ID_REUSED', 'This mutationId was already used for a different change');
  }
  const ctx: MutationContext = { tx, device, mutation: m, now };
  let result: MutationResult;
  if (batch.options.requireActor) {
    ctx.actor = await actorOf(batch, m.actorId);
    const refusal = actorRefusal(m.actorId, ctx.actor, device);
    result = refusal ? rejected(m, 'FORBIDDEN', refusal) : await HANDLERS[m.type](ctx);
  } else {
    result = await HANDLERS[m.type](ctx);
  }
  await tx.addLedger({ mutationId: m.mutationId, deviceId: device.id, batchId: batch.batchId, requestHash, result, appliedAt: now.toISOString() });
  if (ctx.actor && ctx.written) await auditChange(batch, ctx.actor, ctx.written, m);
  return result;
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
