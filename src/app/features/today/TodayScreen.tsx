import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceProfile } from '../../db/device';
import { formatDate, formatNumber } from '../../i18n/format';
import type { Language } from '../../i18n/languages';
import { Button } from '../../ui/Button';
import { Toast } from '../../ui/Toast';
import { StorageWarnings } from '../diagnostics/StorageWarnings';
import { removeSession, undoRemoveSession } from './actions';
import { todayLocal, usePendingIds, useServiceNames, useTodaySessions } from './queries';
import { SessionRow } from './SessionRow';
import { ServiceTally } from './ServiceTally';

type Props = { profile: DeviceProfile; onEdit: (id: string) => void; onNew: () => void };

export function TodayScreen({ profile, onEdit, onNew }: Props) {
  const { t, i18n } = useTranslation(['session', 'common']);
  const lng = i18n.language as Language;
  const day = todayLocal();
  const sessions = useTodaySessions(profile.centreId, day);
  const names = useServiceNames(profile.country);
  const pending = usePendingIds();
  const [deletedId, setDeletedId] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  // Stable between renders, so the rows (SessionRow is memoised) re-render only when they change.
  const nameOf = useMemo(() => (code: string) => names?.get(code)?.[lng] ?? code, [names, lng]);
  const remove = useCallback((id: string) => {
    void removeSession(id).then((ok) => {
      setFailed(!ok);
      if (ok) setDeletedId(id);
    });
  }, []);
  if (!sessions || !names) return null;

  async function undo(id: string) {
    const ok = await undoRemoveSession(id);
    setFailed(!ok);
    if (ok) setDeletedId(null);
  }

  return (
    <>
      <div className="row spread">
        <h1>{t('today.title')}</h1>
        <Button variant="primary" onClick={onNew}>{t('today.newSession')}</Button>
      </div>
      <p>{formatDate(new Date(`${day}T12:00:00`), lng)}</p>
      <StorageWarnings />
      <section className="card" aria-labelledby="today-count">
        <p id="today-count">
          <span className="big-number">{formatNumber(sessions.length, lng)}</span> {t('today.sessionCount', { count: sessions.length })}
        </p>
        <ServiceTally sessions={sessions} nameOf={nameOf} />
      </section>
      <section className="card">
        <h2>{t('today.list')}</h2>
        {sessions.length === 0 ? (
          <p>{t('today.empty')}</p>
        ) : (
          <ul className="list" aria-label={t('today.list')}>
            {sessions.map((s) => (
              <SessionRow key={s.id} session={s} nameOf={nameOf} isPending={pending.has(s.id)} onEdit={onEdit} onDelete={remove} />
            ))}
          </ul>
        )}
      </section>
      {failed && <p className="error-summary" role="alert">{t('common:errors.saveFailed')}</p>}
      {deletedId && (
        <Toast>
          <span>{t('common:status.deleted')}</span>
          <Button onClick={() => void undo(deletedId)}>{t('common:actions.undo')}</Button>
          <Button onClick={() => setDeletedId(null)} aria-label={t('common:actions.close')}>
            {t('common:actions.ok')}
          </Button>
        </Toast>
      )}
    </>
  );
}
