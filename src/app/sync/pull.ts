import type { PullRequest, PullResponse } from '../../shared/sync/protocol';
import { beginResync } from '../db/syncEpoch';
import { readSyncMeta } from '../db/syncMeta';
import { sealChangesAhead } from '../db/syncApply';
import { applyPullPage } from '../db/syncPull';
import { call, type SyncDeps } from './context';
import { SyncStop, stopFor } from './errors';
import { register } from './registration';
import { errorOf, type TransportResponse } from './transport';

const MAX_PAGES = 100_000;
const MAX_RESYNCS = 3;

/**
 * Pulls page after page until the server has nothing more. Each page and its cursors land in one
 * transaction, so a failure between pages loses nothing and skips nothing. While a page is applied the
 * next one is already asked for with the cursors that page leaves; its answer is used only when the
 * stored cursors turn out to be exactly those (otherwise it is dropped and the page asked for again).
 */
export async function pullAll(deps: SyncDeps): Promise<void> {
  let hasReRegistered = false;
  let resyncs = 0;
  let ahead: PageRequest | null = null;
  for (let pages = 0; ; pages++) {
    // A server that never says "done" must not keep a tablet busy forever.
    if (pages >= MAX_PAGES || resyncs > MAX_RESYNCS) throw new SyncStop('sync_failed', 'The pull does not come to an end');
    const meta = await readSyncMeta(deps.db);
    const credentials = meta.credentials;
    if (!credentials) throw new SyncStop('unauthorized', 'Not registered');
    const request: PullRequest = {
      deviceId: credentials.deviceId,
      cursors: meta.cursors,
      ...(meta.epoch === undefined ? {} : { serverEpoch: meta.epoch }),
      ...(deps.pullLimit === undefined ? {} : { limit: deps.pullLimit }),
    };
    const asked: PageRequest = ahead?.key === keyOf(request, credentials.token) ? ahead : ask(deps, request, credentials.token);
    ahead = null;
    const response = await asked.response;
    if (isCredentialProblem(response) && !hasReRegistered) {
      hasReRegistered = true;
      await register(deps);
      continue;
    }
    if (response.status !== 200) throw stopFor(response, deps.now());
    const page = response.body as PullResponse;
    if (page.resync || (meta.epoch !== undefined && page.serverEpoch !== meta.epoch)) {
      // Restored from backup: this page counts from another history. Start over from zero.
      await beginResync(deps.db, page.serverEpoch);
      resyncs += 1;
      continue;
    }
    if (page.hasMore && page.removedScopes.length === 0) ahead = ask(deps, { ...request, cursors: page.cursors }, credentials.token);
    const { isMoreNeeded } = await applyPullPage(deps.db, page, deps.now());
    if (!isMoreNeeded) return;
  }
}

/** A pull on its way; `key` says which stored state (cursors, epoch, token) it was asked from. */
type PageRequest = { key: string; response: Promise<TransportResponse> };

function ask(deps: SyncDeps, request: PullRequest, token: string): PageRequest {
  const response = call(deps, '/pull', request, { token });
  // Sealed as soon as it arrives, while the page before it is still being written (sealing/sealAhead.ts).
  // An answer asked for ahead and then dropped must not become an unhandled rejection.
  response.then((r) => r.status === 200 && sealChangesAhead((r.body as Partial<PullResponse> | null)?.changes)).catch(() => undefined);
  return { key: keyOf(request, token), response };
}

function keyOf(request: PullRequest, token: string): string {
  return JSON.stringify([token, request]);
}

/**
 * While the tablet is locked nothing is pushed or stored (sealed groups need the key), but a revoked
 * tablet must still find out, so its volunteer can save the unsynced sessions: a one-row pull whose
 * answer is only looked at, never applied. Only a revocation matters; anything else waits for the unlock.
 */
export async function probeWhileLocked(deps: SyncDeps): Promise<void> {
  const credentials = (await readSyncMeta(deps.db)).credentials;
  if (!credentials) return;
  const request: PullRequest = { deviceId: credentials.deviceId, cursors: {}, limit: 1 };
  const response = await call(deps, '/pull', request, { token: credentials.token }).catch(() => null);
  if (response?.status === 403 && errorOf(response).code === 'DEVICE_REVOKED') throw stopFor(response, deps.now());
}

/** 401, or 403 other than a revocation (the token speaks for another device id): enrol again. */
export function isCredentialProblem(response: TransportResponse): boolean {
  return response.status === 401 || (response.status === 403 && errorOf(response).code !== 'DEVICE_REVOKED');
}
