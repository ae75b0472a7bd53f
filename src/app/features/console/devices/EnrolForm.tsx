import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { FormAlert } from '../FormAlert';
import type { Problem } from '../problems';
import type { FieldErrors } from '../saveResult';
import { makeEnrolmentCode, type EnrolmentCode } from './actions';

type Props = { centreName: string; centreId: string; onCreated: (code: EnrolmentCode, label: string) => void; onCancel: () => void };

export function EnrolForm({ centreName, centreId, onCreated, onCancel }: Props) {
  const { t } = useTranslation('admin');
  const [label, setLabel] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setIsBusy(true);
    const result = await makeEnrolmentCode(centreId, label);
    setIsBusy(false);
    if (result.status === 'saved') return onCreated(result.value, label.trim());
    setErrors(result.errors);
    setProblem(result.status === 'failed' ? result.problem : null);
  }

  return (
    <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="enrol-title">
      <h2 id="enrol-title">{t('devices.enrolTitle', { centre: centreName })}</h2>
      <FormAlert fieldErrors={errors} problem={problem} />
      <TextField label={t('devices.label')} hint={t('devices.labelHint')} value={label} onChange={(e) => setLabel(e.target.value)} error={errors.label ? t(errors.label) : undefined} maxLength={80} />
      <div className="row">
        <Button type="submit" variant="primary" disabled={isBusy}>
          {isBusy ? t('status.saving') : t('devices.makeCode')}
        </Button>
        <Button onClick={onCancel}>{t('actions.cancel')}</Button>
      </div>
    </form>
  );
}
