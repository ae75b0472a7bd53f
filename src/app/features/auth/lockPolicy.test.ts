import { describe, expect, it } from 'vitest';
import type { LocalPerson } from '../../db/people';
import { idleLockMs, unlockOf, type Unlock } from './lockPolicy';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-11-21T12:00:00Z');
const PIN = { wrappedKey: 'k', salt: 's', iterations: 1 };
const base: LocalPerson = { id: 'p', displayName: 'Arta', login: 'arta', role: 'volunteer', lastOnlineSignInAt: NOW - DAY, pinResetAt: null, pin: PIN, pinSetAt: NOW - DAY, failedPins: 0 };

const cases: [string, Partial<LocalPerson>, Unlock][] = [
  ['a PIN set after the last online sign-in', {}, 'pin'],
  ['four wrong PINs still leave one try', { failedPins: 4 }, 'pin'],
  ['five wrong PINs need an online sign-in', { failedPins: 5 }, 'sign_in'],
  ['exactly 7 days offline is still allowed', { lastOnlineSignInAt: NOW - 7 * DAY }, 'pin'],
  ['more than 7 days offline needs an online sign-in', { lastOnlineSignInAt: NOW - 7 * DAY - 1 }, 'sign_in'],
  ['no PIN yet', { pin: undefined, pinSetAt: undefined }, 'set_pin'],
  ['a PIN from before data keys (it locks no key)', { pin: { hash: 'h', salt: 's', iterations: 1 } }, 'set_pin'],
  ['a PIN reset on the server after the PIN was set', { pinResetAt: new Date(NOW - DAY + 1000).toISOString() }, 'set_pin'],
  ['a PIN reset before the PIN was set', { pinResetAt: new Date(NOW - 2 * DAY).toISOString() }, 'pin'],
  ['the server ended the sign-in (a refresh answered 401)', { needsSignIn: true }, 'sign_in'],
  ['too many wrong PINs wins over a reset', { failedPins: 5, pinResetAt: new Date(NOW).toISOString() }, 'sign_in'],
];

describe('unlockOf', () => {
  it.each(cases)('%s', (_name, change, expected) => {
    expect(unlockOf({ ...base, ...change }, NOW)).toBe(expected);
  });
});

describe('idleLockMs', () => {
  it('is 30 minutes unless a test shortens it, and can never be lengthened', () => {
    expect(idleLockMs(undefined)).toBe(30 * 60 * 1000);
    expect(idleLockMs(2000)).toBe(2000);
    expect(idleLockMs(24 * 60 * 60 * 1000)).toBe(30 * 60 * 1000);
  });
});
