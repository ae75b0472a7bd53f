import type { FastifyRequest } from 'fastify';
import { uuidv7 } from '../../shared/ids';
import type { SessionTokens, UserView } from '../../shared/auth/api';
import { AUTH_LIMITS } from '../../shared/auth/roles';
import { HttpError } from '../http/httpError';
import type { RouteDeps } from '../routes/deps';
import type { TokenPair, UserRecord, UserSessionRecord } from '../store/authTypes';
import { audit } from './audit';
import { hashToken, newToken } from './tokens';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export function userView(user: UserRecord): UserView {
  return {
    id: user.id,
    displayName: user.displayName,
    login: user.login,
    role: user.role,
    centreIds: user.centreIds,
    isDisabled: user.disabledAt !== null,
    pinResetAt: user.pinResetAt,
  };
}

/**
 * A fresh token pair. The refresh token lives AUTH_LIMITS.offlineDays from now, but never past
 * AUTH_LIMITS.sessionMaxDays after the sign-in (an absolute session lifetime).
 */
function newPair(now: Date, createdAt: string): { pair: TokenPair; access: string; refresh: string } {
  const access = newToken();
  const refresh = newToken();
  const refreshEnd = Math.min(now.getTime() + AUTH_LIMITS.offlineDays * DAY, Date.parse(createdAt) + AUTH_LIMITS.sessionMaxDays * DAY);
  const pair = {
    accessHash: hashToken(access),
    accessExpiresAt: new Date(Math.min(now.getTime() + AUTH_LIMITS.accessTokenMinutes * MINUTE, refreshEnd)).toISOString(),
    refreshHash: hashToken(refresh),
    refreshExpiresAt: new Date(refreshEnd).toISOString(),
  };
  return { pair, access, refresh };
}

function tokensOf(user: UserRecord, pair: TokenPair, access: string, refresh: string): SessionTokens {
  return { user: userView(user), accessToken: access, accessExpiresAt: pair.accessExpiresAt, refreshToken: refresh, refreshExpiresAt: pair.refreshExpiresAt };
}

/** Starts a sign-in session (bound to the tablet it happened on, if any). */
export async function issueSession(deps: RouteDeps, user: UserRecord, deviceId: string | null): Promise<SessionTokens> {
  const now = deps.now();
  const createdAt = now.toISOString();
  const { pair, access, refresh } = newPair(now, createdAt);
  await deps.store.sessions.create({ id: uuidv7(), userId: user.id, deviceId, createdAt, ...pair });
  return tokensOf(user, pair, access, refresh);
}

const refused = () => new HttpError(401, 'UNAUTHENTICATED', 'Sign in again');

/**
 * Rotating refresh: each refresh token works once. Presenting a spent one means two parties hold it
 * (a copy was stolen), so the whole session is revoked and both must sign in again.
 */
export async function refreshSession(deps: RouteDeps, request: FastifyRequest, refreshToken: string): Promise<SessionTokens> {
  const now = deps.now();
  const at = now.toISOString();
  const hash = hashToken(refreshToken);
  const session = await deps.store.sessions.findByRefreshHash(hash);
  if (!session) {
    const stolenFrom = await deps.store.sessions.findSpentRefresh(hash);
    if (stolenFrom) await revokeForReuse(deps, request, stolenFrom, at);
    throw refused();
  }
  if (session.revokedAt || Date.parse(session.refreshExpiresAt) <= now.getTime()) throw refused();
  const user = await liveUserOf(deps, session);
  const { pair, access, refresh } = newPair(now, session.createdAt);
  if (!(await deps.store.sessions.rotate(session.id, hash, pair, at))) {
    await revokeForReuse(deps, request, session.id, at);
    throw refused();
  }
  return tokensOf(user, pair, access, refresh);
}

async function liveUserOf(deps: RouteDeps, session: UserSessionRecord): Promise<UserRecord> {
  const user = await deps.store.users.get(session.userId);
  if (!user || user.disabledAt) throw refused();
  if (session.deviceId) {
    const device = await deps.store.admin.getDevice(session.deviceId);
    if (!device || device.revokedAt) throw refused();
  }
  return user;
}

async function revokeForReuse(deps: RouteDeps, request: FastifyRequest, sessionId: string, at: string): Promise<void> {
  await deps.store.sessions.revoke(sessionId, at);
  await audit(deps, request, 'session.token_reused', { actorId: null, targetType: 'user_session', targetId: sessionId });
}
