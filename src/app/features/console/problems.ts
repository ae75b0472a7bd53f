import { ApiError, OFFLINE } from '../../api/http';

/** A translation key in the admin namespace and its values: what the person reads, never the server's English. */
export type Problem = { key: string; values?: Record<string, string | number> };

/** Server codes with a message of their own; everything else is the generic message. */
const KNOWN_CODES = [
  'INVALID_CREDENTIALS',
  'INVALID_CODE',
  'LOGIN_TAKEN',
  'ALREADY_SET_UP',
  'FORBIDDEN',
  'NOT_FOUND',
  'CENTRE_NOT_FOUND',
  'USER_NOT_FOUND',
  'DEVICE_NOT_FOUND',
  'LAST_ADMIN',
  'ALREADY_EXISTS',
  'INVALID_REQUEST',
  'UNAUTHENTICATED',
  'TOKEN_EXPIRED',
] as const;
const PASSWORD_REASONS = ['password_too_short', 'password_too_long', 'password_common', 'password_like_name'] as const;

function reasonOf(details: unknown): string | undefined {
  const reason = (details as { reason?: unknown } | null | undefined)?.reason;
  return typeof reason === 'string' ? reason : undefined;
}

export function problemOf(error: unknown): Problem {
  if (!(error instanceof ApiError)) return { key: 'admin:errors.generic' };
  if (error.code === OFFLINE) return { key: 'admin:errors.offline' };
  if (error.code === 'RATE_LIMITED') {
    const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
    return { key: 'admin:errors.rateLimited', values: { count: minutes } };
  }
  if (error.code === 'WEAK_PASSWORD') {
    const reason = reasonOf(error.details);
    return { key: PASSWORD_REASONS.some((r) => r === reason) ? `admin:errors.password.${reason}` : 'admin:errors.password.password_common' };
  }
  if ((KNOWN_CODES as readonly string[]).includes(error.code)) return { key: `admin:errors.code.${error.code}` };
  if (error.status >= 500) return { key: 'admin:errors.server' };
  return { key: 'admin:errors.generic' };
}

/** The form field a server error belongs to, so it is shown next to that field too. */
export function fieldOfError(error: unknown, fields: Partial<Record<string, string>>): string | undefined {
  return error instanceof ApiError ? fields[error.code] : undefined;
}
