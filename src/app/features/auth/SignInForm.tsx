import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { signInPerson } from './actions';
import { ProblemText } from './ProblemText';
import type { AuthProblem } from './problems';

type Props = { initialLogin?: string; reason?: string; onSignedIn: (personId: string, needsPin: boolean) => void; onBack?: () => void };

/** Online sign-in of a person on this enrolled tablet (login and password, once; then the PIN). */
export function SignInForm({ initialLogin = '', reason, onSignedIn, onBack }: Props) {
  const { t } = useTranslation('auth');
  const [login, setLogin] = useState(initialLogin);
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<AuthProblem | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!login.trim() || !password) return setProblem({ key: 'auth:errors.loginAndPassword' });
    setIsBusy(true);
    setProblem(null);
    const result = await signInPerson(login, password);
    setIsBusy(false);
    setPassword('');
    if (result.status === 'failed') return setProblem(result.problem);
    onSignedIn(result.personId, result.needsPin);
  }

  return (
    <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-label={t('signIn.title')}>
      <h2>{t('signIn.title')}</h2>
      {reason && <p className="banner banner-warn">{t(reason)}</p>}
      <p>{t('signIn.intro')}</p>
      <ProblemText problem={problem} />
      <TextField label={t('signIn.login')} value={login} onChange={(e) => setLogin(e.target.value)} autoComplete="username" autoCapitalize="none" spellCheck={false} maxLength={64} />
      <TextField label={t('signIn.password')} type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" maxLength={200} />
      <div className="row">
        <Button type="submit" variant="primary" isBig disabled={isBusy}>
          {isBusy ? t('signIn.busy') : t('signIn.submit')}
        </Button>
        {onBack && <Button onClick={onBack}>{t('back')}</Button>}
      </div>
    </form>
  );
}
