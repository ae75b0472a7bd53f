import { createHash, randomBytes, randomInt } from 'node:crypto';
import { normaliseCode } from '../../shared/auth/api';

/** 256 random bits, base64url: device tokens, access and refresh tokens. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only this SHA-256 is stored, so a database leak reveals no token or code. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Letters and digits nobody confuses when reading aloud or typing (no 0/O, 1/I/L). */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A one-time code people type, e.g. `ABCD-EFGH-JK` (10 characters, ~49 bits), uniformly random. */
export function newCode(length = 10): string {
  const chars = Array.from({ length }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)] ?? '');
  const groups: string[] = [];
  for (let i = 0; i < chars.length; i += 4) groups.push(chars.slice(i, i + 4).join(''));
  return groups.join('-');
}

/** Codes are compared by the hash of their normalised form (case, spaces and dashes ignored). */
export function hashCode(code: string): string {
  return hashToken(`code:${normaliseCode(code)}`);
}

/** A bearer value as sent in a header: base64url of a plausible length, else nothing. */
export function bearerToken(header: string | string[] | undefined): string | undefined {
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header);
  return match?.[1];
}

/** A token sent bare (X-Ura-Device). */
export function bareToken(header: string | string[] | undefined): string | undefined {
  if (typeof header !== 'string') return undefined;
  return /^[A-Za-z0-9_-]{20,200}$/.test(header) ? header : undefined;
}
