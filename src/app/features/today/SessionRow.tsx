import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalSession } from '../../db/tables';
import { formatTime } from '../../i18n/format';
import type { Language } from '../../i18n/languages';
import { Button } from '../../ui/Button';

type Props = { session: LocalSession; nameOf: (code: string) => string; isPending: boolean; onEdit: (id: string) => void; onDelete: (id: string) => void };

/**
 * One session of the day's list. Re-rendered only when what it shows changes: the list is read again after
 * every write (a pull writes a page of a thousand rows), and every read hands back new objects.
 */
export const SessionRow = memo(function SessionRow({ session, nameOf, isPending, onEdit, onDelete }: Props) {
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
        <Button onClick={() => onEdit(session.id)} aria-label={t('today.editSession', { time })}>{t('common:actions.edit')}</Button>
        <Button variant="danger" onClick={() => onDelete(session.id)} aria-label={t('today.deleteSession', { time })}>
          {t('common:actions.delete')}
        </Button>
      </div>
    </li>
  );
}, isSameRow);

function isSameRow(a: Props, b: Props): boolean {
  const isSameSession = a.session === b.session || shown(a.session) === shown(b.session);
  return isSameSession && a.isPending === b.isPending && a.nameOf === b.nameOf && a.onEdit === b.onEdit && a.onDelete === b.onDelete;
}

/** What a row shows of its session (its labels follow the language through useTranslation). */
function shown(s: LocalSession): string {
  return JSON.stringify([s.id, s.occurredAt, s.durationMin, s.gender, s.ageBand, s.services.map((x) => [x.serviceCode, x.outcome])]);
}
