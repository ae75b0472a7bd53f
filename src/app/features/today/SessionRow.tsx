import { useTranslation } from 'react-i18next';
import type { LocalSession } from '../../db/tables';
import { formatTime } from '../../i18n/format';
import type { Language } from '../../i18n/languages';
import { Button } from '../../ui/Button';

type Props = { session: LocalSession; nameOf: (code: string) => string; isPending: boolean; onEdit: () => void; onDelete: () => void };

export function SessionRow({ session, nameOf, isPending, onEdit, onDelete }: Props) {
  const { t, i18n } = useTranslation(['session', 'vocabulary', 'common']);
  const lng = i18n.language as Language;
  const time = formatTime(new Date(session.occurredAt), lng);
  const services = session.services.map((s) => `${nameOf(s.serviceCode)} (${t(`vocabulary:outcome.${s.outcome}`)})`).join(', ');
  return (
    <li className="row spread">
      <div>
        <strong>{time}</strong> · {services}
        <div className="hint">
          {t(`vocabulary:gender.${session.gender}`)} · {t(`vocabulary:ageBand.${session.ageBand}`)} · {t('form.minutes', { count: session.durationMin })} ·{' '}
          {isPending ? t('today.notSynced') : t('today.synced')}
        </div>
      </div>
      <div className="row">
        <Button onClick={onEdit} aria-label={t('today.editSession', { time })}>{t('common:actions.edit')}</Button>
        <Button variant="danger" onClick={onDelete} aria-label={t('today.deleteSession', { time })}>
          {t('common:actions.delete')}
        </Button>
      </div>
    </li>
  );
}
