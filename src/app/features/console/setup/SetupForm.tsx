import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import type { AccountErrors } from '../accountValidation';
import { FormAlert } from '../FormAlert';
import { PasswordFields } from '../PasswordFields';
import type { Problem } from '../problems';
import { setUpConsole, type SetupInput } from './actions';

const EMPTY: SetupInput = { code: '', displayName: '', login: '', password: '', repeat: '' };

/** The one-time setup code from the server console, then the first admin's name, login and password. */
export function SetupForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('admin');
  const [input, setInput] = useState(EMPTY);
  const [errors, setErrors] = useState<AccountErrors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const set = (patch: Partial<SetupInput>) => setInput((prev) => ({ ...prev, ...patch }));
  const err = (k: keyof AccountErrors) => (errors[k] ? t(errors[k]) : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setIsBusy(true);
    const result = await setUpConsole(input);
    setIsBusy(false);
    setErrors(result.status === 'done' ? {} : result.errors);
    setProblem(result.status === 'failed' ? result.problem : null);
    if (result.status === 'done') onDone();
  }

  return (
    <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-label={t('setup.title')}>
      <FormAlert fieldErrors={errors} problem={problem} />
      <TextField label={t('setup.code')} hint={t('setup.codeHint')} value={input.code} onChange={(e) => set({ code: e.target.value })} autoComplete="one-time-code" autoCapitalize="characters" spellCheck={false} error={err('code')} maxLength={64} />
      <TextField label={t('fields.displayName')} hint={t('fields.displayNameHint')} value={input.displayName} onChange={(e) => set({ displayName: e.target.value })} autoComplete="name" error={err('displayName')} maxLength={60} />
      <TextField label={t('fields.login')} hint={t('fields.loginHint')} value={input.login} onChange={(e) => set({ login: e.target.value })} autoComplete="username" autoCapitalize="none" spellCheck={false} error={err('login')} maxLength={64} />
      <PasswordFields
        password={input.password}
        repeat={input.repeat}
        onPassword={(password) => set({ password })}
        onRepeat={(repeat) => set({ repeat })}
        passwordError={errors.password}
        repeatError={errors.repeat}
      />
      <Button type="submit" variant="primary" isBig disabled={isBusy}>
        {isBusy ? t('status.saving') : t('setup.submit')}
      </Button>
    </form>
  );
}
