import { readFileSync } from 'node:fs';
import { AUTH_LIMITS } from '../../shared/auth/roles';

/*
 * ASVS 6.2: at least AUTH_LIMITS.passwordMinLength characters, any characters, no composition rules,
 * not one of the 10,000 most common passwords (data/common-passwords.txt, made by
 * scripts/make-common-passwords.mjs), not the person's login or name.
 */
export type PasswordProblem = 'password_too_short' | 'password_too_long' | 'password_common' | 'password_like_name';

let common: Set<string> | undefined;
/** Loaded once, at the first check (buildApp calls it at start). */
export function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(new URL('./data/common-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  );
  return common;
}

const fold = (s: string) => s.normalize('NFC').trim().toLowerCase();

export function passwordProblem(password: string, person: { login?: string; displayName?: string }): PasswordProblem | undefined {
  const length = [...password].length;
  if (length < AUTH_LIMITS.passwordMinLength) return 'password_too_short';
  if (length > AUTH_LIMITS.passwordMaxLength) return 'password_too_long';
  const folded = fold(password);
  if (commonPasswords().has(folded)) return 'password_common';
  const names = [person.login, person.displayName].filter((n): n is string => n !== undefined).map(fold);
  const squeezed = folded.replace(/\s+/g, '');
  if (names.some((n) => n === folded || n.replace(/\s+/g, '') === squeezed)) return 'password_like_name';
  return undefined;
}

const MESSAGES: Record<PasswordProblem, string> = {
  password_too_short: `Choose a password of at least ${AUTH_LIMITS.passwordMinLength} characters`,
  password_too_long: `A password has at most ${AUTH_LIMITS.passwordMaxLength} characters`,
  password_common: 'This password is among the most common ones; choose another',
  password_like_name: 'A password must not be your login or your name',
};

export function passwordMessage(problem: PasswordProblem): string {
  return MESSAGES[problem];
}
