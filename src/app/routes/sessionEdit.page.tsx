import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { EditSessionScreen } from '../features/sessionForm/EditSessionScreen';
import { useProfile } from '../features/setup/ProfileContext';

const route = getRouteApi('/sessions/$sessionId');

export function EditSessionPage() {
  const { sessionId } = route.useParams();
  const navigate = useNavigate();
  return <EditSessionScreen profile={useProfile()} sessionId={sessionId} onDone={() => void navigate({ to: '/' })} />;
}
