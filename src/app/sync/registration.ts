import type { Centre } from '../../shared/schemas/centre';
import type { CentreListResponse, RegisterDeviceRequest, RegisterDeviceResponse } from '../../shared/sync/protocol';
import { beginResync } from '../db/syncEpoch';
import { readSyncMeta, type SyncMeta } from '../db/syncMeta';
import { adoptRegistration, readDeviceProfile } from '../db/syncRegistration';
import { call, type SyncDeps } from './context';
import { SyncStop, stopFor } from './errors';

/*
 * Device credentials until sign-in exists: the one file sign-in replaces. The tablet was set up
 * offline with ids it made itself; the first sync enrols it with the server (an existing centre
 * when the server knows the centre's id, else a new one) and moves its data to the server's ids.
 */

export async function ensureRegistered(deps: SyncDeps): Promise<SyncMeta> {
  const meta = await readSyncMeta(deps.db);
  return meta.credentials ? meta : register(deps);
}

/** Enrols (again, after a 401) and stores the token; notices a server restored from backup. */
export async function register(deps: SyncDeps): Promise<SyncMeta> {
  const { db } = deps;
  const meta = await readSyncMeta(db);
  const profile = await readDeviceProfile(db);
  if (!profile) throw new SyncStop('not_set_up', 'This tablet is not set up yet');
  const label = profile.volunteerName.trim().slice(0, 80) || 'Ura';
  const centreId = meta.credentials?.centreId ?? (await isKnownCentre(deps, profile.centreId) ? profile.centreId : undefined);
  let request: RegisterDeviceRequest;
  if (centreId !== undefined) request = { centreId, label };
  else {
    const local = await db.centres.get(profile.centreId);
    if (!local) throw new SyncStop('not_set_up', 'The centre of this tablet is missing');
    request = { centre: newCentre(local), label };
  }
  const response = await call(deps, '/register-device', request);
  if (response.status !== 201 && response.status !== 200) throw stopFor(response, deps.now());
  const body = response.body as RegisterDeviceResponse;
  const updated = await adoptRegistration(db, { deviceId: body.deviceId, token: body.deviceToken, centre: body.centre, epoch: body.serverEpoch });
  if (updated.epoch !== body.serverEpoch) await beginResync(db, body.serverEpoch);
  return readSyncMeta(db);
}

async function isKnownCentre(deps: SyncDeps, centreId: string): Promise<boolean> {
  const response = await call(deps, '/centres');
  if (response.status !== 200) throw stopFor(response, deps.now());
  return (response.body as CentreListResponse).centres.some((c) => c.id === centreId);
}

function newCentre(centre: Centre): NonNullable<RegisterDeviceRequest['centre']> {
  return { name: centre.name, country: centre.country, municipality: centre.municipality, kind: centre.kind, timeZone: centre.timeZone };
}
