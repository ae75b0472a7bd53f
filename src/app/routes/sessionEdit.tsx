import { createRoute, lazyRouteComponent, notFound } from '@tanstack/react-router';
import { UUID_PATTERN } from '../../shared/ids';
import { behindGate } from '../features/auth/pageBehindGate';
import { tabletRoute } from './tablet';

/** The URL contract: /sessions/<UUIDv7 of a session>; anything else is not found. */
export const sessionEditRoute = createRoute({
  getParentRoute: () => tabletRoute,
  path: '/sessions/$sessionId',
  params: {
    parse: ({ sessionId }) => {
      // TanStack Router's not-found signal is thrown by design.
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (!UUID_PATTERN.test(sessionId)) throw notFound();
      return { sessionId };
    },
    stringify: (params) => params,
  },
  component: behindGate(lazyRouteComponent(() => import('./sessionEdit.page'), 'EditSessionPage')),
});
