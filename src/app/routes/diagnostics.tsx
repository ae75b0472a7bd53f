import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { tabletRoute } from './tablet';

export const diagnosticsRoute = createRoute({
  getParentRoute: () => tabletRoute,
  path: '/diagnostics',
  component: lazyRouteComponent(() => import('./diagnostics.page'), 'DiagnosticsPage'),
});
