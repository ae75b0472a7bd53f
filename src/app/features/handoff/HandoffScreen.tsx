import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { refreshServerKey } from './actions';
import { useSyncSnapshot } from '../sync/queries';
import { ExportForm } from './ExportForm';
import { ImportForm } from './ImportForm';

/** Hand-off without internet (issue 6): pending sessions out to an encrypted file, or in from one. */
export function HandoffScreen() {
  const { t } = useTranslation('handoff');
  const sync = useSyncSnapshot();
  // While online, keep the server's key on the tablet for an export made weeks later without a connection.
  useEffect(() => void refreshServerKey(), []);
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <ExportForm pendingCount={sync.pendingCount} />
      <ImportForm />
    </>
  );
}
