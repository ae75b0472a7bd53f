import type { FastifyRequest } from 'fastify';
import { AUTH_LIMITS } from '../../shared/auth/roles';
import { HttpError } from '../http/httpError';
import type { RouteDeps } from '../routes/deps';

/*
 * Failed attempts per account and per address, kept in the database (auth_failures) so every server
 * instance counts the same ones. At AUTH_LIMITS.maxFailedSignIns failures in the window, further
 * attempts are refused before any check, even with the right password.
 */
const WINDOW_MS = AUTH_LIMITS.failedSignInWindowMinutes * 60_000;
export const LIMITED_MESSAGE = 'Too many attempts; wait a few minutes and try again';

export type AttemptKind = 'sign_in' | 'setup' | 'invite' | 'enrol';

export function accountKey(login: string): string {
  return `account:${login.trim().toLowerCase()}`;
}

export function addressKey(kind: AttemptKind, request: FastifyRequest): string {
  return `${kind}:ip:${request.ip}`;
}

/** Throws 429 with Retry-After when any key is over the limit. */
export async function assertNotLimited(deps: RouteDeps, keys: readonly string[]): Promise<void> {
  const now = deps.now().getTime();
  const since = new Date(now - WINDOW_MS).toISOString();
  let retryAfterMs = 0;
  for (const key of keys) {
    const { count, oldest } = await deps.store.failures.count(key, since);
    if (count >= AUTH_LIMITS.maxFailedSignIns && oldest) retryAfterMs = Math.max(retryAfterMs, Date.parse(oldest) + WINDOW_MS - now);
  }
  if (retryAfterMs > 0) {
    const seconds = String(Math.max(1, Math.ceil(retryAfterMs / 1000)));
    throw new HttpError(429, 'RATE_LIMITED', LIMITED_MESSAGE, undefined, { 'retry-after': seconds });
  }
}

export async function recordFailure(deps: RouteDeps, keys: readonly string[]): Promise<void> {
  const now = deps.now().getTime();
  await deps.store.failures.record(keys, new Date(now).toISOString(), new Date(now - WINDOW_MS).toISOString());
}
