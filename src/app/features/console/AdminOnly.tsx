import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useConsoleUser } from './ConsoleUserContext';

/** Screens for admins only: a coordinator who follows a link is told, not shown a broken page. */
export function AdminOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation('admin');
  if (useConsoleUser().role === 'admin') return children;
  return (
    <section className="card">
      <h1>{t('console.adminOnlyTitle')}</h1>
      <p>{t('console.adminOnlyBody')}</p>
    </section>
  );
}
