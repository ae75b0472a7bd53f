import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useSyncSnapshot } from './queries';

/** In the header: how many changes wait for the server, and whether something needs attention. */
export function SyncBadge() {
  const { t } = useTranslation('sync');
  const sync = useSyncSnapshot();
  const needsAttention = sync.deadLetterCount > 0 || (sync.error !== null && sync.error !== 'offline');
  const label = sync.pendingCount > 0 ? t('badge.pending', { count: sync.pendingCount }) : t('badge.allSynced');
  return (
    <Link to="/sync" className={needsAttention ? 'sync-badge sync-badge-alert' : 'sync-badge'}>
      {needsAttention ? t('badge.attention') : label}
    </Link>
  );
}
