import type { Centre } from '../../shared/schemas/centre';
import type { CentreListResponse, RegisterDeviceRequest, RegisterDeviceResponse } from '../../shared/sync/protocol';
import { beginResync } from '../db/syncEpoch';
import { readSyncMeta, type SyncMeta } from '../db/syncMeta';
import { adoptRegistration, readDeviceProfile, readEnrolment } from '../db/syncRegistration';
import { call, type SyncDeps } from './context';
import { SyncStop, stopFor } from './errors';

/*
 * Device credentials. A tablet enrolled with a code (features/auth) already holds its device token;
 * a refused token then means "ask a coordinator", never a silent re-registration. The legacy seam
 * below (a tablet set up offline, registered through the open register-device route, which the server
 * only offers with OPEN_DEVICE_REGISTRATION=true) stays for the simulator and the old engine tests.
 */

export async function ensureRegistered(deps: SyncDeps): Promise<SyncMeta> {
  const meta = await readSyncMeta(deps.db);
  return meta.credentials ? meta : register(deps);
}

/** Enrols (again, after a 401) and stores the token; notices a server restored from backup. */
export async function register(deps: SyncDeps): Promise<SyncMeta> {
  const { db } = deps;
  if (await readEnrolment(db)) throw new SyncStop('unauthorized', 'The server refused this tablet\'s device token');
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
