import type { FastifyInstance, FastifyRequest } from 'fastify';
import { signInRequestSchema, type SessionTokens } from '../../shared/auth/api';
import { audit } from '../auth/audit';
import { burnPasswordCheck, hashPassword, needsRehash, verifyPassword } from '../auth/passwords';
import { accountKey, addressKey, assertNotLimited, recordFailure, type AttemptKind } from '../auth/rateLimit';
import { issueSession } from '../auth/sessionTokens';
import { mayUseDevice, signInDevice, withDataKey } from '../auth/signInDevice';
import { HttpError } from '../http/httpError';
import type { UserRecord } from '../store/authTypes';
import type { DeviceRecord } from '../store/types';
import { parseBody, type RouteDeps } from './deps';

/** Whatever was wrong (login, password, disabled, tablet), the answer is this one. */
export const INVALID_CREDENTIALS_MESSAGE = 'The login or password is not right';
const invalidCredentials = () => new HttpError(401, 'INVALID_CREDENTIALS', INVALID_CREDENTIALS_MESSAGE);

/** 429 before any check while the account or the address is over the limit; audited. */
export async function checkLimits(deps: RouteDeps, request: FastifyRequest, kind: AttemptKind, keys: readonly string[]): Promise<void> {
  try {
    await assertNotLimited(deps, keys);
  } catch (err) {
    await audit(deps, request, 'sign_in.limited', { actorId: null, details: { kind } });
    throw err;
  }
}

type Outcome = { user: UserRecord; device: DeviceRecord | undefined } | { reason: string; user?: UserRecord };

async function check(deps: RouteDeps, request: FastifyRequest, login: string, password: string): Promise<Outcome> {
  const user = await deps.store.users.findByLogin(login);
  if (!user) {
    await burnPasswordCheck(password);
    return { reason: 'unknown_login' };
  }
  if (!(await verifyPassword(password, user.passwordHash))) return { reason: 'wrong_password', user };
  if (user.disabledAt) return { reason: 'disabled', user };
  const device = await signInDevice(deps.store, request);
  if (device === 'refused') return { reason: 'device_unknown_or_revoked', user };
  if (device && !mayUseDevice(user, device)) return { reason: 'device_of_other_centre', user };
  return { user, device };
}

export function signInRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.post('/auth/sign-in', { config: { auth: 'public' } }, async (request): Promise<SessionTokens> => {
    const { login, password } = parseBody(signInRequestSchema, request.body);
    const keys = [accountKey(login), addressKey('sign_in', request)];
    await checkLimits(deps, request, 'sign_in', keys);
    const outcome = await check(deps, request, login, password);
    if ('reason' in outcome) {
      await recordFailure(deps, keys);
      await audit(deps, request, 'sign_in.failed', { actorId: outcome.user?.id ?? null, details: { login, reason: outcome.reason } });
      throw invalidCredentials();
    }
    const { user, device } = outcome;
    const at = deps.now().toISOString();
    // A success clears the account's count, not the address's (one address may be guessing many accounts).
    await deps.store.failures.clear(accountKey(login));
    if (needsRehash(user.passwordHash)) await deps.store.users.update(user.id, { passwordHash: await hashPassword(password) });
    if (device) {
      await deps.store.users.recordDeviceSignIn(device.id, user.id, at);
      await deps.store.admin.touchDevice(device.id, at);
    }
    const tokens = await issueSession(deps, user, device?.id ?? null);
    await audit(deps, request, 'sign_in.succeeded', { actorId: user.id, deviceId: device?.id ?? null, targetType: 'user', targetId: user.id });
    return withDataKey(deps.store, tokens, device);
  });
}
