import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { LanguageSwitcher } from '../language/LanguageSwitcher';
import { ConsoleUserContext } from './ConsoleUserContext';
import { restoreConsoleSession } from './signIn/actions';
import { SignInScreen } from './signIn/SignInScreen';
import { useConsoleSession } from './useConsoleSession';
import { VolunteerOnly } from './VolunteerOnly';

/** The console is for coordinators and admins: others see sign-in, or a word on where their work is. */
export function ConsoleGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation('admin');
  const session = useConsoleSession();
  useEffect(() => {
    void restoreConsoleSession();
  }, []);

  if (session.status === 'signedIn' && session.user.role !== 'volunteer') {
    return <ConsoleUserContext.Provider value={session.user}>{children}</ConsoleUserContext.Provider>;
  }
  return (
    <main className="narrow">
      <div className="row spread console-topline">
        <span className="app-title-dark">{t('console.title')}</span>
        <LanguageSwitcher />
      </div>
      {session.status === 'restoring' && <p role="status">{t('status.loading')}</p>}
      {session.status === 'unreachable' && (
        <div className="banner banner-warn" role="alert">
          <span>{t('errors.offline')}</span>
          <Button onClick={() => void restoreConsoleSession()}>{t('actions.retry')}</Button>
        </div>
      )}
      {session.status === 'signedOut' && <SignInScreen hasExpired={session.hasExpired} />}
      {session.status === 'signedIn' && <VolunteerOnly user={session.user} />}
    </main>
  );
}
