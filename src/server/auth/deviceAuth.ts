import { createHash, randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { HttpError } from '../http/httpError';
import type { DeviceRecord, SessionRow, Store } from '../store/types';

/*
 * Device credentials until sign-in exists. This file and routes/registerDevice.ts are the seam that
 * sign-in replaces: every permission question the sync rules ask goes through the functions below.
 */

/** 256 random bits, base64url; only its SHA-256 is stored, so a database leak reveals no token. */
export function newDeviceToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashDeviceToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

const BEARER = /^Bearer ([A-Za-z0-9_-]{20,200})$/;

/** The device behind `Authorization: Bearer <token>`: 401 without a valid token, 403 when revoked. */
export async function authenticateDevice(store: Store, request: FastifyRequest): Promise<DeviceRecord> {
  const match = BEARER.exec(request.headers.authorization ?? '');
  if (!match?.[1]) throw new HttpError(401, 'UNAUTHENTICATED', 'Send the device token as "Authorization: Bearer <token>"');
  const device = await store.findDeviceByTokenHash(hashDeviceToken(match[1]));
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
 * Who may edit or delete a session. Until users sign in, a device speaks for its whole centre, so any
 * device of the session's centre may (DESIGN.md: "the author or a coordinator"; sign-in narrows this).
 */
export function mayEditSession(device: DeviceRecord, session: SessionRow): boolean {
  return device.centreId === session.centreId;
}

/** Un-deleting is for the device that recorded the session or the one that deleted it. */
export function mayRestoreSession(device: DeviceRecord, session: SessionRow): boolean {
  return mayEditSession(device, session) && (device.id === session.authorDeviceId || device.id === session.deletedBy);
}
