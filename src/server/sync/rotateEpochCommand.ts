import type { Store } from '../store/types';

/**
 * `cli.ts rotate-epoch`: after the database was restored from a backup, give it a new serverEpoch
 * (DESIGN.md §5 "Epoch"). Devices then answer 409 EPOCH_CHANGED / `resync: true` by pulling every scope
 * from zero and pushing again what they authored since; the restored ledger answers `duplicate` for
 * what survived. Running servers cache the epoch: restart every instance afterwards.
 */
export async function rotateEpochCommand(store: Store, write: (line: string) => void): Promise<string> {
  const before = store.serverEpoch();
  const after = await store.rotateEpoch();
  write(`serverEpoch: ${before} -> ${after}`);
  write('Restart every server instance now: running servers keep answering with the old epoch until they restart.');
  return after;
}
