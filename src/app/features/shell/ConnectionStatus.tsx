import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

function subscribe(fn: () => void): () => void {
  window.addEventListener('online', fn);
  window.addEventListener('offline', fn);
  return () => {
    window.removeEventListener('online', fn);
    window.removeEventListener('offline', fn);
  };
}

/** Offline is normal here: say it calmly, and that the work is safe on the tablet. */
export function ConnectionStatus() {
  const { t } = useTranslation('common');
  const isOnline = useSyncExternalStore(subscribe, () => navigator.onLine);
  return <span role="status">{isOnline ? t('connection.online') : t('connection.offline')}</span>;
}
