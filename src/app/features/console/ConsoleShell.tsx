import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { LanguageSwitcher } from '../language/LanguageSwitcher';
import { useConsoleUser } from './ConsoleUserContext';
import { signOutOfConsole } from './signIn/actions';

/** The console's frame: what a coordinator or admin may manage, who is signed in, sign out. */
export function ConsoleShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation(['admin', 'handoff']);
  const user = useConsoleUser();
  const isAdmin = user.role === 'admin';
  return (
    <>
      <header className="app-header">
        <span className="app-title">{t('console.title')}</span>
        <nav className="app-nav" aria-label={t('console.nav.label')}>
          <Link to="/console/centres">{t('console.nav.centres')}</Link>
          <Link to="/console/people">{t('console.nav.people')}</Link>
          <Link to="/console/devices">{t('console.nav.devices')}</Link>
          <Link to="/console/handoff">{t('handoff:console.nav')}</Link>
          <Link to="/console/reports">{t('reports.nav')}</Link>
          {isAdmin && <Link to="/console/catalogue">{t('console.nav.catalogue')}</Link>}
          {isAdmin && <Link to="/console/audit">{t('console.nav.audit')}</Link>}
        </nav>
        <span className="who">{t('console.signedInAs', { name: user.displayName, role: t(`roles.${user.role}`) })}</span>
        <LanguageSwitcher />
        <Button className="btn-on-brand" onClick={() => void signOutOfConsole()}>
          {t('console.signOut')}
        </Button>
      </header>
      <main className="wide">{children}</main>
    </>
  );
}
