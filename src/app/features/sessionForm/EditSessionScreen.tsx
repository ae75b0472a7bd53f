import { useTranslation } from 'react-i18next';
import type { DeviceProfile } from '../../db/device';
import { draftFromSession } from './formState';
import { useCatalogue, useServiceScores, useStoredSession } from './queries';
import { SessionForm } from './SessionForm';

type Props = { profile: DeviceProfile; sessionId: string; onDone: () => void };

export function EditSessionScreen({ profile, sessionId, onDone }: Props) {
  const { t } = useTranslation('session');
  const catalogue = useCatalogue(profile.country);
  const [scores] = useServiceScores();
  const stored = useStoredSession(sessionId);
  if (!catalogue || stored === undefined) return null;
  if (stored === null) return <p role="alert">{t('edit.notFound')}</p>;
  // The author stays the author: an edit never changes who logged the session.
  const who = { centreId: stored.centreId, volunteerId: stored.volunteerId, deviceId: stored.deviceId };
  return (
    <>
      <h1>{t('edit.title')}</h1>
      <SessionForm formId={`edit:${sessionId}`} existingId={sessionId} who={who} catalogue={catalogue} scores={scores} initial={() => draftFromSession(stored)} onSaved={onDone} />
    </>
  );
}
