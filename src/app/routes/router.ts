import { createRouter } from '@tanstack/react-router';
import { rootRoute } from './root';
import { sessionEditRoute } from './sessionEdit';
import { sessionNewRoute } from './sessionNew';
import { settingsRoute } from './settings';
import { tabletRoute } from './tablet';
import { todayRoute } from './today';

const routeTree = rootRoute.addChildren([tabletRoute.addChildren([todayRoute, sessionNewRoute, sessionEditRoute, settingsRoute])]);

export const router = createRouter({ routeTree });

declare module '@tanstack/react-router' {
  // Module augmentation needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Register {
    router: typeof router;
  }
}
