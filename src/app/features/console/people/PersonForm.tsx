import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../../shared/auth/api';
import type { Centre } from '../../../../shared/schemas/centre';
import { Button } from '../../../ui/Button';
import { FormAlert } from '../FormAlert';
import type { Problem } from '../problems';
import type { FieldErrors } from '../saveResult';
import { savePerson, type PersonDraft } from './actions';
import { PersonFields } from './PersonFields';

type Props = { me: UserView; person: UserView; centres: readonly Centre[]; onSaved: () => void; onCancel: () => void };

/** Name, role and centres of someone already in the network. */
export function PersonForm({ me, person, centres, onSaved, onCancel }: Props) {
  const { t } = useTranslation('admin');
  const [draft, setDraft] = useState<PersonDraft>({ displayName: person.displayName, role: person.role, centreIds: person.centreIds });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setIsBusy(true);
    const result = await savePerson(person, draft);
    setIsBusy(false);
    if (result.status === 'saved') return onSaved();
    setErrors(result.errors);
    setProblem(result.status === 'failed' ? result.problem : null);
  }

  return (
    <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="person-form-title">
      <h2 id="person-form-title">{t('people.editTitle', { name: person.displayName })}</h2>
      <FormAlert fieldErrors={errors} problem={problem} />
      <PersonFields me={me} centres={centres} draft={draft} errors={errors} onChange={(patch) => setDraft((prev) => ({ ...prev, ...patch }))} />
      <div className="row">
        <Button type="submit" variant="primary" disabled={isBusy}>
          {isBusy ? t('status.saving') : t('actions.save')}
        </Button>
        <Button onClick={onCancel}>{t('actions.cancel')}</Button>
      </div>
    </form>
  );
}
