import { backoffDelay } from './backoff';
import type { CycleOutcome } from './engine';

export const DEBOUNCE_MS = 2_000;
export const INTERVAL_MS = 60_000;

export type SchedulerDeps = {
  run: () => Promise<CycleOutcome>;
  now: () => number;
  random: () => number;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  /**
   * False only when the browser knows there is no network (navigator.onLine). Automatic runs then wait
   * for the "online" event: an attempt would only fail, back off and leave a batch stamped half-full.
   */
  isOnline?: () => boolean;
  /** Told when the next automatic retry is due (null: none). */
  onRetryAt?: (at: number | null) => void;
};

/**
 * When to sync: after a local write (debounced), on start, online, visible, every minute while
 * visible, and "Sync now". Failures back off with full jitter; a backoff is only cut short by
 * "Sync now" or the network coming back. A fatal stop (revoked, too old) waits for "Sync now".
 * While the browser reports no network, only "Sync now" runs (and says so); "online" resumes.
 */
export class SyncScheduler {
  private timer: unknown = null;
  private attempt = 0;
  private isBackingOff = false;
  private isStopped = false;
  private isRunning = false;
  private isRerunWanted = false;

  constructor(private readonly deps: SchedulerDeps) {}

  notifyLocalWrite(): void {
    if (this.isBackingOff || this.isStopped) return;
    this.schedule(DEBOUNCE_MS);
  }

  /** start · visible · interval: sync unless backing off; online · now: reset the backoff and sync. */
  trigger(reason: 'start' | 'visible' | 'interval' | 'online' | 'now'): void {
    if (reason === 'now' || reason === 'online') {
      if (reason === 'now') this.isStopped = false;
      this.attempt = 0;
      this.isBackingOff = false;
    } else if (this.isBackingOff || this.isStopped) return;
    if (this.isStopped) return;
    this.clear();
    void this.run(reason === 'now' ? 'now' : undefined);
  }

  stop(): void {
    this.isStopped = true;
    this.clear();
  }

  private schedule(ms: number): void {
    this.clear();
    this.timer = this.deps.setTimer(() => {
      this.timer = null;
      this.isBackingOff = false;
      void this.run();
    }, ms);
  }

  private clear(): void {
    if (this.timer !== null) this.deps.clearTimer(this.timer);
    this.timer = null;
  }

  private async run(reason?: 'now'): Promise<void> {
    if (reason !== 'now' && this.deps.isOnline?.() === false) return;
    if (this.isRunning) {
      this.isRerunWanted = true;
      return;
    }
    this.isRunning = true;
    this.deps.onRetryAt?.(null);
    const outcome = await this.deps.run();
    this.isRunning = false;
    if (outcome.kind === 'failed' && outcome.isFatal) {
      this.isStopped = true;
      this.clear();
    } else if (outcome.kind === 'failed' && outcome.code !== 'not_set_up') {
      const delay = backoffDelay(this.attempt, this.deps.random, outcome.retryAfterMs);
      this.attempt += 1;
      this.isBackingOff = true;
      this.schedule(delay);
      this.deps.onRetryAt?.(this.deps.now() + delay);
    } else if (outcome.kind === 'done') {
      this.attempt = 0;
      if (this.isRerunWanted) this.schedule(0);
    }
    this.isRerunWanted = false;
  }
}

/** Wires the browser's events to a scheduler; returns the function that unwires them. */
export function attachBrowserTriggers(scheduler: SyncScheduler, win: Window = window, doc: Document = document): () => void {
  const isVisible = () => doc.visibilityState === 'visible';
  const onOnline = () => scheduler.trigger('online');
  const onVisibility = () => {
    if (isVisible()) scheduler.trigger('visible');
  };
  win.addEventListener('online', onOnline);
  doc.addEventListener('visibilitychange', onVisibility);
  const interval = win.setInterval(() => {
    if (isVisible()) scheduler.trigger('interval');
  }, INTERVAL_MS);
  return () => {
    win.removeEventListener('online', onOnline);
    doc.removeEventListener('visibilitychange', onVisibility);
    win.clearInterval(interval);
  };
}
