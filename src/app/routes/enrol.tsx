import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from './root';

/**
 * /enrol#CODE: the link in the console's QR code. The code rides in the fragment, which never reaches
 * a server or its logs; without one the page asks for it.
 */
export const enrolRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/enrol',
  component: lazyRouteComponent(() => import('./enrol.page'), 'EnrolPage'),
});
