import { useTranslation } from 'react-i18next';
import type { EService } from '../../../../shared/schemas/eService';
import { isLanguage } from '../../../i18n/languages';
import { Button } from '../../../ui/Button';
import { DataTable } from '../../../ui/DataTable';

type Props = { services: readonly EService[]; onEdit: (s: EService) => void; onRetire: (s: EService) => void; onReactivate: (s: EService) => void };

export function ServiceTable({ services, onEdit, onRetire, onReactivate }: Props) {
  const { t, i18n } = useTranslation(['admin', 'vocabulary']);
  const lng = isLanguage(i18n.language) ? i18n.language : 'en';
  return (
    <DataTable
      caption={t('catalogue.title')}
      rows={services}
      rowKey={(s) => s.code}
      empty={t('catalogue.empty')}
      isMuted={(s) => !s.active}
      columns={[
        { key: 'name', header: t('catalogue.name'), cell: (s) => s.names[lng] },
        { key: 'code', header: t('catalogue.code'), cell: (s) => <code>{s.code}</code> },
        { key: 'category', header: t('catalogue.category'), cell: (s) => t(`vocabulary:category.${s.category}`) },
        { key: 'provider', header: t('catalogue.provider'), cell: (s) => s.provider },
        { key: 'status', header: t('catalogue.status'), cell: (s) => (s.active ? t('catalogue.active') : t('catalogue.retired')) },
        {
          key: 'actions',
          header: t('actions.header'),
          cell: (s) => (
            <div className="row">
              <Button onClick={() => onEdit(s)} aria-label={t('catalogue.editLabel', { name: s.names[lng] })}>
                {t('actions.edit')}
              </Button>
              {s.active ? (
                <Button variant="danger" onClick={() => onRetire(s)} aria-label={t('catalogue.retireLabel', { name: s.names[lng] })}>
                  {t('catalogue.retire')}
                </Button>
              ) : (
                <Button onClick={() => onReactivate(s)} aria-label={t('catalogue.reactivateLabel', { name: s.names[lng] })}>
                  {t('catalogue.reactivate')}
                </Button>
              )}
            </div>
          ),
        },
      ]}
    />
  );
}
