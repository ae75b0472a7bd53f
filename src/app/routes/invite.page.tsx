import { useNavigate } from '@tanstack/react-router';
import { AcceptInviteScreen } from '../features/console/invite/AcceptInviteScreen';
import { inviteRoute } from './invite';

export function InvitePage() {
  const { inviteCode } = inviteRoute.useParams();
  const navigate = useNavigate();
  return <AcceptInviteScreen inviteCode={inviteCode} onConsole={() => void navigate({ to: '/console', replace: true })} />;
}
