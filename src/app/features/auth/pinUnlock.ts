import { AUTH_LIMITS } from '../../../shared/auth/roles';
import { getPerson, updatePerson } from '../../db/people';
import { unlockFor } from '../../db/peopleSession';
import { holdDataKey, loadSealCipher } from '../../db/sealing/dataKey';
import { checkWithServer } from './checkWithServer';
import { unlockOf } from './lockPolicy';
import { signInReasonOf } from './lockReason';
import { openKeyWithPin, PIN_PATTERN } from './pinHash';

// The PIN unlock on its own: a restart's way to the Today screen loads this, not the online sign-in (actions.ts).

export type PinOutcome =
  { status: 'unlocked' } | { status: 'wrong'; attemptsLeft: number } | { status: 'sign_in'; reason: string };

/**
 * Checks a PIN; the fifth wrong one in a row means only an online sign-in unlocks this person again.
 * Online, a right PIN also asks the server whether the person's sign-in still stands (checkWithServer).
 */
export async function unlockWithPin(personId: string, pin: string): Promise<PinOutcome> {
  const person = await getPerson(personId);
  if (!person?.pin || unlockOf(person, Date.now()) !== 'pin')
    return { status: 'sign_in', reason: person ? signInReasonOf(person) : 'auth:lock.reasonSession' };
  // The cipher loads while PBKDF2 runs (a key is held only with it, db/sealing/dataKey.ts); a wrong PIN does not wait for it.
  const cipherReady = loadSealCipher();
  cipherReady.catch(() => undefined);
  const dataKey = PIN_PATTERN.test(pin) ? await openKeyWithPin(pin, person.pin) : null;
  if (dataKey) {
    await cipherReady;
    const checked = await checkWithServer(person);
    const after = await updatePerson(personId, (p) => ({ ...p, ...checked, failedPins: 0 }));
    if (after && unlockOf(after, Date.now()) !== 'pin') return { status: 'sign_in', reason: signInReasonOf(after) };
    holdDataKey(dataKey);
    await unlockFor(personId, Date.now());
    return { status: 'unlocked' };
  }
  const after = await updatePerson(personId, (p) => ({ ...p, failedPins: p.failedPins + 1 }));
  const attemptsLeft = AUTH_LIMITS.maxWrongPins - (after?.failedPins ?? AUTH_LIMITS.maxWrongPins);
  return attemptsLeft > 0
    ? { status: 'wrong', attemptsLeft }
    : { status: 'sign_in', reason: 'auth:lock.reasonWrongPins' };
}
