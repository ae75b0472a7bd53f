import { useTranslation } from 'react-i18next';

/** Says plainly whose numbers these are: this tablet's copy, not the centre's report. */
export function LocalOnlyBanner({ centreName }: { centreName: string | undefined }) {
  const { t } = useTranslation('reports');
  return (
    <div className="banner banner-warn" role="note" data-testid="local-only">
      <div>
        <strong>{t('local.bannerTitle')}</strong>
        <p>{t('local.bannerBody', { centre: centreName ?? '' })}</p>
      </div>
    </div>
  );
}
