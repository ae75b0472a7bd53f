import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { behindGate } from '../features/auth/pageBehindGate';
import { tabletRoute } from './tablet';

/** /handoff: export pending sessions to an encrypted file, or import one from another tablet. */
export const handoffRoute = createRoute({
  getParentRoute: () => tabletRoute,
  path: '/handoff',
  component: behindGate(lazyRouteComponent(() => import('../features/handoff/HandoffScreen'), 'HandoffScreen')),
});
