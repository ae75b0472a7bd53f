import type { Session } from '../../../shared/schemas/session';

/** Services assisted per e-service code, most first. */
export function tallyServices(sessions: readonly Pick<Session, 'services'>[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const s of sessions) for (const entry of s.services) counts.set(entry.serviceCode, (counts.get(entry.serviceCode) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
