import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRIES, type Country } from '../../../shared/schemas/vocabulary';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { LanguageSwitcher } from '../language/LanguageSwitcher';
import { completeSetup, NEW_CENTRE, validateSetup, type SetupErrors, type SetupInput } from './actions';
import { useServerCentres } from './useServerCentres';

const EMPTY: SetupInput = {
  country: '',
  existingCentreId: NEW_CENTRE,
  centreName: '',
  municipality: '',
  volunteerName: '',
};

/** First use of a tablet. Sign-in will replace this screen; until then it is a plain device setup. */
export function DeviceSetup() {
  const { t } = useTranslation(['setup', 'vocabulary', 'common']);
  const [input, setInput] = useState(EMPTY);
  const [errors, setErrors] = useState<SetupErrors>({});
  const [isSaving, setIsSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const set = (patch: Partial<SetupInput>) => setInput((prev) => ({ ...prev, ...patch }));
  const countries = COUNTRIES.map((c) => ({ value: c, label: t(`vocabulary:country.${c}`) }));
  const serverCentres = useServerCentres();
  const centresOfCountry = serverCentres.filter((c) => c.country === input.country);
  const centreChoices = [
    { value: NEW_CENTRE, label: t('setup:newCentre') },
    ...centresOfCountry.map((c) => ({ value: c.id, label: c.name })),
  ];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateSetup(input);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setIsSaving(true);
    setFailed(false);
    try {
      await completeSetup(input, serverCentres);
    } catch {
      setFailed(true);
    } finally {
      setIsSaving(false);
    }
  }

  const err = (k: keyof SetupInput) => (errors[k] ? t(errors[k]) : undefined);
  return (
    <main>
      <div className="row spread">
        <h1>{t('setup:title')}</h1>
        <LanguageSwitcher />
      </div>
      <p>{t('setup:intro')}</p>
      <form className="card" onSubmit={(e) => void submit(e)} noValidate>
        <SelectField<Country>
          label={t('setup:country')}
          placeholder={t('setup:choose')}
          choices={countries}
          value={input.country}
          onChange={(country) => set({ country })}
          error={err('country')}
        />
        {centresOfCountry.length > 0 && (
          <SelectField<string>
            label={t('setup:existingCentre')}
            placeholder={t('setup:choose')}
            choices={centreChoices}
            value={input.existingCentreId}
            onChange={(existingCentreId) => set({ existingCentreId })}
          />
        )}
        {input.existingCentreId === NEW_CENTRE && (
          <>
            <TextField
              label={t('setup:centreName')}
              value={input.centreName}
              onChange={(e) => set({ centreName: e.target.value })}
              error={err('centreName')}
              maxLength={120}
              autoComplete="organization"
            />
            <TextField
              label={t('setup:municipality')}
              value={input.municipality}
              onChange={(e) => set({ municipality: e.target.value })}
              maxLength={120}
            />
          </>
        )}
        <TextField
          label={t('setup:volunteerName')}
          hint={t('setup:volunteerHint')}
          value={input.volunteerName}
          onChange={(e) => set({ volunteerName: e.target.value })}
          error={err('volunteerName')}
          maxLength={60}
          autoComplete="nickname"
        />
        {failed && (
          <p className="error-text" role="alert">
            {t('common:errors.saveFailed')}
          </p>
        )}
        <Button type="submit" variant="primary" isBig disabled={isSaving}>
          {t('setup:start')}
        </Button>
      </form>
    </main>
  );
}
