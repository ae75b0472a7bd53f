import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { unlockWithPin } from './pinUnlock';
import { ProblemText } from './ProblemText';
import type { AuthProblem } from './problems';

type Props = { personId: string; name: string; onNeedsSignIn: (reason: string) => void; onBack: () => void };

/** Unlocks the tablet for one person with their PIN. */
export function PinForm({ personId, name, onNeedsSignIn, onBack }: Props) {
  const { t } = useTranslation('auth');
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<AuthProblem | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!pin) return setProblem({ key: 'auth:errors.pinRequired' });
    setIsBusy(true);
    setProblem(null);
    // Throws only when the app's own files or the database fail (the cipher loads with a right PIN): say so, try again.
    const outcome = await unlockWithPin(personId, pin).catch(() => null);
    setIsBusy(false);
    setPin('');
    if (!outcome) return setProblem({ key: 'auth:errors.generic' });
    if (outcome.status === 'wrong') setProblem({ key: 'auth:errors.wrongPin', count: outcome.attemptsLeft });
    if (outcome.status === 'sign_in') onNeedsSignIn(outcome.reason);
  }

  return (
    <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-label={t('pin.title', { name })}>
      <h2>{t('pin.title', { name })}</h2>
      <ProblemText problem={problem} />
      {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the one field of this step, reached by choosing a person */}
      <TextField label={t('pin.label')} type="password" inputMode="numeric" autoComplete="current-password" autoFocus value={pin} onChange={(e) => setPin(e.target.value)} maxLength={8} />
      <div className="row">
        <Button type="submit" variant="primary" isBig disabled={isBusy}>
          {isBusy ? t('pin.checking') : t('pin.unlock')}
        </Button>
        <Button onClick={onBack}>{t('back')}</Button>
      </div>
    </form>
  );
}
