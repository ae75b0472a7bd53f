import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EService } from '../../../../shared/schemas/eService';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { FormAlert } from '../FormAlert';
import type { Problem } from '../problems';
import { setActive } from './actions';

type Props = { service: EService; name: string; onDone: () => void; onCancel: () => void };

export function RetireConfirm({ service, name, onDone, onCancel }: Props) {
  const { t } = useTranslation('admin');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function confirm() {
    setIsBusy(true);
    const result = await setActive(service, false);
    setIsBusy(false);
    if (result.status === 'saved') onDone();
    else if (result.status === 'failed') setProblem(result.problem);
  }

  return (
    <ConfirmDialog
      title={t('catalogue.retireTitle', { name })}
      confirmLabel={t('catalogue.retire')}
      cancelLabel={t('actions.cancel')}
      isDanger
      isBusy={isBusy}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
    >
      <p>{t('catalogue.retireBody', { code: service.code })}</p>
      <FormAlert problem={problem} />
    </ConfirmDialog>
  );
}
