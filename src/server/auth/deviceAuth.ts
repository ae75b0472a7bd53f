import type { FastifyRequest } from 'fastify';
import { HttpError } from '../http/httpError';
import type { DeviceRecord, SessionRow, Store } from '../store/types';
import { bearerToken, hashToken, newToken } from './tokens';

/*
 * Device credentials: a device token (256 random bits, only its SHA-256 stored) from an enrolment
 * code (routes/devices.ts) or, while `openDeviceRegistration` is on, from the legacy open
 * registration (routes/registerDevice.ts).
 */

export const newDeviceToken = newToken;
export const hashDeviceToken = hashToken;

/** The device behind `Authorization: Bearer <token>`: 401 without a valid token, 403 when revoked. */
export async function authenticateDevice(store: Store, request: FastifyRequest): Promise<DeviceRecord> {
  const token = bearerToken(request.headers.authorization);
  if (!token) throw new HttpError(401, 'UNAUTHENTICATED', 'Send the device token as "Authorization: Bearer <token>"');
  const device = await store.findDeviceByTokenHash(hashToken(token));
  if (!device) throw new HttpError(401, 'UNAUTHENTICATED', 'Unknown device token; set this device up again');
  if (device.revokedAt) throw new HttpError(403, 'DEVICE_REVOKED', 'This device was revoked; ask a coordinator to enrol it again');
  return device;
}

/** A request speaks for the device whose token it carries, and for no other. */
export function assertSameDevice(device: DeviceRecord, bodyDeviceId: string): void {
  if (device.id !== bodyDeviceId) {
    throw new HttpError(403, 'DEVICE_MISMATCH', 'deviceId does not match the device token');
  }
}

/**
 * Devices of the legacy open registration (no actor on the mutation): a device speaks for its whole
 * centre, so any device of the session's centre may edit or delete. Actor rules: sync/actorRules.ts.
 */
export function mayEditSession(device: DeviceRecord, session: SessionRow): boolean {
  return device.centreId === session.centreId;
}

/** Legacy devices: un-deleting is for the device that recorded the session or the one that deleted it. */
export function mayRestoreSession(device: DeviceRecord, session: SessionRow): boolean {
  return mayEditSession(device, session) && (device.id === session.authorDeviceId || device.id === session.deletedBy);
}
