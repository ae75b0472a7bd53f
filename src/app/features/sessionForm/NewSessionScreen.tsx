import { useTranslation } from 'react-i18next';
import type { DeviceProfile } from '../../db/device';
import { emptyDraft } from './formState';
import { useCatalogue, useLastSession, useServiceScores } from './queries';
import { SessionForm } from './SessionForm';

export function NewSessionScreen({ profile }: { profile: DeviceProfile }) {
  const { t } = useTranslation('session');
  const catalogue = useCatalogue(profile.country);
  const scores = useServiceScores();
  const last = useLastSession(profile.volunteerId);
  if (!catalogue) return null;
  return (
    <>
      <h1>{t('form.title')}</h1>
      <SessionForm formId="new" who={identityOf(profile)} catalogue={catalogue} scores={scores} lastSession={last} initial={() => emptyDraft()} />
    </>
  );
}

export function identityOf(profile: DeviceProfile) {
  return { centreId: profile.centreId, volunteerId: profile.volunteerId, deviceId: profile.deviceId };
}
