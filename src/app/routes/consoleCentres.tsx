import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { consoleRoute } from './console';

export const consoleCentresRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/centres',
  component: lazyRouteComponent(() => import('./consoleCentres.page'), 'ConsoleCentresPage'),
});
