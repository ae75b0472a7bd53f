const DAY_MS = 24 * 60 * 60 * 1000;
export const FUTURE_TOLERANCE_MS = DAY_MS;
export const PAST_TOLERANCE_MS = 365 * DAY_MS;

/**
 * Device clocks are user data (DESIGN.md §5): a session dated more than a day ahead of the server or
 * more than a year back is kept but flagged for a coordinator to review, never rejected.
 */
export function isImplausibleDate(occurredAt: unknown, now: Date): boolean {
  if (typeof occurredAt !== 'string') return false;
  const at = Date.parse(occurredAt);
  if (Number.isNaN(at)) return true;
  return at > now.getTime() + FUTURE_TOLERANCE_MS || at < now.getTime() - PAST_TOLERANCE_MS;
}
