import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { behindGate } from '../features/auth/pageBehindGate';
import { tabletRoute } from './tablet';

export const sessionNewRoute = createRoute({
  getParentRoute: () => tabletRoute,
  path: '/sessions/new',
  component: behindGate(lazyRouteComponent(() => import('./sessionNew.page'), 'NewSessionPage')),
});
