/** How long ago, in the unit a person would say: the key names a plural-aware text in sync.json. */
export function ageOf(since: number, now: number): { key: string; count: number } {
  const minutes = Math.max(0, Math.floor((now - since) / 60_000));
  if (minutes < 1) return { key: 'sync:age.justNow', count: 0 };
  if (minutes < 60) return { key: 'sync:age.minutes', count: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { key: 'sync:age.hours', count: hours };
  return { key: 'sync:age.days', count: Math.floor(hours / 24) };
}

/** DESIGN.md §4: warn when unsynced work is older than three days. */
export const STALE_PENDING_MS = 3 * 86_400_000;
