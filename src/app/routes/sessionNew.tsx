import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from './root';

export const sessionNewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sessions/new',
  component: lazyRouteComponent(() => import('./sessionNew.page'), 'NewSessionPage'),
});
