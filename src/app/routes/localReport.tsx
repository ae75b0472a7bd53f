import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { behindGate } from '../features/auth/pageBehindGate';
import { tabletRoute } from './tablet';

export type LocalReportSearch = { week?: string };

/** The week is checked by the page, which says so when it is no week it can show. */
export function localReportSearch(search: Record<string, unknown>): LocalReportSearch {
  return typeof search.week === 'string' && search.week.length <= 20 ? { week: search.week } : {};
}

/** /reports?week=2026-W47: this tablet's own centre report, offline; its code loads only when opened. */
export const localReportRoute = createRoute({
  getParentRoute: () => tabletRoute,
  path: '/reports',
  validateSearch: localReportSearch,
  component: behindGate(lazyRouteComponent(() => import('./localReport.page'), 'LocalReportPage')),
});
