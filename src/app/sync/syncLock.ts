import type { CycleOutcome } from './engine';

export const SYNC_LOCK = 'ura-sync';

/**
 * One syncing tab: a run takes the Web Lock if it is free and is skipped when another tab holds it.
 * Without the API (old browsers, tests) every tab syncs; the server's ledger makes that harmless.
 */
export async function withSyncLock(run: () => Promise<CycleOutcome>, locks: LockManager | undefined = globalThis.navigator?.locks): Promise<CycleOutcome> {
  if (!locks?.request) return run();
  return locks.request(SYNC_LOCK, { ifAvailable: true }, (lock) => (lock ? run() : { kind: 'skipped' as const }));
}
