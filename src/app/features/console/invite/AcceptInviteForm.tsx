import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../../shared/auth/api';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import type { AccountErrors, AccountInput } from '../accountValidation';
import { FormAlert } from '../FormAlert';
import { PasswordFields } from '../PasswordFields';
import type { Problem } from '../problems';
import { acceptInvitation } from './actions';

const EMPTY: AccountInput = { login: '', password: '', repeat: '' };

export function AcceptInviteForm({ inviteCode, onAccepted }: { inviteCode: string; onAccepted: (user: UserView) => void }) {
  const { t } = useTranslation('admin');
  const [input, setInput] = useState(EMPTY);
  const [errors, setErrors] = useState<AccountErrors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const set = (patch: Partial<AccountInput>) => setInput((prev) => ({ ...prev, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setIsBusy(true);
    const result = await acceptInvitation(inviteCode, input);
    setIsBusy(false);
    if (result.status === 'accepted') return onAccepted(result.user);
    setErrors(result.errors);
    setProblem(result.status === 'failed' ? result.problem : null);
  }

  return (
    <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-label={t('invite.title')}>
      <FormAlert fieldErrors={errors} problem={problem} />
      <TextField
        label={t('fields.login')}
        hint={t('fields.loginHint')}
        value={input.login}
        onChange={(e) => set({ login: e.target.value })}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        error={errors.login ? t(errors.login) : undefined}
        maxLength={64}
      />
      <PasswordFields
        password={input.password}
        repeat={input.repeat}
        onPassword={(password) => set({ password })}
        onRepeat={(repeat) => set({ repeat })}
        passwordError={errors.password}
        repeatError={errors.repeat}
      />
      <Button type="submit" variant="primary" isBig disabled={isBusy}>
        {isBusy ? t('status.saving') : t('invite.submit')}
      </Button>
    </form>
  );
}
