import type { SessionTokens } from '../../../shared/auth/api';
import { getDb } from '../../db/AppDb';
import { getPerson, putPerson, updatePerson, type LocalPerson } from '../../db/people';
import { unlockFor } from '../../db/peopleSession';
import { currentDataKey, holdDataKey, loadSealCipher } from '../../db/sealing/dataKey';
import { readSyncMeta } from '../../db/syncMeta';
import { adoptEnrolment } from '../../db/syncRegistration';
import { toLocalIsoWithOffset } from '../../../shared/localDateTime';
import { requestPersistentStorage } from '../../pwa/storage';
import { enrolDevice, signInOnTablet } from './deviceApi';
import { unlockOf } from './lockPolicy';
import { fromBase64, lockKeyWithPin, PIN_PATTERN } from './pinHash';
import { authProblemOf, type AuthProblem } from './problems';

export type Failed = { status: 'failed'; problem: AuthProblem };

/** Enrols this tablet with a one-time code from the console; the tablet then belongs to that centre. */
export async function enrolTablet(code: string): Promise<{ status: 'enrolled' } | Failed> {
  try {
    const answer = await enrolDevice(code.trim(), 'Ura tablet');
    const registration = { deviceId: answer.deviceId, token: answer.deviceToken, centre: answer.centre, epoch: answer.serverEpoch };
    await adoptEnrolment(getDb(), registration, toLocalIsoWithOffset(new Date()));
  } catch (error) {
    return { status: 'failed', problem: authProblemOf(error) };
  }
  // Ask the browser not to evict this tablet's data (DESIGN.md §4), then fetch the centre's data at once.
  await requestPersistentStorage();
  void import('../../sync').then(({ syncNow }) => syncNow());
  return { status: 'enrolled' };
}

/** Online sign-in on the enrolled tablet; the answer says whether the person must (re)set a PIN. */
export async function signInPerson(login: string, password: string): Promise<{ status: 'signed_in'; personId: string; needsPin: boolean } | Failed> {
  const meta = await readSyncMeta(getDb());
  if (!meta.credentials) return { status: 'failed', problem: { key: 'auth:errors.notEnrolled' } };
  let tokens: SessionTokens;
  try {
    tokens = await signInOnTablet(login.trim(), password, meta.credentials.token);
  } catch (error) {
    return { status: 'failed', problem: authProblemOf(error) };
  }
  // The server hands this tablet's data key to an online sign-in only: it opens the sealed groups.
  if (!tokens.dataKey) return { status: 'failed', problem: { key: 'auth:errors.server' } };
  // The cipher first (a key is held only with it); it fails only when the app's own files cannot load.
  const loaded = await loadSealCipher().then(() => true, () => false);
  if (!loaded) return { status: 'failed', problem: { key: 'auth:errors.generic' } };
  holdDataKey(fromBase64(tokens.dataKey));
  const person = personFrom(tokens, await getPerson(tokens.user.id), Date.now());
  await putPerson(person);
  const needsPin = unlockOf(person, Date.now()) !== 'pin';
  if (!needsPin) await unlockFor(person.id, Date.now());
  return { status: 'signed_in', personId: person.id, needsPin };
}

function personFrom(tokens: SessionTokens, known: LocalPerson | undefined, now: number): LocalPerson {
  const { user } = tokens;
  return {
    ...known,
    id: user.id,
    displayName: user.displayName,
    login: user.login,
    role: user.role,
    lastOnlineSignInAt: now,
    pinResetAt: user.pinResetAt,
    failedPins: 0,
    needsSignIn: false,
    accessToken: tokens.accessToken,
    accessExpiresAt: tokens.accessExpiresAt,
    refreshToken: tokens.refreshToken,
    refreshExpiresAt: tokens.refreshExpiresAt,
  };
}

export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}

/**
 * Only right after an online sign-in (the screen that calls it is reached no other way), which left
 * the data key in memory: the PIN locks a copy of it for this person's offline unlocks.
 */
export async function setPin(personId: string, pin: string): Promise<boolean> {
  const dataKey = currentDataKey();
  if (!isValidPin(pin) || !dataKey) return false;
  const record = await lockKeyWithPin(pin, dataKey);
  const now = Date.now();
  const updated = await updatePerson(personId, (p) => ({ ...p, pin: record, pinSetAt: now, failedPins: 0 }));
  if (!updated) return false;
  await unlockFor(personId, now);
  return true;
}
