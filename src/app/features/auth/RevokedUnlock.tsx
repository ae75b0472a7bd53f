import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalPerson } from '../../db/people';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { ProblemText } from './ProblemText';
import type { AuthProblem } from './problems';
import { openForHandoff } from './revokedActions';

/** On a revoked, locked tablet: someone's PIN opens the sealed sessions so they can be saved to a file. */
export function RevokedUnlock({ people }: { people: LocalPerson[] }) {
  const { t } = useTranslation('auth');
  const withPin = people.filter((p) => p.pin?.wrappedKey);
  const [personId, setPersonId] = useState(withPin[0]?.id ?? '');
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<AuthProblem | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!pin) return setProblem({ key: 'auth:errors.pinRequired' });
    const outcome = await openForHandoff(personId, pin);
    setPin('');
    setProblem(outcome.status === 'wrong' ? { key: 'auth:errors.wrongPin', count: outcome.attemptsLeft } : null);
  }

  return (
    <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-label={t('revoked.unlockTitle')}>
      <p>{t('revoked.unlockIntro')}</p>
      <ProblemText problem={problem} />
      <SelectField label={t('revoked.person')} placeholder={t('revoked.person')} choices={withPin.map((p) => ({ value: p.id, label: p.displayName }))} value={personId} onChange={setPersonId} />
      <TextField label={t('pin.label')} type="password" inputMode="numeric" autoComplete="current-password" value={pin} onChange={(e) => setPin(e.target.value)} maxLength={8} />
      <Button type="submit" variant="primary" isBig>
        {t('pin.unlock')}
      </Button>
    </form>
  );
}
