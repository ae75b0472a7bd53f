import type { FastifyRequest } from 'fastify';
import type { Role } from '../../shared/auth/roles';
import { HttpError } from '../http/httpError';
import type { RouteDeps } from '../routes/deps';
import type { UserRecord } from '../store/authTypes';
import { bearerToken, hashToken } from './tokens';

/** The signed-in person behind an access token, read fresh from the database on every request. */
export type Principal = {
  userId: string;
  role: Role;
  centreIds: string[];
  sessionId: string;
  /** The tablet the session was signed in on, if any. */
  deviceId: string | null;
  user: UserRecord;
};

const TOUCH_AFTER_MS = 60_000;

function unauthenticated(message = 'Sign in again'): HttpError {
  return new HttpError(401, 'UNAUTHENTICATED', message);
}

/**
 * 401 unless `Authorization: Bearer <accessToken>` names a live session of an enabled person on a
 * device that is not revoked. No caching: revoking a device or disabling a person takes effect at
 * the very next request. An expired access token answers TOKEN_EXPIRED (refresh, then retry).
 */
export async function authenticateUser(deps: RouteDeps, request: FastifyRequest): Promise<Principal> {
  const token = bearerToken(request.headers.authorization);
  if (!token) throw unauthenticated('Send the access token as "Authorization: Bearer <token>"');
  const session = await deps.store.sessions.findByAccessHash(hashToken(token));
  if (!session || session.revokedAt) throw unauthenticated();
  const now = deps.now();
  if (Date.parse(session.accessExpiresAt) <= now.getTime()) throw new HttpError(401, 'TOKEN_EXPIRED', 'The access token expired; refresh it');
  const user = await deps.store.users.get(session.userId);
  if (!user || user.disabledAt) throw unauthenticated();
  if (session.deviceId) {
    const device = await deps.store.admin.getDevice(session.deviceId);
    if (!device || device.revokedAt) throw unauthenticated();
  }
  if (!session.lastUsedAt || now.getTime() - Date.parse(session.lastUsedAt) > TOUCH_AFTER_MS) {
    await deps.store.sessions.touch(session.id, now.toISOString());
  }
  return { userId: user.id, role: user.role, centreIds: user.centreIds, sessionId: session.id, deviceId: session.deviceId, user };
}
