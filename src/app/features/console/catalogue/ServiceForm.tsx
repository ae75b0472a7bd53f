import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EService } from '../../../../shared/schemas/eService';
import { SERVICE_CATEGORIES, type Country, type ServiceCategory } from '../../../../shared/schemas/vocabulary';
import { Button } from '../../../ui/Button';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { FormAlert } from '../FormAlert';
import type { Problem } from '../problems';
import type { FieldErrors } from '../saveResult';
import { draftOf, saveService, type ServiceDraft } from './actions';
import { NameFields } from './NameFields';

type Props = { service?: EService; country: Country; onSaved: (service: EService) => void; onCancel: () => void };

/** Add an e-service, or rename and translate one; its code never changes once created. */
export function ServiceForm({ service, country, onSaved, onCancel }: Props) {
  const { t } = useTranslation(['admin', 'vocabulary']);
  const [draft, setDraft] = useState(() => draftOf(service, country));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const set = (patch: Partial<ServiceDraft>) => setDraft((prev) => ({ ...prev, ...patch }));
  const err = (k: string) => (errors[k] ? t(errors[k]) : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setIsBusy(true);
    const result = await saveService(draft, country, service);
    setIsBusy(false);
    if (result.status === 'saved') return onSaved(result.value);
    setErrors(result.errors);
    setProblem(result.status === 'failed' ? result.problem : null);
  }

  return (
    <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="service-form-title">
      <h2 id="service-form-title">{service ? t('catalogue.editTitle', { code: service.code }) : t('catalogue.addTitle', { country: t(`vocabulary:country.${country}`) })}</h2>
      <FormAlert fieldErrors={errors} problem={problem} />
      {service ? (
        <p>
          <span className="field-label">{t('catalogue.code')}</span>
          <code>{service.code}</code> <span className="hint">{t('catalogue.codeFixed')}</span>
        </p>
      ) : (
        <TextField label={t('catalogue.code')} hint={t('catalogue.codeHint')} value={draft.code} onChange={(e) => set({ code: e.target.value.toUpperCase() })} error={err('code')} maxLength={64} spellCheck={false} autoCapitalize="characters" />
      )}
      <NameFields names={draft.names} errors={errors} onChange={(lng, value) => set({ names: { ...draft.names, [lng]: value } })} />
      <div className="form-grid">
        <TextField label={t('catalogue.provider')} value={draft.provider} onChange={(e) => set({ provider: e.target.value })} error={err('provider')} maxLength={160} />
        <SelectField<ServiceCategory>
          label={t('catalogue.category')}
          placeholder={t('actions.choose')}
          choices={SERVICE_CATEGORIES.map((c) => ({ value: c, label: t(`vocabulary:category.${c}`) }))}
          value={draft.category}
          onChange={(category) => set({ category })}
          error={err('category')}
        />
        <TextField label={t('catalogue.url')} hint={t('catalogue.urlHint')} type="url" value={draft.url} onChange={(e) => set({ url: e.target.value })} error={err('url')} maxLength={500} />
      </div>
      <div className="row">
        <Button type="submit" variant="primary" disabled={isBusy}>
          {isBusy ? t('status.saving') : t('actions.save')}
        </Button>
        <Button onClick={onCancel}>{t('actions.cancel')}</Button>
      </div>
    </form>
  );
}
