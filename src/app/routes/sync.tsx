import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { behindGate } from '../features/auth/pageBehindGate';
import { tabletRoute } from './tablet';

export const syncRoute = createRoute({
  getParentRoute: () => tabletRoute,
  path: '/sync',
  component: behindGate(lazyRouteComponent(() => import('../features/sync/SyncScreen'), 'SyncScreen')),
});
