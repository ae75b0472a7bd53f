import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { tabletRoute } from './tablet';

export const syncRoute = createRoute({
  getParentRoute: () => tabletRoute,
  path: '/sync',
  component: lazyRouteComponent(() => import('../features/sync/SyncScreen'), 'SyncScreen'),
});
