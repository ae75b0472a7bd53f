import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../../shared/auth/api';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { FormAlert } from '../FormAlert';
import type { Problem } from '../problems';
import { resetPersonPin, setDisabled } from './actions';

export type PersonChange = 'disable' | 'resetPin';
type Props = { change: PersonChange; person: UserView; onDone: () => void; onCancel: () => void };

/** Says what will happen before a person is locked out or must choose a new PIN. */
export function PersonConfirm({ change, person, onDone, onCancel }: Props) {
  const { t } = useTranslation('admin');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function confirm() {
    setIsBusy(true);
    const result = change === 'disable' ? await setDisabled(person, true) : await resetPersonPin(person);
    setIsBusy(false);
    if (result.status === 'saved') onDone();
    else if (result.status === 'failed') setProblem(result.problem);
  }

  return (
    <ConfirmDialog
      title={t(`people.confirm.${change}Title`, { name: person.displayName })}
      confirmLabel={t(`people.confirm.${change}Action`)}
      cancelLabel={t('actions.cancel')}
      isDanger
      isBusy={isBusy}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
    >
      <p>{t(`people.confirm.${change}Body`, { name: person.displayName })}</p>
      <FormAlert problem={problem} />
    </ConfirmDialog>
  );
}
