import { AUTH_LIMITS } from '../../../shared/auth/roles';
import type { LocalPerson } from '../../db/people';

/** Why a person must sign in online again, as a translation key (see lockPolicy.unlockOf). */
export function signInReasonOf(person: LocalPerson): string {
  if (person.failedPins >= AUTH_LIMITS.maxWrongPins) return 'auth:lock.reasonWrongPins';
  if (person.needsSignIn === true) return 'auth:lock.reasonSession';
  if (!person.pin?.wrappedKey) return 'auth:lock.reasonNoPin';
  if (person.pinResetAt !== null && person.pinSetAt !== undefined && Date.parse(person.pinResetAt) > person.pinSetAt) return 'auth:lock.reasonPinReset';
  return 'auth:lock.reasonOffline';
}
