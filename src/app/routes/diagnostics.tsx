import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { behindGate } from '../features/auth/pageBehindGate';
import { tabletRoute } from './tablet';

export const diagnosticsRoute = createRoute({
  getParentRoute: () => tabletRoute,
  path: '/diagnostics',
  component: behindGate(lazyRouteComponent(() => import('./diagnostics.page'), 'DiagnosticsPage')),
});
