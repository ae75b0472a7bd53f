import { AUTH_LIMITS } from '../../../shared/auth/roles';
import type { LocalPerson } from '../../db/people';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What a person must do to work on this tablet now:
 * - 'pin': unlock with the PIN;
 * - 'set_pin': signed in online but has no PIN yet (or one from before data keys, which locks no key),
 *   or a coordinator reset it after it was set;
 * - 'sign_in': too many wrong PINs, or more than 7 days since the last online sign-in.
 */
export type Unlock = 'pin' | 'set_pin' | 'sign_in';

export function unlockOf(person: LocalPerson, now: number): Unlock {
  if (person.failedPins >= AUTH_LIMITS.maxWrongPins || person.needsSignIn === true) return 'sign_in';
  if (now - person.lastOnlineSignInAt > AUTH_LIMITS.offlineDays * DAY_MS) return 'sign_in';
  if (!person.pin?.wrappedKey || person.pinSetAt === undefined) return 'set_pin';
  if (person.pinResetAt !== null && Date.parse(person.pinResetAt) > person.pinSetAt) return 'set_pin';
  return 'pin';
}

/** unlockOf at this moment (for event handlers). */
export function unlockNow(person: LocalPerson): Unlock {
  return unlockOf(person, Date.now());
}

/** The idle time after which the tablet locks. The tests' meta row may only shorten it, never lengthen it. */
export function idleLockMs(override: number | undefined): number {
  const standard = AUTH_LIMITS.idleLockMinutes * 60 * 1000;
  return override === undefined ? standard : Math.min(override, standard);
}
