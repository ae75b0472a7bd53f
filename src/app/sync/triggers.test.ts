import { describe, expect, it, vi } from 'vitest';
import { BACKOFF_CAP_MS, backoffDelay, parseRetryAfter } from './backoff';
import type { CycleOutcome } from './engine';
import { SyncState } from './state';
import { withSyncLock } from './syncLock';
import { DEBOUNCE_MS, SyncScheduler } from './triggers';

/** A scheduler on a hand-driven clock: timers fire only when the test advances time. */
function harness(outcomes: CycleOutcome[], network = { online: true }) {
  let now = 0;
  const timers: { at: number; fn: () => void; id: number }[] = [];
  let nextId = 0;
  const run = vi.fn(() => Promise.resolve(outcomes.shift() ?? { kind: 'done' as const }));
  const retryAt: (number | null)[] = [];
  const scheduler = new SyncScheduler({
    run,
    now: () => now,
    random: () => 0.5,
    setTimer: (fn, ms) => {
      timers.push({ at: now + ms, fn, id: ++nextId });
      return nextId;
    },
    clearTimer: (id) => timers.splice(timers.findIndex((t) => t.id === id) >>> 0, 1),
    onRetryAt: (at) => retryAt.push(at),
    isOnline: () => network.online,
  });
  const advance = async (ms: number) => {
    now += ms;
    for (const t of timers.filter((x) => x.at <= now)) {
      timers.splice(timers.indexOf(t), 1);
      t.fn();
    }
    await new Promise((r) => setTimeout(r, 0));
  };
  return { scheduler, run, advance, retryAt, timers };
}

const failed = (code: 'offline' | 'device_revoked', retryAfterMs?: number): CycleOutcome => ({ kind: 'failed', code, message: '', isFatal: code === 'device_revoked', ...(retryAfterMs ? { retryAfterMs } : {}) });

describe('sync triggers', () => {
  it('makes no automatic attempt while the browser reports no network; "online" and "Sync now" still run', async () => {
    const network = { online: false };
    const h = harness([], network);
    h.scheduler.trigger('start');
    h.scheduler.notifyLocalWrite();
    await h.advance(DEBOUNCE_MS);
    h.scheduler.trigger('interval');
    h.scheduler.trigger('visible');
    await h.advance(0);
    expect(h.run).not.toHaveBeenCalled();
    h.scheduler.trigger('now');
    await h.advance(0);
    expect(h.run).toHaveBeenCalledTimes(1);
    network.online = true;
    h.scheduler.trigger('online');
    await h.advance(0);
    expect(h.run).toHaveBeenCalledTimes(2);
  });

  it('debounces local writes by about two seconds', async () => {
    const h = harness([]);
    h.scheduler.notifyLocalWrite();
    await h.advance(1_000);
    h.scheduler.notifyLocalWrite();
    await h.advance(1_500);
    expect(h.run).not.toHaveBeenCalled();
    await h.advance(DEBOUNCE_MS);
    expect(h.run).toHaveBeenCalledTimes(1);
  });

  it('backs off with full jitter after a failure, and a local write does not cut the backoff short', async () => {
    const h = harness([failed('offline'), failed('offline'), { kind: 'done' }]);
    h.scheduler.trigger('start');
    await h.advance(0);
    expect(h.retryAt.at(-1)).toBe(500); // random 0.5 × 1 s
    h.scheduler.notifyLocalWrite();
    h.scheduler.trigger('interval');
    await h.advance(499);
    expect(h.run).toHaveBeenCalledTimes(1);
    await h.advance(1);
    expect(h.run).toHaveBeenCalledTimes(2);
    expect(h.retryAt.at(-1)).toBe(500 + 1_000); // 0.5 × 2 s
  });

  it('"Sync now" and coming online cut a backoff short; a fatal stop waits for "Sync now"', async () => {
    const h = harness([failed('offline'), failed('device_revoked'), { kind: 'done' }]);
    h.scheduler.trigger('start');
    await h.advance(0);
    h.scheduler.trigger('online');
    await h.advance(0);
    expect(h.run).toHaveBeenCalledTimes(2);
    h.scheduler.trigger('visible');
    h.scheduler.notifyLocalWrite();
    await h.advance(600_000);
    expect(h.run).toHaveBeenCalledTimes(2);
    h.scheduler.trigger('now');
    await h.advance(0);
    expect(h.run).toHaveBeenCalledTimes(3);
  });

  it('honours Retry-After and caps the jitter at five minutes', () => {
    expect(backoffDelay(0, () => 0, 30_000)).toBe(30_000);
    expect(backoffDelay(40, () => 0.999999)).toBeLessThan(BACKOFF_CAP_MS);
    expect(backoffDelay(3, () => 0.25)).toBe(2_000);
    expect(parseRetryAfter('7', 0)).toBe(7_000);
    expect(parseRetryAfter(new Date(60_000).toUTCString(), 0)).toBe(60_000);
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
  });
});

describe('sync state', () => {
  it('keeps the same snapshot object until something changes, and tells subscribers', () => {
    const state = new SyncState();
    const seen = vi.fn();
    const unsubscribe = state.subscribe(seen);
    const first = state.getSnapshot();
    state.update({ pendingCount: 0, error: null });
    expect(state.getSnapshot()).toBe(first);
    state.update({ pendingCount: 3 });
    expect(state.getSnapshot()).not.toBe(first);
    expect(state.getSnapshot().pendingCount).toBe(3);
    expect(seen).toHaveBeenCalledTimes(1);
    unsubscribe();
    state.update({ pendingCount: 4 });
    expect(seen).toHaveBeenCalledTimes(1);
  });
});

describe('sync lock', () => {
  it('runs without the Web Locks API, and skips while another tab holds the lock', async () => {
    const run = () => Promise.resolve({ kind: 'done' as const });
    expect(await withSyncLock(run, undefined)).toEqual({ kind: 'done' });
    const busy = { request: (_n: string, _o: unknown, cb: (lock: Lock | null) => unknown) => Promise.resolve(cb(null)) } as unknown as LockManager;
    expect(await withSyncLock(run, busy)).toEqual({ kind: 'skipped' });
    const request = vi.fn((name: string, _options: LockOptions, cb: (lock: Lock | null) => Promise<CycleOutcome>) => cb({ name, mode: 'exclusive' }));
    expect(await withSyncLock(run, { request } as unknown as LockManager)).toEqual({ kind: 'done' });
    expect(request).toHaveBeenCalledWith('ura-sync', { ifAvailable: true }, expect.any(Function));
  });
});
