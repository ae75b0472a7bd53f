import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { consoleRoute } from './console';
import { auditSearch } from './consoleSearch';

/** /console/audit?action=…&actor=<person id>&from=YYYY-MM-DD&to=YYYY-MM-DD */
export const consoleAuditRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/audit',
  validateSearch: auditSearch,
  component: lazyRouteComponent(() => import('./consoleAudit.page'), 'ConsoleAuditPage'),
});
