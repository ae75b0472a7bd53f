import { AUTH_LIMITS } from '../../../shared/auth/roles';

/** The rules of src/shared/auth/api.ts, checked before sending so errors appear next to the field at once. */
export type AccountInput = { login: string; password: string; repeat: string; displayName?: string; code?: string };
export type AccountErrors = Partial<Record<keyof AccountInput, string>>;

const LOGIN = /^[a-z0-9._@-]{3,64}$/;
const fold = (s: string) => s.normalize('NFC').trim().toLowerCase().replace(/\s+/g, '');

export function validateDisplayName(name: string): string | undefined {
  const length = name.trim().length;
  return length < 2 || length > 60 ? 'admin:errors.field.displayName' : undefined;
}

export function validateAccount(input: AccountInput): AccountErrors {
  const errors: AccountErrors = {};
  if (input.code !== undefined && input.code.replace(/[\s-]+/g, '').length < 6) errors.code = 'admin:errors.field.code';
  if (input.displayName !== undefined) {
    const problem = validateDisplayName(input.displayName);
    if (problem) errors.displayName = problem;
  }
  const login = input.login.trim().toLowerCase();
  if (!LOGIN.test(login)) errors.login = 'admin:errors.field.login';
  const length = [...input.password].length;
  if (length < AUTH_LIMITS.passwordMinLength) errors.password = 'admin:errors.password.password_too_short';
  else if (length > AUTH_LIMITS.passwordMaxLength) errors.password = 'admin:errors.password.password_too_long';
  else if ([login, input.displayName ?? ''].some((n) => n !== '' && fold(n) === fold(input.password))) errors.password = 'admin:errors.password.password_like_name';
  if (!errors.password && input.repeat !== input.password) errors.repeat = 'admin:errors.field.repeat';
  return errors;
}

export function hasErrors(errors: Partial<Record<string, string>>): boolean {
  return Object.values(errors).some(Boolean);
}
