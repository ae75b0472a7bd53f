import type { SyncErrorCode } from './errors';

/** What the UI shows about sync. Ages are computed at render time from the timestamps (device clock, ms). */
export type SyncSnapshot = Readonly<{
  /** Changes on this tablet the server has not acknowledged yet. */
  pendingCount: number;
  /** createdAt of the oldest of them; null when none. */
  oldestPendingAt: number | null;
  /** Changes the server refused for good (see listDeadLetters). */
  deadLetterCount: number;
  lastSyncedAt: number | null;
  isSyncing: boolean;
  /** Why the last run stopped; null after a successful one. */
  error: SyncErrorCode | null;
  /** When the next automatic retry is due; null when none is scheduled. */
  nextRetryAt: number | null;
}>;

export const INITIAL_SNAPSHOT: SyncSnapshot = {
  pendingCount: 0,
  oldestPendingAt: null,
  deadLetterCount: 0,
  lastSyncedAt: null,
  isSyncing: false,
  error: null,
  nextRetryAt: null,
};

/** useSyncExternalStore-friendly: getSnapshot returns the same object until something changed. */
export class SyncState {
  private snapshot: SyncSnapshot = INITIAL_SNAPSHOT;
  private readonly listeners = new Set<() => void>();

  readonly getSnapshot = (): SyncSnapshot => this.snapshot;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  update(patch: Partial<SyncSnapshot>): void {
    const keys = Object.keys(patch) as (keyof SyncSnapshot)[];
    if (keys.every((k) => patch[k] === this.snapshot[k])) return;
    this.snapshot = { ...this.snapshot, ...patch };
    this.listeners.forEach((fn) => fn());
  }
}
