import { MAX_BATCH_BYTES, MAX_BATCH_MUTATIONS } from '../../shared/sync/limits';
import type { PushRequest, PushResponse } from '../../shared/sync/protocol';
import { toMutation } from '../db/outbox';
import { releaseBatch, takeBatch, type OutboxBatch } from '../db/outboxBatch';
import { applyPushResults, deadLetterRows } from '../db/syncAck';
import { beginResync } from '../db/syncEpoch';
import { readSyncMeta, type SyncMeta } from '../db/syncMeta';
import { call, newId, type SyncDeps } from './context';
import { SyncStop, stopFor } from './errors';
import { isCredentialProblem, pullAll } from './pull';
import { register } from './registration';
import { errorOf, type TransportResponse } from './transport';

/**
 * Drains the outbox oldest first, one batch in flight. A batch whose answer never came stays stamped
 * and is sent again as it was (same batchId and mutationIds) by the next run. While a batch travels,
 * the next one is cut (read and stamped, not sent): it leaves as soon as the answer is in, while that
 * answer is applied (Acks). Only a full answer lets it go: a row the answer left out goes first.
 */
export async function pushAll(deps: SyncDeps): Promise<void> {
  let maxCount = MAX_BATCH_MUTATIONS;
  let hasReRegistered = false;
  let epochChanges = 0;
  let upcoming: Promise<OutboxBatch | null> | null = null;
  const acks = new Acks();
  let known: SyncMeta | null = null;
  for (let rebasePulls = 0; ; ) {
    const meta = known ?? (await readSyncMeta(deps.db));
    known = null;
    if (meta.needsRebase) {
      // A batch cut ahead is read again after the rebase (which may rewrite its base versions).
      if (upcoming) await upcoming;
      upcoming = null;
      await acks.settled();
      if (rebasePulls++ > 3) throw new SyncStop('sync_failed', 'The re-pull after a server restore does not finish');
      // After a restore: re-pull first; its last page fits the queued base versions to the server.
      await pullAll(deps);
      continue;
    }
    const credentials = meta.credentials;
    if (!credentials) throw new SyncStop('unauthorized', 'Not registered');
    const cut: OutboxBatch | null = upcoming ? await upcoming : null;
    upcoming = null;
    // Only a batch cut ahead leaves before the last answer is applied; the head is read after it.
    if (!cut) await acks.settled();
    const batch: OutboxBatch | null = cut ?? (await takeBatch(deps.db, { maxCount, maxBytes: MAX_BATCH_BYTES }, newId(deps), deps.now()));
    if (!batch) return;
    const body: PushRequest = { deviceId: credentials.deviceId, batchId: batch.batchId, mutations: batch.rows.map(toMutation) };
    const sending = call(deps, '/push', body, { token: credentials.token, epoch: meta.epoch });
    const next = cutNext(deps, maxCount, batch);
    const response = await sending.catch(async (error: unknown) => {
      await next;
      await acks.settled().catch(() => undefined); // the transport's failure is the one to report
      throw error;
    });
    if (response.status === 200) {
      // A smaller batch size learnt from a 413 is kept for the rest of the run (a proxy's limit stays).
      const { results } = response.body as PushResponse;
      // The answer before was applied while this batch travelled; if that failed, stop here.
      await acks.settled().catch(async (error: unknown) => {
        await next;
        throw error;
      });
      // Read before the answer is applied, not after: a read of `meta` would wait for that whole transaction.
      // Applying an answer never changes what the loop reads (credentials, epoch, needsRebase).
      known = await readSyncMeta(deps.db);
      acks.add(() => applyPushResults(deps.db, batch.stored, results, deps.now()));
      // FIFO: a row the answer left out is re-sent (under its batchId) before anything behind it.
      const answered = new Set(results.map((r) => r.mutationId));
      upcoming = batch.rows.every((r) => answered.has(r.mutationId)) ? next : next.then(() => null);
      continue;
    }
    // Anything else: the batch cut ahead is not sent now (it stays queued, stamped, in its place).
    const ahead = await next;
    await acks.settled();
    if (response.status === 413 || (response.status === 400 && isMutationFault(response))) {
      if (ahead) await releaseBatch(deps.db, ahead.batchId);
      maxCount = await shrink(deps, batch, response);
    } else if (isCredentialProblem(response) && !hasReRegistered) {
      hasReRegistered = true;
      await register(deps);
    } else if (response.status === 409 && errorOf(response).code === 'EPOCH_CHANGED' && epochChanges++ < 3) {
      await beginResync(deps.db, epochOf(response));
    } else {
      throw stopFor(response, deps.now());
    }
  }
}

/**
 * The answers being applied, one after another in arrival order. The next batch travels meanwhile: the
 * server has committed the answered one, and until its answer is applied its rows stay queued and stamped,
 * so a crash or a failed apply only means they are sent again and answered `duplicate`. At most one
 * answer is being applied while a batch travels; after a failed apply nothing more is, and settled() throws it.
 */
class Acks {
  private chain: Promise<void> = Promise.resolve();
  private failure: { error: unknown } | null = null;

  add(apply: () => Promise<void>): void {
    this.chain = this.chain.then(async () => {
      if (this.failure) return;
      try {
        await apply();
      } catch (error) {
        this.failure = { error };
      }
    });
  }

  /** Resolves when every answer so far is applied; throws the first failure. */
  async settled(): Promise<void> {
    await this.chain;
    if (this.failure) throw this.failure.error;
  }
}

/** The batch after `inFlight`, cut while it travels; null when there is none yet or the cut failed. */
async function cutNext(deps: SyncDeps, maxCount: number, inFlight: OutboxBatch): Promise<OutboxBatch | null> {
  const lastSeq = inFlight.rows.at(-1)?.deviceSeq;
  if (lastSeq === undefined) return null;
  try {
    return await takeBatch(deps.db, { maxCount, maxBytes: MAX_BATCH_BYTES }, newId(deps), deps.now(), lastSeq);
  } catch {
    return null; // cut again from the head after the answer (a storage failure shows there)
  }
}

/** 413 halves the batch; a single mutation the server cannot take goes to the dead letters. */
async function shrink(deps: SyncDeps, batch: OutboxBatch, response: TransportResponse): Promise<number> {
  await releaseBatch(deps.db, batch.batchId);
  if (batch.rows.length > 1) return Math.max(1, Math.floor(batch.rows.length / 2));
  const error = errorOf(response);
  const code = response.status === 413 ? 'TOO_LARGE' : 'MALFORMED';
  await deadLetterRows(deps.db, batch.rows, { code, message: error.message }, deps.now());
  return MAX_BATCH_MUTATIONS; // that one mutation was the problem, not the batch size
}

/** A 400 about the mutations themselves (not the envelope, which would be the engine's own bug). */
function isMutationFault(response: TransportResponse): boolean {
  const issues = (errorOf(response).details as { issues?: { path?: string }[] } | undefined)?.issues ?? [];
  return issues.length > 0 && issues.every((i) => i.path?.startsWith('mutations.') === true);
}

function epochOf(response: TransportResponse): string {
  const details = errorOf(response).details as { serverEpoch?: unknown } | undefined;
  if (typeof details?.serverEpoch === 'string') return details.serverEpoch;
  throw new SyncStop('sync_failed', 'EPOCH_CHANGED without the new serverEpoch');
}
