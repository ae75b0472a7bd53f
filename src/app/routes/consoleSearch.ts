import { UUID_PATTERN } from '../../shared/ids';
import { COUNTRIES, type Country } from '../../shared/schemas/vocabulary';

/*
 * Search-parameter contracts of the console routes, checked by hand: route files load with the first
 * screen, which ships without zod. A value that does not fit is dropped, never passed on.
 */

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ACTION = /^[a-z_]+(\.[a-z_]+)?$/;

function match(value: unknown, pattern: RegExp): string | undefined {
  return typeof value === 'string' && pattern.test(value) ? value : undefined;
}

export function centreSearch(search: Record<string, unknown>): { centre?: string } {
  const centre = match(search.centre, UUID_PATTERN);
  return centre ? { centre } : {};
}

export function countrySearch(search: Record<string, unknown>): { country?: Country } {
  const country = COUNTRIES.find((c) => c === search.country);
  return country ? { country } : {};
}

export type AuditSearch = { action?: string; actor?: string; from?: string; to?: string };

export function auditSearch(search: Record<string, unknown>): AuditSearch {
  const out: AuditSearch = {
    action: match(search.action, ACTION),
    actor: match(search.actor, UUID_PATTERN),
    from: match(search.from, DAY),
    to: match(search.to, DAY),
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}
