import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from './validation';

/** One list of what to fix, announced at once; the fields keep their own messages too. */
export const ErrorSummary = memo(function ErrorSummary({ errors }: { errors: FormErrors }) {
  const { t } = useTranslation('session');
  const messages = [...new Set(Object.values(errors).filter((m): m is string => Boolean(m)))];
  if (messages.length === 0) return null;
  return (
    <div className="error-summary" role="alert">
      <strong>{t('validation.summary', { count: messages.length })}</strong>
      <ul>
        {messages.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </div>
  );
});
