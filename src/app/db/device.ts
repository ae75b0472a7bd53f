import type { Centre } from '../../shared/schemas/centre';
import type { Country } from '../../shared/schemas/vocabulary';
import { getDb } from './AppDb';

/**
 * Who and where the tablet's screens work as: the enrolled tablet (deviceId, centre) and the person
 * signed in on it now (volunteerId = the server's user id). Built by the sign-in gate from the enrolment
 * and the current person; the legacy device setup stored one in meta 'device' (read by the legacy sync seam).
 */
export type DeviceProfile = {
  deviceId: string;
  centreId: string;
  country: Country;
  volunteerId: string;
  volunteerName: string;
  setUpAt: string;
};

/** What an enrolment code made of this tablet; the device token itself lives with the sync credentials. */
export type Enrolment = { deviceId: string; centreId: string; country: Country; enrolledAt: string };

export const DEVICE_PROFILE_KEY = 'device';
export const ENROLMENT_KEY = 'enrolment';

/** The legacy device setup (before enrolment codes); null on an enrolled tablet. */
export async function getDeviceProfile(): Promise<DeviceProfile | null> {
  const row = await getDb().meta.get(DEVICE_PROFILE_KEY);
  return (row?.value as DeviceProfile | undefined) ?? null;
}

/** The legacy device setup, kept for the sync engine's tests of the old seam. */
export async function saveDeviceSetup(profile: DeviceProfile, centre: Centre): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.meta, db.centres], async () => {
    await db.centres.put(centre);
    await db.meta.put({ key: DEVICE_PROFILE_KEY, value: profile });
  });
}

/** null until this tablet has been enrolled with a code. */
export async function getEnrolment(): Promise<Enrolment | null> {
  const row = await getDb().meta.get(ENROLMENT_KEY);
  return (row?.value as Enrolment | undefined) ?? null;
}

export function profileOf(enrolment: Enrolment, person: { id: string; displayName: string }): DeviceProfile {
  return {
    deviceId: enrolment.deviceId,
    centreId: enrolment.centreId,
    country: enrolment.country,
    volunteerId: person.id,
    volunteerName: person.displayName,
    setUpAt: enrolment.enrolledAt,
  };
}

export async function getCentre(id: string): Promise<Centre | undefined> {
  return getDb().centres.get(id);
}
