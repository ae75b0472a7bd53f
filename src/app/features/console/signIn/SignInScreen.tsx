import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { FormAlert } from '../FormAlert';
import type { Problem } from '../problems';
import { signInToConsole } from './actions';

type Errors = { login?: string; password?: string };

/** Coordinators and admins sign in to the console with their login and password. */
export function SignInScreen({ hasExpired = false, onSignedIn }: { hasExpired?: boolean; onSignedIn?: () => void }) {
  const { t } = useTranslation('admin');
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Errors = {
      login: login.trim() ? undefined : 'admin:errors.field.loginRequired',
      password: password ? undefined : 'admin:errors.field.passwordRequired',
    };
    setErrors(found);
    setProblem(null);
    if (found.login || found.password) return;
    setIsBusy(true);
    const result = await signInToConsole(login, password);
    setIsBusy(false);
    if (result.status === 'failed') {
      setProblem(result.problem);
      setPassword('');
      return;
    }
    onSignedIn?.();
  }

  return (
    <section className="narrow">
      <h1>{t('signIn.title')}</h1>
      {hasExpired && <p className="banner banner-warn">{t('signIn.expired')}</p>}
      <p>{t('signIn.intro')}</p>
      <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-label={t('signIn.title')}>
        <FormAlert fieldErrors={errors} problem={problem} />
        <TextField label={t('fields.login')} value={login} onChange={(e) => setLogin(e.target.value)} autoComplete="username" autoCapitalize="none" spellCheck={false} error={errors.login ? t(errors.login) : undefined} maxLength={64} />
        <TextField label={t('fields.password')} type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" error={errors.password ? t(errors.password) : undefined} maxLength={200} />
        <Button type="submit" variant="primary" isBig disabled={isBusy}>
          {isBusy ? t('signIn.busy') : t('signIn.submit')}
        </Button>
      </form>
    </section>
  );
}
