import { createRoute, useNavigate } from '@tanstack/react-router';
import { useProfile } from '../features/setup/ProfileContext';
import { TodayScreen } from '../features/today/TodayScreen';
import { tabletRoute } from './tablet';

export const todayRoute = createRoute({ getParentRoute: () => tabletRoute, path: '/', component: TodayPage });

function TodayPage() {
  const navigate = useNavigate();
  return (
    <TodayScreen
      profile={useProfile()}
      onNew={() => void navigate({ to: '/sessions/new' })}
      onEdit={(sessionId) => void navigate({ to: '/sessions/$sessionId', params: { sessionId } })}
    />
  );
}
