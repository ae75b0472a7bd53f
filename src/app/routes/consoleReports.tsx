import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { UUID_PATTERN } from '../../shared/ids';
import { consoleRoute } from './console';

export type ReportsSearch = { week?: string; centre?: string };

const WEEK = /^\d{4}-W\d{2}$/;

/** Checked by hand like consoleSearch.ts: a value that does not fit is dropped. */
export function reportsSearch(search: Record<string, unknown>): ReportsSearch {
  const out: ReportsSearch = {};
  if (typeof search.week === 'string' && WEEK.test(search.week)) out.week = search.week;
  if (typeof search.centre === 'string' && UUID_PATTERN.test(search.centre)) out.centre = search.centre;
  return out;
}

/** /console/reports?week=2026-W46&centre=<centre id> (no week: the last complete week; no centre: all of them) */
export const consoleReportsRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/reports',
  validateSearch: reportsSearch,
  component: lazyRouteComponent(() => import('./consoleReports.page'), 'ConsoleReportsPage'),
});
