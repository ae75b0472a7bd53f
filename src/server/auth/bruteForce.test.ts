import { expect, it } from 'vitest';
import type { AuditPage } from '../../shared/auth/api';
import { AUTH_LIMITS } from '../../shared/auth/roles';
import { expectApiError } from '../testing/expectApiError';
import { describeOnStores } from '../testing/testEnv';
import { addUser, bearer, mintSession, signIn, TEST_PASSWORD } from '../testing/testPeople';
import { INVALID_CREDENTIALS_MESSAGE } from '../routes/signIn';

const MAX = AUTH_LIMITS.maxFailedSignIns;
const WINDOW_MS = AUTH_LIMITS.failedSignInWindowMinutes * 60_000;

describeOnStores('sign-in rate limits', (env) => {
  it('refuses every attempt after 10 failures for one account, even with the right password, until the window passes', async () => {
    const user = await addUser(env(), 'volunteer', []);
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      // Each from another address: the per-account limit holds on its own.
      const res = await signIn(env().app, user.login, `wrong-password-${i}`, undefined, `10.1.0.${i + 1}`);
      statuses.push(res.statusCode);
      if (res.statusCode === 429) {
        expect(expectApiError(res, 429, 'RATE_LIMITED').message).not.toMatch(/account|exist|login/i);
        expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      } else {
        expect(expectApiError(res, 401, 'INVALID_CREDENTIALS').message).toBe(INVALID_CREDENTIALS_MESSAGE);
      }
    }
    expect(statuses).toEqual([...Array<number>(MAX).fill(401), ...Array<number>(30 - MAX).fill(429)]);
    expect((await signIn(env().app, user.login, TEST_PASSWORD, undefined, '10.1.1.1')).statusCode).toBe(429);
    const admin = await addUser(env(), 'admin', []);
    const limited = await env().app.inject({ url: '/api/admin/audit?action=sign_in.limited', headers: bearer((await mintSession(env(), admin)).accessToken) });
    expect(limited.json<AuditPage>().entries.length).toBeGreaterThanOrEqual(20);

    const before = env().clock.now;
    env().clock.now = new Date(before.getTime() + WINDOW_MS + 1000);
    expect((await signIn(env().app, user.login, TEST_PASSWORD, undefined, '10.1.1.2')).statusCode).toBe(200);
    env().clock.now = before;
  }, 60_000);

  it('limits one address across many accounts, and a success does not reset the address count', async () => {
    const ip = '10.2.0.1';
    const known = await addUser(env(), 'volunteer', []);
    for (let i = 0; i < MAX - 1; i++) {
      expect((await signIn(env().app, `nobody.${i}`, 'wrong-password', undefined, ip)).statusCode).toBe(401);
    }
    expect((await signIn(env().app, known.login, TEST_PASSWORD, undefined, ip)).statusCode).toBe(200);
    expect((await signIn(env().app, 'nobody.last', 'wrong-password', undefined, ip)).statusCode).toBe(401);
    const res = await signIn(env().app, known.login, TEST_PASSWORD, undefined, ip);
    expectApiError(res, 429, 'RATE_LIMITED');
    // Another address is not affected.
    expect((await signIn(env().app, known.login, TEST_PASSWORD, undefined, '10.2.0.2')).statusCode).toBe(200);
  }, 60_000);

  it('limits wrong enrolment, invite and setup codes per address', async () => {
    for (const [url, payload] of [
      ['/api/devices/enrol', { enrolmentCode: 'AAAA-BBBB-CC', label: 'x' }],
      ['/api/auth/accept-invite', { inviteCode: 'AAAA-BBBB-CC', login: 'new.person', password: 'mali-i-thate-në-veri' }],
      ['/api/auth/setup', { setupCode: 'AAAA-BBBB-CCCC-DDDD', displayName: 'Admin', login: 'admin.x', password: 'mali-i-thate-në-veri' }],
    ] as const) {
      const ip = `10.3.0.${url.length}`;
      for (let i = 0; i < MAX; i++) {
        expectApiError(await env().app.inject({ method: 'POST', url, payload, remoteAddress: ip }), 400, 'INVALID_CODE');
      }
      const res = await env().app.inject({ method: 'POST', url, payload, remoteAddress: ip });
      expectApiError(res, 429, 'RATE_LIMITED');
      expect(res.headers['retry-after']).toBeDefined();
    }
  }, 60_000);
});
