import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../language/LanguageSwitcher';

/** A new version waits for tabs still open on the old one; it continues by itself once they close. */
export function DbBlockedScreen() {
  const { t } = useTranslation('diagnostics');
  return (
    <main>
      <div className="row spread">
        <h1>{t('blocked.title')}</h1>
        <LanguageSwitcher />
      </div>
      <p role="status">{t('blocked.body')}</p>
    </main>
  );
}
