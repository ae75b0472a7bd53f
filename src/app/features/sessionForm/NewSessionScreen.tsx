import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceProfile } from '../../db/device';
import { noteServicesUsed } from './actions';
import { emptyDraft, type SessionDraft } from './formState';
import { useCatalogue, useLastSession, useServiceScores } from './queries';
import { SessionForm } from './SessionForm';

export function NewSessionScreen({ profile }: { profile: DeviceProfile }) {
  const { t } = useTranslation('session');
  const catalogue = useCatalogue(profile.country);
  const [scores, refreshScores] = useServiceScores();
  const [last, refreshLast] = useLastSession(profile.volunteerId);
  const afterSave = useCallback(
    (saved: SessionDraft) => {
      void noteServicesUsed(saved).then(refreshScores);
      refreshLast();
    },
    [refreshScores, refreshLast],
  );
  if (!catalogue) return null;
  return (
    <>
      <h1>{t('form.title')}</h1>
      <SessionForm formId="new" who={identityOf(profile)} catalogue={catalogue} scores={scores} lastSession={last} initial={() => emptyDraft()} afterSave={afterSave} />
    </>
  );
}

export function identityOf(profile: DeviceProfile) {
  return { centreId: profile.centreId, volunteerId: profile.volunteerId, deviceId: profile.deviceId };
}
