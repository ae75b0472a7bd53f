import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalPerson } from '../../db/people';
import { Button } from '../../ui/Button';
import { LanguageSwitcher } from '../language/LanguageSwitcher';
import { unlockNow } from './lockPolicy';
import { signInReasonOf } from './lockReason';
import { PinForm } from './PinForm';

// Online sign-in only (a new person, a reset PIN, five wrong PINs): not on a restart's way to the PIN (issue 2).
const SignInForm = lazy(() => import('./SignInForm').then((m) => ({ default: m.SignInForm })));
const SetPinForm = lazy(() => import('./SetPinForm').then((m) => ({ default: m.SetPinForm })));

type Step = { kind: 'list' } | { kind: 'pin'; person: LocalPerson } | { kind: 'signIn'; login?: string; reason?: string } | { kind: 'setPin'; personId: string };

/**
 * The locked tablet: everyone who has signed in on it, one tap each, then their PIN. A PIN is set only
 * right after an online sign-in, never from this list (else anyone could set one for someone else).
 */
export function LockScreen({ people, resume }: { people: LocalPerson[]; resume?: LocalPerson | undefined }) {
  const { t } = useTranslation('auth');
  // After a restart the key is gone but the person is still signed in: straight to their PIN.
  const [step, setStep] = useState<Step>(() => (resume && unlockNow(resume) === 'pin' ? { kind: 'pin', person: resume } : people.length === 0 ? { kind: 'signIn' } : { kind: 'list' }));
  const back = people.length === 0 ? undefined : () => setStep({ kind: 'list' });

  function choose(person: LocalPerson) {
    if (unlockNow(person) === 'pin') setStep({ kind: 'pin', person });
    else setStep({ kind: 'signIn', login: person.login, reason: signInReasonOf(person) });
  }

  return (
    <main className="narrow">
      <div className="row spread">
        <h1>{t('lock.title')}</h1>
        <LanguageSwitcher />
      </div>
      {step.kind === 'list' && (
        <section className="card" aria-label={t('lock.who')}>
          <h2>{t('lock.who')}</h2>
          <ul className="person-list" aria-label={t('lock.people')}>
            {people.map((person) => (
              <li key={person.id}>
                <Button isBig onClick={() => choose(person)}>
                  {person.displayName}
                </Button>
              </li>
            ))}
          </ul>
          <Button onClick={() => setStep({ kind: 'signIn' })}>{t('lock.someoneElse')}</Button>
        </section>
      )}
      {step.kind === 'pin' && step.person.id === resume?.id && <p>{t('lock.restarted')}</p>}
      {step.kind === 'pin' && (
        <PinForm
          key={step.person.id}
          personId={step.person.id}
          name={step.person.displayName}
          onBack={() => setStep({ kind: 'list' })}
          onNeedsSignIn={(reason) => setStep({ kind: 'signIn', login: step.person.login, reason })}
        />
      )}
      <Suspense fallback={null}>
        {step.kind === 'signIn' && (
          <SignInForm
            key={step.login ?? ''}
            initialLogin={step.login}
            reason={step.reason}
            onBack={back}
            onSignedIn={(personId, needsPin) => needsPin && setStep({ kind: 'setPin', personId })}
          />
        )}
        {step.kind === 'setPin' && <SetPinForm personId={step.personId} />}
      </Suspense>
    </main>
  );
}
