import type { AuditQuery } from '../../../../shared/auth/api';

/** What the audit screen filters by, as it stands in the URL: days are local calendar days (YYYY-MM-DD). */
export type AuditFilters = { action?: string; actor?: string; from?: string; to?: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Local midnight of a calendar day as an instant. */
function startOfDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** The server's query: `from` inclusive, `to` exclusive, so "to" includes the whole last day. */
export function auditQueryOf(filters: AuditFilters, before?: number, limit = 50): AuditQuery {
  const query: AuditQuery = { limit };
  if (filters.action) query.action = filters.action;
  if (filters.actor) query.actorId = filters.actor;
  if (filters.from && DAY.test(filters.from)) query.from = startOfDay(filters.from).toISOString();
  if (filters.to && DAY.test(filters.to)) {
    const end = startOfDay(filters.to);
    end.setDate(end.getDate() + 1);
    query.to = end.toISOString();
  }
  if (before !== undefined) query.before = before;
  return query;
}

export function isRangeValid(filters: AuditFilters): boolean {
  return !filters.from || !filters.to || filters.from <= filters.to;
}
