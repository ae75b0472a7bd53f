import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { behindGate } from '../features/auth/pageBehindGate';
import { tabletRoute } from './tablet';

export const settingsRoute = createRoute({
  getParentRoute: () => tabletRoute,
  path: '/settings',
  component: behindGate(lazyRouteComponent(() => import('./settings.page'), 'SettingsPage')),
});
