import { createRoute, lazyRouteComponent, notFound } from '@tanstack/react-router';
import { rootRoute } from './root';

/** One-time codes people type: letters, digits and dashes (src/server/auth/tokens.ts). */
const INVITE_CODE = /^[A-Za-z0-9-]{6,64}$/;

/** The URL contract: /invite/<invite code>, as the console shows it to whoever invites. */
export const inviteRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/invite/$inviteCode',
  params: {
    parse: ({ inviteCode }) => {
      // TanStack Router's not-found signal is thrown by design.
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (!INVITE_CODE.test(inviteCode)) throw notFound();
      return { inviteCode };
    },
    stringify: (params) => params,
  },
  component: lazyRouteComponent(() => import('./invite.page'), 'InvitePage'),
});
