import { createRoute, lazyRouteComponent, notFound } from '@tanstack/react-router';
import { UUID_PATTERN } from '../../shared/ids';
import { rootRoute } from './root';

/** The URL contract: /sessions/<UUIDv7 of a session>; anything else is not found. */
export const sessionEditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sessions/$sessionId',
  params: {
    parse: ({ sessionId }) => {
      if (!UUID_PATTERN.test(sessionId)) throw notFound();
      return { sessionId };
    },
    stringify: (params) => params,
  },
  component: lazyRouteComponent(() => import('./sessionEdit.page'), 'EditSessionPage'),
});
