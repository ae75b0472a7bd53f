import { expect, it } from 'vitest';
import type { AuditPage } from '../../shared/auth/api';
import { expectApiError } from '../testing/expectApiError';
import { describeOnStores } from '../testing/testEnv';
import { addCentre, addCode, addUser, bearer, mintSession, signIn, TEST_PASSWORD } from '../testing/testPeople';

const STRONG = 'lule-bore-ne-mars';

describeOnStores('bad input to sign-in and administration', (env) => {
  it('answers sign-in the same whether the account exists, the password is wrong, or the person is disabled', async () => {
    const user = await addUser(env(), 'volunteer', []);
    const disabled = await addUser(env(), 'volunteer', []);
    await env().store.users.update(disabled.id, { disabledAt: env().clock.now.toISOString() });
    const bodies = await Promise.all([
      signIn(env().app, 'no.such.person', TEST_PASSWORD, undefined, '10.9.0.1'),
      signIn(env().app, user.login, 'wrong-password', undefined, '10.9.0.2'),
      signIn(env().app, disabled.login, TEST_PASSWORD, undefined, '10.9.0.3'),
    ]);
    for (const res of bodies) expectApiError(res, 401, 'INVALID_CREDENTIALS');
    expect(new Set(bodies.map((r) => r.body)).size).toBe(1);
  });

  it('answers unknown, used and expired invite codes alike', async () => {
    const centre = await addCentre(env());
    const payload = { displayName: 'Invited', role: 'volunteer', centreIds: [centre.id] };
    const used = await addCode(env(), 'invite', payload);
    const accept = (inviteCode: string, login: string) => env().app.inject({ method: 'POST', url: '/api/auth/accept-invite', payload: { inviteCode, login, password: STRONG } });
    expect((await accept(used, 'first.one')).statusCode).toBe(201);
    const expired = await addCode(env(), 'invite', payload, -1);
    const answers = [await accept(used, 'second.one'), await accept(expired, 'third.one'), await accept('QQQQ-RRRR-SS', 'fourth.one')];
    for (const res of answers) expectApiError(res, 400, 'INVALID_CODE');
    expect(new Set(answers.map((r) => r.body)).size).toBe(1);
  });

  it('rejects oversized and unknown fields with 400 in the one error shape, without echoing input or stacks', async () => {
    const admin = bearer((await mintSession(env(), await addUser(env(), 'admin', []))).accessToken);
    const long = 'x'.repeat(5000);
    const cases = [
      { method: 'POST', url: '/api/auth/sign-in', payload: { login: long, password: 'x' } },
      { method: 'POST', url: '/api/auth/sign-in', payload: { login: 'a.person', password: long } },
      { method: 'POST', url: '/api/auth/sign-in', payload: { login: 'a.person', password: 'x', isAdmin: true } },
      { method: 'POST', url: '/api/auth/refresh', payload: { refreshToken: long } },
      { method: 'POST', url: '/api/devices/enrol', payload: { enrolmentCode: 'ABCD-EFGH-JK', label: long } },
      { method: 'POST', url: '/api/auth/accept-invite', payload: { inviteCode: long, login: 'x.y.z', password: STRONG } },
      { method: 'POST', url: '/api/admin/users/invite', headers: admin, payload: { displayName: long, role: 'volunteer', centreIds: [] } },
      { method: 'POST', url: '/api/admin/users/invite', headers: admin, payload: { displayName: 'Ok Name', role: 'root', centreIds: [] } },
      { method: 'PATCH', url: '/api/admin/users/not-a-uuid', headers: admin, payload: {} },
      { method: 'GET', url: '/api/admin/audit?limit=100000', headers: admin },
      { method: 'GET', url: '/api/admin/audit?actorId=1%27%20or%201=1', headers: admin },
      { method: 'GET', url: '/api/admin/audit?sql=drop', headers: admin },
    ] as const;
    for (const c of cases) {
      const res = await env().app.inject({ method: c.method, url: c.url, headers: 'headers' in c ? c.headers : {}, ...('payload' in c ? { payload: c.payload } : {}) });
      expectApiError(res, 400, 'INVALID_REQUEST');
      expect(res.body).not.toContain('xxxxxxxxxx');
      expect(res.body).not.toMatch(/\bat \w|node_modules|kysely|sqlite/i);
    }
  });

  it('answers tampered, expired and malformed tokens with 401 and no detail', async () => {
    const tokens = await mintSession(env(), await addUser(env(), 'admin', []));
    const flipped = `${tokens.accessToken.slice(0, -2)}${tokens.accessToken.endsWith('AA') ? 'BB' : 'AA'}`;
    for (const authorization of [`Bearer ${flipped}`, 'Bearer short', `Basic ${tokens.accessToken}`, `Bearer ${tokens.refreshToken}`, `Bearer ${tokens.accessToken}\u0000`]) {
      const res = await env().app.inject({ url: '/api/auth/me', headers: { authorization } });
      expectApiError(res, 401, 'UNAUTHENTICATED');
    }
    const refresh = await env().app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refreshToken: tokens.accessToken } });
    expectApiError(refresh, 401, 'UNAUTHENTICATED');
    expect((await env().app.inject({ url: '/api/admin/audit', headers: bearer(tokens.accessToken) })).json<AuditPage>().entries).toBeDefined();
  });
});
