import { useTranslation } from 'react-i18next';
import type { DeviceView } from '../../../../shared/auth/api';
import { Button } from '../../../ui/Button';
import { DataTable } from '../../../ui/DataTable';
import { formatDateTime } from '../formatDateTime';

type Props = { devices: readonly DeviceView[]; centreName: string; onRevoke: (device: DeviceView) => void };

export function DeviceTable({ devices, centreName, onRevoke }: Props) {
  const { t, i18n } = useTranslation('admin');
  const when = (iso: string | null) => formatDateTime(iso, i18n.language);
  return (
    <DataTable
      caption={t('devices.tableCaption', { centre: centreName })}
      rows={devices}
      rowKey={(d) => d.id}
      empty={t('devices.empty')}
      isMuted={(d) => d.revokedAt !== null}
      columns={[
        { key: 'label', header: t('devices.label'), cell: (d) => d.label },
        { key: 'enrolled', header: t('devices.enrolled'), cell: (d) => when(d.enrolledAt) },
        { key: 'lastSeen', header: t('devices.lastSeen'), cell: (d) => when(d.lastSeenAt) || t('devices.never') },
        { key: 'status', header: t('devices.status'), cell: (d) => (d.revokedAt ? t('devices.revokedAt', { when: when(d.revokedAt) }) : t('devices.active')) },
        {
          key: 'actions',
          header: t('actions.header'),
          cell: (d) =>
            d.revokedAt ? null : (
              <Button variant="danger" onClick={() => onRevoke(d)} aria-label={t('devices.revokeLabel', { label: d.label })}>
                {t('devices.revoke')}
              </Button>
            ),
        },
      ]}
    />
  );
}
