import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { StorageFacts, StorageWarning } from './warnings';
import { WarningList } from './WarningList';

type Props = { warnings: readonly StorageWarning[]; facts: StorageFacts; now: number; hasDetailsLink: boolean };

export function WarningBanner({ warnings, facts, now, hasDetailsLink }: Props) {
  const { t } = useTranslation('diagnostics');
  return (
    <section className="banner banner-warn" aria-label={t('warningsLabel')}>
      <WarningList warnings={warnings} facts={facts} now={now} />
      {hasDetailsLink && (
        <Link to="/diagnostics" className="link-target">
          {t('details')}
        </Link>
      )}
    </section>
  );
}
