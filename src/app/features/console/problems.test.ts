import i18next, { type Resource } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { readLocaleResources } from '../../../test/localeFiles';
import { ApiError, OFFLINE, UNKNOWN_ERROR } from '../../api/http';
import { problemOf } from './problems';

const i18n = i18next.createInstance();
beforeAll(async () => {
  const resources = { en: readLocaleResources('en'), 'sr-Latn': readLocaleResources('sr-Latn') } as Resource;
  await i18n.init({ resources, lng: 'en', fallbackLng: false, interpolation: { escapeValue: false } });
});
const text = (error: unknown, lng = 'en') => {
  const p = problemOf(error);
  return i18n.getFixedT(lng)(p.key, p.values);
};

describe('problemOf: server codes become the reader’s language, never the server’s English', () => {
  it.each([
    [new ApiError('INVALID_CREDENTIALS', 401, 'The login or password is not right'), 'The login or password is not right.'],
    [new ApiError('INVALID_CODE', 400, 'This code is not valid: it may be mistyped, used or expired'), /^This code does not work/],
    [new ApiError('LOGIN_TAKEN', 409, 'x'), 'This login is already taken. Choose another one.'],
    [new ApiError('WEAK_PASSWORD', 400, 'x', { reason: 'password_common' }), /one of the most common ones/],
    [new ApiError('WEAK_PASSWORD', 400, 'x', { reason: 'password_like_name' }), 'The password must not be your login or your name.'],
    [new ApiError('RATE_LIMITED', 429, 'x', undefined, 61), 'Too many attempts. Please wait 2 minutes and try again.'],
    [new ApiError('RATE_LIMITED', 429, 'x', undefined, 30), 'Too many attempts. Please wait 1 minute and try again.'],
    [new ApiError(OFFLINE, 0, 'x'), /cannot be reached/],
    [new ApiError('INTERNAL_ERROR', 500, 'The server failed; nothing was saved, retry later'), /server has a problem/],
    [new ApiError(UNKNOWN_ERROR, 502, 'HTTP 502'), /server has a problem/],
    [new ApiError('SOMETHING_NEW', 400, 'A message only the server knows'), 'Something went wrong. Please try again.'],
    [new TypeError('boom'), 'Something went wrong. Please try again.'],
  ])('%s', (error, expected) => {
    const shown = text(error);
    if (typeof expected === 'string') expect(shown).toBe(expected);
    else expect(shown).toMatch(expected);
    expect(shown).not.toMatch(/^admin:|errors\./);
  });

  it('uses the plural forms of the language (Serbian 2–4: few)', () => {
    expect(text(new ApiError('RATE_LIMITED', 429, 'x', undefined, 180), 'sr-Latn')).toBe('Previše pokušaja. Sačekajte 3 minuta pa pokušajte ponovo.');
    expect(text(new ApiError('RATE_LIMITED', 429, 'x', undefined, 60), 'sr-Latn')).toBe('Previše pokušaja. Sačekajte 1 minut pa pokušajte ponovo.');
  });
});
