import { createRoute } from '@tanstack/react-router';
import { NewSessionScreen } from '../features/sessionForm/NewSessionScreen';
import { useProfile } from '../features/setup/ProfileContext';
import { rootRoute } from './root';

export const sessionNewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sessions/new',
  component: () => <NewSessionScreen profile={useProfile()} />,
});
