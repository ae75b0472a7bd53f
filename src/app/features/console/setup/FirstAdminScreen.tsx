import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { LanguageSwitcher } from '../../language/LanguageSwitcher';
import { FormAlert } from '../FormAlert';
import { useAuthStatus } from './queries';
import { SetupForm } from './SetupForm';

/** /setup: the first start of a server. Once an admin exists it only says so. */
export function FirstAdminScreen({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('admin');
  const status = useAuthStatus();
  return (
    <main className="narrow">
      <div className="row spread">
        <h1>{t('setup.title')}</h1>
        <LanguageSwitcher />
      </div>
      {status.problem && (
        <>
          <FormAlert problem={status.problem} />
          <Button onClick={status.reload}>{t('actions.retry')}</Button>
        </>
      )}
      {status.isLoading && <p role="status">{t('status.loading')}</p>}
      {status.data?.needsSetup === false && (
        <section className="card">
          <p>{t('setup.alreadyDone')}</p>
          <Link className="btn btn-primary link-button" to="/console/sign-in">
            {t('setup.toSignIn')}
          </Link>
        </section>
      )}
      {status.data?.needsSetup && (
        <>
          <p>{t('setup.intro')}</p>
          <SetupForm onDone={onDone} />
        </>
      )}
    </main>
  );
}
