import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** Offline, the server's report cannot load; a tablet still has its own centre's sessions. */
export function OfflineFallback({ week }: { week: string }) {
  const { t } = useTranslation('reports');
  return (
    <p>
      <Link to="/reports" search={{ week }}>
        {t('local.openFromConsole')}
      </Link>
    </p>
  );
}
