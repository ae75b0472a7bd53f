import type { FastifyRequest } from 'fastify';
import { DEVICE_HEADER, type SessionTokens } from '../../shared/auth/api';
import type { Role } from '../../shared/auth/roles';
import type { Store } from '../store/types';
import type { DeviceRecord } from '../store/types';
import { bareToken, hashToken } from './tokens';

/**
 * The tablet a person signs in on: its device token comes in `X-Ura-Device`. Undefined when the
 * header is absent (a browser that is not an enrolled tablet); 'refused' when it is sent but names no
 * live device.
 */
export async function signInDevice(store: Store, request: FastifyRequest): Promise<DeviceRecord | undefined | 'refused'> {
  const header = request.headers[DEVICE_HEADER];
  if (header === undefined) return undefined;
  const token = bareToken(header);
  if (!token) return 'refused';
  const device = await store.findDeviceByTokenHash(hashToken(token));
  return device && !device.revokedAt ? device : 'refused';
}

/** A volunteer or coordinator signs in only on a tablet of one of their centres; an admin on any. */
export function mayUseDevice(person: { role: Role; centreIds: readonly string[] }, device: DeviceRecord): boolean {
  return person.role === 'admin' || person.centreIds.includes(device.centreId);
}

/**
 * An online sign-in on a tablet (issue 6, at rest) answers with the tablet's escrowed data key, so a person's
 * first sign-in there can open the sealed sessions. Call it only once the person, the password and the tablet
 * checked out; no key without a device, or when the device was revoked meanwhile.
 */
export async function withDataKey(store: Store, tokens: SessionTokens, device: DeviceRecord | undefined): Promise<SessionTokens> {
  if (!device) return tokens;
  const dataKey = await store.deviceKeys.escrowedKey(device.id);
  return dataKey === undefined ? tokens : { ...tokens, dataKey };
}
