import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { tabletRoute } from './tablet';

export const sessionNewRoute = createRoute({
  getParentRoute: () => tabletRoute,
  path: '/sessions/new',
  component: lazyRouteComponent(() => import('./sessionNew.page'), 'NewSessionPage'),
});
