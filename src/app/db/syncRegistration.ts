import type { Centre } from '../../shared/schemas/centre';
import type { AppDb } from './AppDb';
import { DEVICE_PROFILE_KEY, ENROLMENT_KEY, type DeviceProfile, type Enrolment } from './device';
import { readSyncMeta, writeSyncMeta, type SyncMeta } from './syncMeta';
import type { OutboxRow } from './tables';

export type Registration = { deviceId: string; token: string; centre: Centre; epoch: string };

/** The enrolment of this tablet (an enrolment code); null on a legacy or new tablet. */
export async function readEnrolment(db: AppDb): Promise<Enrolment | null> {
  return ((await db.meta.get(ENROLMENT_KEY))?.value as Enrolment | undefined) ?? null;
}

/**
 * Stores the server's answer to POST /api/devices/enrol in one transaction: the device token for sync,
 * the centre, the server epoch, and the enrolment itself. From here on the tablet belongs to that centre.
 */
export async function adoptEnrolment(db: AppDb, reg: Registration, enrolledAt: string): Promise<void> {
  await db.transaction('rw', [db.meta, db.centres], async () => {
    const meta = await readSyncMeta(db);
    await db.centres.put(reg.centre);
    const enrolment: Enrolment = { deviceId: reg.deviceId, centreId: reg.centre.id, country: reg.centre.country, enrolledAt };
    await db.meta.put({ key: ENROLMENT_KEY, value: enrolment });
    await writeSyncMeta(db, {
      ...meta,
      credentials: { deviceId: reg.deviceId, token: reg.token, centreId: reg.centre.id },
      deviceIds: [...meta.deviceIds, reg.deviceId],
      epoch: meta.epoch ?? reg.epoch,
    });
  });
}

export async function readDeviceProfile(db: AppDb): Promise<DeviceProfile | null> {
  return ((await db.meta.get(DEVICE_PROFILE_KEY))?.value as DeviceProfile | undefined) ?? null;
}

/**
 * Stores the server's answer to a device registration in one transaction. The first registration
 * also moves everything logged before it from the ids made on the tablet to the server's ids (nothing
 * has left the device yet); a later one (401) only changes the id new sessions carry.
 */
export async function adoptRegistration(db: AppDb, reg: Registration): Promise<SyncMeta> {
  return db.transaction('rw', [db.meta, db.centres, db.sessions, db.outbox], async () => {
    const meta = await readSyncMeta(db);
    const profile = await readDeviceProfile(db);
    if (profile && meta.deviceIds.length === 0) await moveToServerIds(db, profile, reg);
    if (profile) {
      const next: DeviceProfile = { ...profile, deviceId: reg.deviceId, centreId: reg.centre.id, country: reg.centre.country };
      await db.meta.put({ key: DEVICE_PROFILE_KEY, value: next });
    }
    await db.centres.put(reg.centre);
    const updated: SyncMeta = {
      ...meta,
      credentials: { deviceId: reg.deviceId, token: reg.token, centreId: reg.centre.id },
      deviceIds: [...meta.deviceIds, reg.deviceId],
      epoch: meta.epoch ?? reg.epoch,
    };
    await writeSyncMeta(db, updated);
    return updated;
  });
}

async function moveToServerIds(db: AppDb, profile: DeviceProfile, reg: Registration): Promise<void> {
  const ids = { [profile.centreId]: reg.centre.id, [profile.deviceId]: reg.deviceId };
  const swap = <T extends Record<string, unknown>>(record: T): T => {
    const out: Record<string, unknown> = { ...record };
    for (const field of ['centreId', 'deviceId'] as const) {
      const value = out[field];
      if (typeof value === 'string' && ids[value] !== undefined) out[field] = ids[value];
    }
    return out as T;
  };
  if (profile.centreId !== reg.centre.id) await db.centres.delete(profile.centreId);
  const sessions = await db.sessions.filter((s) => s.centreId === profile.centreId || s.deviceId === profile.deviceId).toArray();
  await db.sessions.bulkPut(sessions.map(swap));
  const rows = await db.outbox.toArray();
  const moved: OutboxRow[] = rows.map((row) => ({
    ...row,
    ...(row.data ? { data: swap(row.data) } : {}),
    ...(row.patch ? { patch: swap(row.patch) } : {}),
  }));
  await db.outbox.bulkPut(moved);
}
