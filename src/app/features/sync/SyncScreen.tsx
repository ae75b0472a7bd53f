import { useTranslation } from 'react-i18next';
import { syncNow } from '../../sync';
import { formatNumber } from '../../i18n/format';
import type { Language } from '../../i18n/languages';
import { Button } from '../../ui/Button';
import { ageOf, STALE_PENDING_MS } from './age';
import { DeadLetterList } from './DeadLetterList';
import { useNow, useSyncSnapshot } from './queries';

export function SyncScreen() {
  const { t, i18n } = useTranslation('sync');
  const sync = useSyncSnapshot();
  const now = useNow();
  const lng = i18n.language as Language;
  const ago = (at: number) => {
    const { key, count } = ageOf(at, now);
    return t(key, { count });
  };
  const isStale = sync.oldestPendingAt !== null && now - sync.oldestPendingAt > STALE_PENDING_MS;
  return (
    <>
      <h1>{t('title')}</h1>
      {isStale && (
        <p className="banner banner-warn" role="alert">
          {t('stale')}
        </p>
      )}
      <section className="card" aria-labelledby="sync-pending">
        <p id="sync-pending">
          <span className="big-number">{formatNumber(sync.pendingCount, lng)}</span>{' '}
          {t('pending', { count: sync.pendingCount })}
        </p>
        <dl>
          <dt>{t('oldestPending')}</dt>
          <dd>{sync.oldestPendingAt === null ? t('none') : ago(sync.oldestPendingAt)}</dd>
          <dt>{t('lastSynced')}</dt>
          <dd>{sync.lastSyncedAt === null ? t('never') : ago(sync.lastSyncedAt)}</dd>
        </dl>
        {sync.error && (
          <p className="error-summary" role="alert">
            {t(`error.${sync.error}`)}
          </p>
        )}
        <Button variant="primary" onClick={syncNow} disabled={sync.isSyncing}>
          {sync.isSyncing ? t('syncing') : t('syncNow')}
        </Button>
      </section>
      <DeadLetterList />
    </>
  );
}
