import { outboxStats } from '../db/outbox';
import { hasDataKey } from '../db/sealing/dataKey';
import { LockedError } from '../db/sealing/sealTree';
import { updateSyncMeta } from '../db/syncMeta';
import { setUpdateHold } from '../pwa/updateGate';
import type { SyncDeps } from './context';
import { SyncStop, type SyncErrorCode } from './errors';
import { probeWhileLocked, pullAll } from './pull';
import { pushAll } from './push';
import { ensureRegistered } from './registration';
import { SyncState } from './state';

export type CycleOutcome =
  | { kind: 'done' }
  | { kind: 'failed'; code: SyncErrorCode; message: string; isFatal: boolean; retryAfterMs?: number }
  /** Another tab holds the sync lock, or the tablet is locked (sealed groups can be neither sent nor stored). */
  | { kind: 'skipped' };

export type EngineOptions = SyncDeps & {
  state?: SyncState;
  /** Keeps an app update from reloading mid-write (DESIGN.md §9). */
  holdUpdates?: (isHeld: boolean) => void;
  /** Anything but a SyncStop is a bug or a storage failure: reported here (default: console.error). */
  onUnexpectedError?: (error: unknown) => void;
};

/** Rounds of push + pull per run: local writes made during a run are pushed in the same run. */
const MAX_ROUNDS = 3;

/**
 * The device sync engine: register, push the outbox, pull the scopes. One run at a time; a run
 * never throws: it ends in an outcome and the state says why.
 */
export class SyncEngine {
  readonly state: SyncState;
  private running: Promise<CycleOutcome> | null = null;

  constructor(private readonly options: EngineOptions) {
    this.state = options.state ?? new SyncState();
  }

  runCycle(): Promise<CycleOutcome> {
    this.running ??= this.cycle().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  async refreshCounts(): Promise<void> {
    const stats = await outboxStats(this.options.db);
    this.state.update({ pendingCount: stats.pending, oldestPendingAt: stats.oldestCreatedAt, deadLetterCount: stats.deadLetters });
  }

  private async cycle(): Promise<CycleOutcome> {
    const { db, now } = this.options;
    const hold = this.options.holdUpdates ?? ((isHeld: boolean) => setUpdateHold('sync', isHeld));
    const isLocked = !hasDataKey();
    if (!isLocked) {
      this.state.update({ isSyncing: true });
      hold(true);
    }
    try {
      // Locked: only look for a revocation; the next unlock starts a real run (sync/index.ts).
      if (isLocked) {
        await probeWhileLocked(this.options);
        return { kind: 'skipped' };
      }
      await ensureRegistered(this.options);
      for (let round = 0; round < MAX_ROUNDS; round++) {
        await pushAll(this.options);
        await pullAll(this.options);
        if ((await db.outbox.count()) === 0) break;
      }
      const meta = await updateSyncMeta(db, (m) => ({ ...m, lastSyncedAt: now() }));
      this.state.update({ error: null, lastSyncedAt: meta.lastSyncedAt ?? null });
      return { kind: 'done' };
    } catch (error) {
      // Locked in the middle of a run: the write that needed the key was rolled back whole.
      if (error instanceof LockedError) return { kind: 'skipped' };
      const stop = error instanceof SyncStop ? error : new SyncStop('sync_failed', String(error));
      if (!(error instanceof SyncStop)) (this.options.onUnexpectedError ?? ((e) => console.error('sync run failed', e)))(error);
      this.state.update({ error: stop.code });
      const retry = stop.retryAfterMs === undefined ? {} : { retryAfterMs: stop.retryAfterMs };
      return { kind: 'failed', code: stop.code, message: stop.message, isFatal: stop.isFatal, ...retry };
    } finally {
      hold(false);
      await this.refreshCounts().catch(() => undefined);
      this.state.update({ isSyncing: false });
    }
  }
}
