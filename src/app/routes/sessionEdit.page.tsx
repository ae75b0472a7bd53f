import { useNavigate } from '@tanstack/react-router';
import { EditSessionScreen } from '../features/sessionForm/EditSessionScreen';
import { useProfile } from '../features/setup/ProfileContext';
import { sessionEditRoute } from './sessionEdit';

export function EditSessionPage() {
  const { sessionId } = sessionEditRoute.useParams();
  const navigate = useNavigate();
  return <EditSessionScreen profile={useProfile()} sessionId={sessionId} onDone={() => void navigate({ to: '/' })} />;
}
