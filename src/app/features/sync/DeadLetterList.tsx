import { useTranslation } from 'react-i18next';
import { dismissDeadLetter } from '../../sync';
import { formatDate, formatTime } from '../../i18n/format';
import type { Language } from '../../i18n/languages';
import { Button } from '../../ui/Button';
import { useDeadLetters } from './queries';

const KNOWN_REASONS = [
  'INVALID_DATA',
  'NOT_FOUND',
  'FORBIDDEN',
  'MUTATION_ID_REUSED',
  'UNSUPPORTED_VERSION',
  'ALREADY_EXISTS',
];

/** Changes the server refused for good: visible, explained, never silently dropped. */
export function DeadLetterList() {
  const { t, i18n } = useTranslation('sync');
  const lng = i18n.language as Language;
  const letters = useDeadLetters();
  if (letters.length === 0) return null;
  return (
    <section className="card">
      <h2>{t('rejected.title')}</h2>
      <p className="hint">{t('rejected.hint')}</p>
      <ul className="list" aria-label={t('rejected.title')}>
        {letters.map((letter) => {
          const when = new Date(letter.createdAt);
          const reason = KNOWN_REASONS.includes(letter.code) ? letter.code : 'OTHER';
          return (
            <li key={letter.mutationId} className="row spread">
              <div>
                <strong>{t(`rejected.type.${letter.type.replace('session.', '')}`)}</strong> · {formatDate(when, lng)}{' '}
                {formatTime(when, lng)}
                <div>{t(`rejected.reason.${reason}`)}</div>
              </div>
              <Button onClick={() => void dismissDeadLetter(letter.mutationId)}>{t('rejected.dismiss')}</Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
