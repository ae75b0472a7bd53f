import { ApiError, OFFLINE } from '../../api/http';

/** A translation key in the auth namespace: what the person reads, never the server's English. */
export type AuthProblem = { key: string; count?: number };

/** Every sign-in failure is one message (INVALID_CREDENTIALS): it never says whether an account exists. */
export function authProblemOf(error: unknown): AuthProblem {
  if (!(error instanceof ApiError)) return { key: 'auth:errors.generic' };
  if (error.code === OFFLINE) return { key: 'auth:errors.offline' };
  if (error.code === 'RATE_LIMITED') return { key: 'auth:errors.rateLimited', count: Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60)) };
  if (error.code === 'INVALID_CREDENTIALS' || error.code === 'UNAUTHENTICATED') return { key: 'auth:errors.invalidCredentials' };
  if (error.code === 'INVALID_CODE') return { key: 'auth:errors.invalidCode' };
  if (error.code === 'INVALID_REQUEST') return { key: 'auth:errors.invalidRequest' };
  if (error.status >= 500) return { key: 'auth:errors.server' };
  return { key: 'auth:errors.generic' };
}
