import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { tabletRoute } from './tablet';

export const settingsRoute = createRoute({
  getParentRoute: () => tabletRoute,
  path: '/settings',
  component: lazyRouteComponent(() => import('./settings.page'), 'SettingsPage'),
});
