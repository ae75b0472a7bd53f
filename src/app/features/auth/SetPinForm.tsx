import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { isValidPin, setPin } from './actions';
import { ProblemText } from './ProblemText';
import type { AuthProblem } from './problems';

/** Right after an online sign-in: the PIN that unlocks this tablet offline (4 to 8 digits). */
export function SetPinForm({ personId }: { personId: string }) {
  const { t } = useTranslation('auth');
  const [pin, setPinValue] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<AuthProblem | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!isValidPin(pin)) return setProblem({ key: 'auth:errors.pinFormat' });
    if (pin !== repeat) return setProblem({ key: 'auth:errors.pinMismatch' });
    setIsBusy(true);
    setProblem(null);
    const isSet = await setPin(personId, pin).catch(() => false);
    setIsBusy(false);
    if (!isSet) setProblem({ key: 'auth:errors.generic' });
  }

  return (
    <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-label={t('pin.setTitle')}>
      <h2>{t('pin.setTitle')}</h2>
      <p>{t('pin.setIntro')}</p>
      <ProblemText problem={problem} />
      <TextField label={t('pin.new')} type="password" inputMode="numeric" autoComplete="new-password" value={pin} onChange={(e) => setPinValue(e.target.value)} maxLength={8} />
      <TextField label={t('pin.repeat')} type="password" inputMode="numeric" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} maxLength={8} />
      <Button type="submit" variant="primary" isBig disabled={isBusy}>
        {isBusy ? t('pin.busy') : t('pin.save')}
      </Button>
    </form>
  );
}
