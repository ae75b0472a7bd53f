import type { Centre } from '../../shared/schemas/centre';
import type { Country } from '../../shared/schemas/vocabulary';
import { getDb } from './AppDb';

/**
 * Who and where this tablet is. Until sign-in exists this is a plain device setup (issue: sign-in
 * replaces it); keep every read of the volunteer's identity going through getDeviceProfile().
 */
export type DeviceProfile = {
  deviceId: string;
  centreId: string;
  country: Country;
  volunteerId: string;
  volunteerName: string;
  setUpAt: string;
};

export const DEVICE_PROFILE_KEY = 'device';

export async function getDeviceProfile(): Promise<DeviceProfile | null> {
  const row = await getDb().meta.get(DEVICE_PROFILE_KEY);
  return (row?.value as DeviceProfile | undefined) ?? null;
}

/** Saves the profile and its (validated) centre together: a half-set-up device would log sessions nowhere. */
export async function saveDeviceSetup(profile: DeviceProfile, centre: Centre): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.meta, db.centres], async () => {
    await db.centres.put(centre);
    await db.meta.put({ key: DEVICE_PROFILE_KEY, value: profile });
  });
}

export async function getCentre(id: string): Promise<Centre | undefined> {
  return getDb().centres.get(id);
}
