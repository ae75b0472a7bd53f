import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InviteCreated, UserView } from '../../../../shared/auth/api';
import type { Centre } from '../../../../shared/schemas/centre';
import { Button } from '../../../ui/Button';
import { FormAlert } from '../FormAlert';
import type { Problem } from '../problems';
import type { FieldErrors } from '../saveResult';
import { invite, type PersonDraft } from './actions';
import { PersonFields } from './PersonFields';

type Props = { me: UserView; centres: readonly Centre[]; onInvited: (created: InviteCreated, name: string) => void; onCancel: () => void };

export function InviteForm({ me, centres, onInvited, onCancel }: Props) {
  const { t } = useTranslation('admin');
  const only = centres.length === 1 ? centres.map((c) => c.id) : [];
  const [draft, setDraft] = useState<PersonDraft>({ displayName: '', role: 'volunteer', centreIds: only });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setIsBusy(true);
    const result = await invite(draft);
    setIsBusy(false);
    if (result.status === 'saved') return onInvited(result.value, draft.displayName.trim());
    setErrors(result.errors);
    setProblem(result.status === 'failed' ? result.problem : null);
  }

  return (
    <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="invite-title">
      <h2 id="invite-title">{t('people.inviteTitle')}</h2>
      <p className="hint">{t('people.inviteIntro')}</p>
      <FormAlert fieldErrors={errors} problem={problem} />
      <PersonFields me={me} centres={centres} draft={draft} errors={errors} onChange={(patch) => setDraft((prev) => ({ ...prev, ...patch }))} />
      <div className="row">
        <Button type="submit" variant="primary" disabled={isBusy}>
          {isBusy ? t('status.saving') : t('people.inviteSubmit')}
        </Button>
        <Button onClick={onCancel}>{t('actions.cancel')}</Button>
      </div>
    </form>
  );
}
