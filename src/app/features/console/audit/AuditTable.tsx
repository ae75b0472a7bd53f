import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/auth/api';
import { DataTable } from '../../../ui/DataTable';
import { formatDateTime } from '../formatDateTime';
import { actionKey, actorText, detailText, targetText, type Names } from './auditText';

export function AuditTable({ entries, names }: { entries: readonly AuditEntry[]; names: Names }) {
  const { t, i18n } = useTranslation('admin');
  return (
    <DataTable
      caption={t('audit.title')}
      rows={entries}
      rowKey={(e) => String(e.id)}
      empty={t('audit.empty')}
      columns={[
        { key: 'at', header: t('audit.when'), cell: (e) => formatDateTime(e.at, i18n.language) },
        { key: 'action', header: t('audit.action'), cell: (e) => t(actionKey(e.action), { defaultValue: e.action }) },
        { key: 'actor', header: t('audit.who'), cell: (e) => actorText(e, names, t) },
        { key: 'target', header: t('audit.target'), cell: (e) => targetText(e, names) },
        { key: 'details', header: t('audit.details'), cell: (e) => detailText(e, names, t) },
      ]}
    />
  );
}
