import { useTranslation } from 'react-i18next';
import type { LockStatus } from '../../../api/reports';
import { formatDateTime } from '../formatDateTime';

type Props = { changed: readonly LockStatus[]; centreName: (id: string) => string | undefined };

/** Weeks that were reported (locked) and changed since: the numbers sent may no longer match. */
export function ChangedNotice({ changed, centreName }: Props) {
  const { t, i18n } = useTranslation('admin');
  if (changed.length === 0) return null;
  return (
    <div className="banner banner-warn" role="status">
      <div>
        <strong>{t('reports.changedTitle')}</strong>
        <ul>
          {changed.map((lock) => (
            <li key={`${lock.centreId}:${lock.week}`}>
              {t('reports.changedBody', {
                count: lock.changedAfterLock,
                centre: centreName(lock.centreId) ?? lock.centreId,
                week: lock.week,
                when: formatDateTime(lock.lockedAt, i18n.language),
              })}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
