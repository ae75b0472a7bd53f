import { useNavigate } from '@tanstack/react-router';
import { FirstAdminScreen } from '../features/console/setup/FirstAdminScreen';

export function SetupPage() {
  const navigate = useNavigate();
  return <FirstAdminScreen onDone={() => void navigate({ to: '/console' })} />;
}
