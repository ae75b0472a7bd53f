import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { consoleRoute } from './console';

/** /console/handoff: import a tablet's hand-off file into the server (coordinators of its centre, admins). */
export const consoleHandoffRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/handoff',
  component: lazyRouteComponent(() => import('../features/console/handoff/HandoffImportScreen'), 'HandoffImportScreen'),
});
