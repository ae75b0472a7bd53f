import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { FormAlert } from '../FormAlert';
import type { Problem } from '../problems';
import { lockWeek } from './actions';

type Props = { week: string; centres: readonly { id: string; name: string }[]; isLocked: boolean; onLocked: () => void };

/** "Lock this week": marks it reported at each centre of the report, after a confirmation. */
export function LockWeek({ week, centres, isLocked, onLocked }: Props) {
  const { t } = useTranslation('admin');
  const [isAsking, setIsAsking] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  async function confirm() {
    setIsBusy(true);
    const result = await lockWeek(
      centres.map((c) => c.id),
      week,
    );
    setIsBusy(false);
    if (result.status === 'saved') {
      setIsAsking(false);
      onLocked();
    } else if (result.status === 'failed') setProblem(result.problem);
  }

  return (
    <div className="row">
      {isLocked && <p>{t('reports.locked')}</p>}
      <Button onClick={() => setIsAsking(true)}>{t(isLocked ? 'reports.relock' : 'reports.lock')}</Button>
      {isAsking && (
        <ConfirmDialog
          title={t('reports.lockTitle', { week })}
          confirmLabel={t('reports.lock')}
          cancelLabel={t('actions.cancel')}
          isBusy={isBusy}
          onConfirm={() => void confirm()}
          onCancel={() => {
            setIsAsking(false);
            setProblem(null);
          }}
        >
          <p>{t('reports.lockBody', { centres: centres.map((c) => c.name).join(', ') })}</p>
          <FormAlert problem={problem} />
        </ConfirmDialog>
      )}
    </div>
  );
}
