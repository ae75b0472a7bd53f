import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { consoleRoute } from './console';
import { centreSearch } from './consoleSearch';

/** /console/devices?centre=<centre id>: one centre's tablets (the first centre in scope without it). */
export const consoleDevicesRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/devices',
  validateSearch: centreSearch,
  component: lazyRouteComponent(() => import('./consoleDevices.page'), 'ConsoleDevicesPage'),
});
