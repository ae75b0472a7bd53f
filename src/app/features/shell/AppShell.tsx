import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../language/LanguageSwitcher';
import { QuotaNotice } from '../diagnostics/QuotaNotice';
import { UpdatePrompt } from '../update/UpdatePrompt';
import { SyncBadge } from '../sync/SyncBadge';
import { ConnectionStatus } from './ConnectionStatus';

export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation('common');
  return (
    <>
      <header className="app-header">
        <span className="app-title">{t('appName')}</span>
        <nav className="app-nav" aria-label={t('nav.label')}>
          <Link to="/">{t('nav.today')}</Link>
          <Link to="/sessions/new">{t('nav.newSession')}</Link>
          <Link to="/reports">{t('nav.reports')}</Link>
          <Link to="/settings">{t('nav.settings')}</Link>
        </nav>
        <ConnectionStatus />
        <SyncBadge />
        <LanguageSwitcher />
      </header>
      <main>
        <UpdatePrompt />
        <QuotaNotice />
        {children}
      </main>
    </>
  );
}
