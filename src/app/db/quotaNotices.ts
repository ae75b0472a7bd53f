import type { FreedSpace } from './quota';

/** What the last storage-full rescue did, for the notice the volunteer sees (this tab only). */
export type QuotaNotice = { outcome: 'saved' | 'full'; freed: FreedSpace; at: number };

let current: QuotaNotice | null = null;
const listeners = new Set<() => void>();

export function reportQuotaNotice(notice: QuotaNotice | null): void {
  current = notice;
  listeners.forEach((fn) => fn());
}

export function getQuotaNotice(): QuotaNotice | null {
  return current;
}

export function subscribeQuotaNotice(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
