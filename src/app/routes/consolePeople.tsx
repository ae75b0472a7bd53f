import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { consoleRoute } from './console';

export const consolePeopleRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/people',
  component: lazyRouteComponent(() => import('./consolePeople.page'), 'ConsolePeoplePage'),
});
