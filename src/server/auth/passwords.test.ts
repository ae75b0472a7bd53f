import { describe, expect, it } from 'vitest';
import { AUTH_LIMITS } from '../../shared/auth/roles';
import { commonPasswords, passwordProblem } from './passwordPolicy';
import { hashPassword, needsRehash, verifyPassword } from './passwords';
import { CODE_ALPHABET, hashCode, newCode } from './tokens';

describe('password policy', () => {
  const person = { login: 'arta.hoxha', displayName: 'Arta Hoxha' };
  it.each([
    ['short1', 'password_too_short'],
    ['x'.repeat(AUTH_LIMITS.passwordMaxLength + 1), 'password_too_long'],
    ['1234567890', 'password_common'],
    ['QWERTYUIOP', 'password_common'],
    ['arta.hoxha', 'password_like_name'],
    ['ARTA.HOXHA.', undefined],
    ['Arta Hoxha', 'password_like_name'],
    ['artahoxha ', 'password_like_name'],
    ['mali-i-thate-në-veri', undefined],
  ])('%s → %s', (password, problem) => {
    expect(passwordProblem(password, person)).toBe(problem);
  });

  it('rejects a password equal to a long login', () => {
    expect(passwordProblem('Koordinatore.Shkoder', { login: 'koordinatore.shkoder' })).toBe('password_like_name');
  });

  it('ships the 10,000 most common passwords, lower-case', () => {
    const list = commonPasswords();
    expect(list.size).toBe(10_000);
    expect(list.has('password')).toBe(true);
    expect([...list].every((p) => p === p.toLowerCase())).toBe(true);
  });
});

describe('scrypt', () => {
  it('round-trips, salts every hash, and stores its parameters', async () => {
    const a = await hashPassword('mali-i-thate-në-veri');
    const b = await hashPassword('mali-i-thate-në-veri');
    expect(a).toMatch(/^\$scrypt\$ln=15,r=8,p=1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('mali-i-thate-në-veri', a)).toBe(true);
    expect(await verifyPassword('mali-i-thate-ne-veri', a)).toBe(false);
    expect(await verifyPassword('mali-i-thate-në-veri', 'garbage')).toBe(false);
    expect(needsRehash(a)).toBe(false);
  });

  it('asks for a rehash when the stored parameters are weaker than the current ones', async () => {
    const weak = await hashPassword('mali-i-thate-në-veri', { logN: 14, r: 8, p: 1 });
    expect(await verifyPassword('mali-i-thate-në-veri', weak)).toBe(true);
    expect(needsRehash(weak)).toBe(true);
  });
});

describe('one-time codes', () => {
  it('are 10 characters of an unambiguous alphabet, formatted ABCD-EFGH-JK', () => {
    const codes = Array.from({ length: 200 }, () => newCode());
    for (const code of codes) {
      expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{2}$/);
      expect([...code.replaceAll('-', '')].every((c) => CODE_ALPHABET.includes(c))).toBe(true);
    }
    expect(new Set(codes).size).toBe(codes.length);
    expect(CODE_ALPHABET).not.toMatch(/[01ILO]/);
  });

  it('hash the same however they are typed', () => {
    expect(hashCode('abcd efgh-jk')).toBe(hashCode('ABCD-EFGH-JK'));
    expect(hashCode('ABCD-EFGH-JM')).not.toBe(hashCode('ABCD-EFGH-JK'));
  });
});
