import { useTranslation } from 'react-i18next';
import type { Problem } from './problems';

type Props = { fieldErrors?: Partial<Record<string, string>>; problem?: Problem | null };

/**
 * One summary of what went wrong, announced at once; fields keep their own messages. Field errors are
 * translation keys; a server problem is a key with values.
 */
export function FormAlert({ fieldErrors = {}, problem }: Props) {
  const { t } = useTranslation('admin');
  const fieldKeys = [...new Set(Object.values(fieldErrors).filter((k): k is string => Boolean(k)))];
  const messages = fieldKeys.map((key) => t(key));
  if (problem && !fieldKeys.includes(problem.key)) messages.push(t(problem.key, problem.values));
  if (messages.length === 0) return null;
  return (
    <div className="error-summary" role="alert">
      {messages.length > 1 && <strong>{t('errors.summary', { count: messages.length })}</strong>}
      {messages.length === 1 ? (
        <p className="error-summary-single">{messages[0]}</p>
      ) : (
        <ul>
          {messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
