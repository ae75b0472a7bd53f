import { useLocation, useNavigate } from '@tanstack/react-router';
import { EnrolPageScreen } from '../features/auth/EnrolPageScreen';

export function EnrolPage() {
  const hash = useLocation({ select: (location) => location.hash });
  const navigate = useNavigate();
  return <EnrolPageScreen code={decodeURIComponent(hash.replace(/^#/, ''))} onDone={() => void navigate({ to: '/', replace: true })} />;
}
