import { createRoute, useNavigate } from '@tanstack/react-router';
import { z } from 'zod';
import { UUID_PATTERN } from '../../shared/ids';
import { EditSessionScreen } from '../features/sessionForm/EditSessionScreen';
import { useProfile } from '../features/setup/ProfileContext';
import { rootRoute } from './root';

const paramsSchema = z.object({ sessionId: z.string().regex(UUID_PATTERN) });

export const sessionEditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sessions/$sessionId',
  params: { parse: (raw) => paramsSchema.parse(raw), stringify: (p) => p },
  component: EditPage,
});

function EditPage() {
  const { sessionId } = sessionEditRoute.useParams();
  const navigate = useNavigate();
  return <EditSessionScreen profile={useProfile()} sessionId={sessionId} onDone={() => void navigate({ to: '/' })} />;
}
