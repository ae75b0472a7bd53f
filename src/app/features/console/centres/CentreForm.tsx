import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CENTRE_KINDS, type Centre } from '../../../../shared/schemas/centre';
import { COUNTRIES, type Country } from '../../../../shared/schemas/vocabulary';
import { Button } from '../../../ui/Button';
import { ChoiceGroup } from '../../../ui/ChoiceGroup';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { FormAlert } from '../FormAlert';
import type { Problem } from '../problems';
import type { FieldErrors } from '../saveResult';
import { draftOf, saveCentre, type CentreDraft } from './actions';

type Props = { centre?: Centre; onSaved: (centre: Centre) => void; onCancel: () => void };

export function CentreForm({ centre, onSaved, onCancel }: Props) {
  const { t } = useTranslation(['admin', 'vocabulary']);
  const [draft, setDraft] = useState(() => draftOf(centre));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const set = (patch: Partial<CentreDraft>) => setDraft((prev) => ({ ...prev, ...patch }));
  const err = (k: keyof CentreDraft) => (errors[k] ? t(errors[k]) : undefined);
  const title = centre ? t('centres.editTitle', { name: centre.name }) : t('centres.addTitle');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setIsBusy(true);
    const result = await saveCentre(draft, centre);
    setIsBusy(false);
    if (result.status === 'saved') return onSaved(result.value);
    setErrors(result.errors);
    setProblem(result.status === 'failed' ? result.problem : null);
  }

  return (
    <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="centre-form-title">
      <h2 id="centre-form-title">{title}</h2>
      <FormAlert fieldErrors={errors} problem={problem} />
      <TextField label={t('centres.name')} value={draft.name} onChange={(e) => set({ name: e.target.value })} error={err('name')} maxLength={120} />
      {centre ? (
        <p>
          <span className="field-label">{t('centres.country')}</span>
          {t(`vocabulary:country.${centre.country}`)} <span className="hint">{t('centres.countryFixed')}</span>
        </p>
      ) : (
        <SelectField<Country>
          label={t('centres.country')}
          placeholder={t('actions.choose')}
          choices={COUNTRIES.map((c) => ({ value: c, label: t(`vocabulary:country.${c}`) }))}
          value={draft.country}
          onChange={(country) => set({ country })}
          error={err('country')}
        />
      )}
      <TextField label={t('centres.municipality')} value={draft.municipality} onChange={(e) => set({ municipality: e.target.value })} error={err('municipality')} maxLength={120} />
      <ChoiceGroup legend={t('centres.kind')} choices={CENTRE_KINDS.map((k) => ({ value: k, label: t(`centres.kinds.${k}`) }))} value={draft.kind} onChange={(kind) => set({ kind })} />
      <div className="row">
        <Button type="submit" variant="primary" disabled={isBusy}>
          {isBusy ? t('status.saving') : t('actions.save')}
        </Button>
        <Button onClick={onCancel}>{t('actions.cancel')}</Button>
      </div>
    </form>
  );
}
