import { MAX_PULL_LIMIT } from '../../shared/sync/limits';
import { getDb } from '../db/AppDb';
import { listDeadLetters, dismissDeadLetter } from '../db/outbox';
import { watchOutboxStats } from '../db/outboxWatch';
import { hasDataKey, watchDataKey } from '../db/sealing/dataKey';
import { SyncEngine } from './engine';
import { fetchTransport } from './fetchTransport';
import { syncState } from './syncState';
import { withSyncLock } from './syncLock';
import { attachBrowserTriggers, SyncScheduler } from './triggers';

export type { SyncSnapshot } from './state';
export type { SyncErrorCode } from './errors';
export { listDeadLetters, dismissDeadLetter };

export { syncState };

let scheduler: SyncScheduler | null = null;

/** Starts background sync for this tab; called once from main.tsx after the app has rendered. */
export function startSync(options: { baseUrl?: string } = {}): void {
  if (scheduler) return;
  // The largest page the protocol allows: a fresh tablet's first pull takes fewer round trips and transactions.
  const deps = { db: getDb(), transport: fetchTransport(options.baseUrl), now: Date.now, random: Math.random, pullLimit: MAX_PULL_LIMIT };
  const engine = new SyncEngine({ ...deps, state: syncState });
  const started = new SyncScheduler({
    run: () => withSyncLock(() => engine.runCycle()),
    now: Date.now,
    random: Math.random,
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    onRetryAt: (at) => syncState.update({ nextRetryAt: at }),
    isOnline: () => navigator.onLine,
  });
  scheduler = started;
  attachBrowserTriggers(started);
  // Any tab's write shows in the pending count at once, and wakes the syncing tab.
  let lastPending = -1;
  watchOutboxStats(getDb(), (stats) => {
    // lastSyncedAt too: the tab that holds the sync lock may be another one.
    syncState.update({ pendingCount: stats.pending, oldestPendingAt: stats.oldestCreatedAt, deadLetterCount: stats.deadLetters, lastSyncedAt: stats.lastSyncedAt });
    if (stats.pending > lastPending && lastPending >= 0) started.notifyLocalWrite();
    lastPending = stats.pending;
  });
  // Runs wait while the tablet is locked (the engine skips them); an unlock starts one.
  watchDataKey(() => {
    if (hasDataKey()) started.trigger('start');
  });
  started.trigger('start');
}

/** After a local write; debounced. (Writes are also noticed by themselves; calling this is harmless.) */
export function notifyLocalWrite(): void {
  scheduler?.notifyLocalWrite();
}

/**
 * The "Sync now" button (and a fresh enrolment): cuts any backoff short, and retries even after a fatal
 * stop. Tapped in the first moments after a start, before main.tsx has started the engine, it starts it.
 */
export function syncNow(): void {
  if (!scheduler) startSync();
  scheduler?.trigger('now');
}
