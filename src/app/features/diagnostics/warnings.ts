import type { PersistAnswer } from '../../pwa/persist';
import { STALE_PENDING_MS } from '../sync/age';

/** DESIGN.md §4: below this much free space the volunteer is warned (the browser's per-site quota). */
export const LOW_FREE_BYTES = 200 * 1_048_576;

/** What the diagnostics screen shows; null where the browser does not say. */
export type StorageFacts = {
  usage: number | null;
  quota: number | null;
  isPersisted: boolean | null;
  persistAnswer: PersistAnswer | null;
  pendingSessions: number;
  oldestPendingAt: number | null;
  lastSyncedAt: number | null;
  localWindowDays: number;
};

export type StorageWarning = 'stalePending' | 'lowSpace' | 'persistRefused';

/** The warnings that apply now, most urgent first. */
export function storageWarnings(facts: StorageFacts, now: number): StorageWarning[] {
  const found: StorageWarning[] = [];
  if (facts.oldestPendingAt !== null && now - facts.oldestPendingAt > STALE_PENDING_MS) found.push('stalePending');
  if (facts.usage !== null && facts.quota !== null && facts.quota - facts.usage < LOW_FREE_BYTES) found.push('lowSpace');
  if (facts.isPersisted === false && facts.persistAnswer === 'refused') found.push('persistRefused');
  return found;
}

export function freeBytes(facts: Pick<StorageFacts, 'usage' | 'quota'>): number | null {
  return facts.usage === null || facts.quota === null ? null : Math.max(0, facts.quota - facts.usage);
}
