import { AUTH_LIMITS } from '../../../shared/auth/roles';
import { getPerson, updatePerson } from '../../db/people';
import { clearTabletData, readHandoff } from '../../db/peopleHandoff';
import { holdDataKey, loadSealCipher } from '../../db/sealing/dataKey';
import { openKeyWithPin } from './pinHash';
import { exportPendingSessions } from '../handoff/actions';

/**
 * The hand-off file of features/handoff, sealed with the network's key: only the server opens it, when
 * a coordinator imports it (POST /api/admin/handoff/import), and the ledger keeps it from counting twice.
 */
export async function saveEncryptedHandoff(): Promise<void> {
  await exportPendingSessions({ mode: 'server' });
}

/** The fallback when the network's key cannot be had (offline, never fetched): a plain JSON file. */
export async function savePlainHandoff(deviceId: string | null): Promise<void> {
  const now = new Date();
  const handoff = await readHandoff(deviceId, now);
  const blob = new Blob([JSON.stringify(handoff, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `ura-unsynced-${now.toISOString().slice(0, 19).replace(/:/g, '-')}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A revoked tablet found out while locked (after a restart): the unsynced sessions are sealed, so a
 * person who works on it opens them with their PIN, only to save the file (the screens stay locked).
 * Wrong PINs count as at the lock screen.
 */
export async function openForHandoff(personId: string, pin: string): Promise<{ status: 'opened' } | { status: 'wrong'; attemptsLeft: number }> {
  const person = await getPerson(personId);
  const key = person?.pin && person.failedPins < AUTH_LIMITS.maxWrongPins ? await openKeyWithPin(pin, person.pin) : null;
  if (key) {
    await loadSealCipher();
    holdDataKey(key);
    return { status: 'opened' };
  }
  const after = await updatePerson(personId, (p) => ({ ...p, failedPins: p.failedPins + 1 }));
  return { status: 'wrong', attemptsLeft: Math.max(0, AUTH_LIMITS.maxWrongPins - (after?.failedPins ?? AUTH_LIMITS.maxWrongPins)) };
}

/** Forgets everything on this tablet and starts again as a new one. */
export async function clearTablet(): Promise<void> {
  await clearTabletData();
  window.location.assign('/');
}
