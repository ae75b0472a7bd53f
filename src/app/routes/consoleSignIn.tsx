import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from './root';

/** /console/sign-in: a page of its own, outside the console gate. */
export const consoleSignInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/console/sign-in',
  component: lazyRouteComponent(() => import('./consoleSignIn.page'), 'ConsoleSignInPage'),
});
