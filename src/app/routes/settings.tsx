import { createRoute } from '@tanstack/react-router';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { useProfile } from '../features/setup/ProfileContext';
import { rootRoute } from './root';

export const settingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/settings',
  component: () => <SettingsScreen profile={useProfile()} />,
});
