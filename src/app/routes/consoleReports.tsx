import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { UUID_PATTERN } from '../../shared/ids';
import { consoleRoute } from './console';

export type ReportsSearch = { week?: string; centres?: string };

const WEEK = /^\d{4}-W\d{2}$/;

/** Checked by hand like consoleSearch.ts: a value that does not fit is dropped. */
export function reportsSearch(search: Record<string, unknown>): ReportsSearch {
  const out: ReportsSearch = {};
  if (typeof search.week === 'string' && WEEK.test(search.week)) out.week = search.week;
  const ids = typeof search.centres === 'string' ? search.centres.split(',') : [];
  if (ids.length > 0 && ids.every((id) => UUID_PATTERN.test(id))) out.centres = ids.join(',');
  return out;
}

/** /console/reports?week=2026-W46&centres=<id>,<id> (no week: the last complete week; no centres: all of them) */
export const consoleReportsRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/reports',
  validateSearch: reportsSearch,
  component: lazyRouteComponent(() => import('./consoleReports.page'), 'ConsoleReportsPage'),
});
