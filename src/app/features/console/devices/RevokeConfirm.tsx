import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceView } from '../../../../shared/auth/api';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { FormAlert } from '../FormAlert';
import type { Problem } from '../problems';
import { revoke } from './actions';

type Props = { device: DeviceView; onDone: () => void; onCancel: () => void };

export function RevokeConfirm({ device, onDone, onCancel }: Props) {
  const { t } = useTranslation('admin');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function confirm() {
    setIsBusy(true);
    const result = await revoke(device);
    setIsBusy(false);
    if (result.status === 'saved') onDone();
    else if (result.status === 'failed') setProblem(result.problem);
  }

  return (
    <ConfirmDialog
      title={t('devices.revokeTitle', { label: device.label })}
      confirmLabel={t('devices.revoke')}
      cancelLabel={t('actions.cancel')}
      isDanger
      isBusy={isBusy}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
    >
      <p>{t('devices.revokeBody')}</p>
      <FormAlert problem={problem} />
    </ConfirmDialog>
  );
}
