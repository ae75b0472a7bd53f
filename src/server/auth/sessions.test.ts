import { expect, it } from 'vitest';
import type { AuditPage, AuthStatus, SessionTokens, UserView } from '../../shared/auth/api';
import { AUTH_LIMITS } from '../../shared/auth/roles';
import { INVALID_CREDENTIALS_MESSAGE } from '../routes/signIn';
import { expectApiError } from '../testing/expectApiError';
import { describeOnStores } from '../testing/testEnv';
import { addCentre, addUser, bearer, enrolTablet, mintSession, signIn, TEST_PASSWORD } from '../testing/testPeople';

describeOnStores('sign-in sessions', (env) => {
  const me = (token: string) => env().app.inject({ url: '/api/auth/me', headers: bearer(token) });
  const refresh = (refreshToken: string) => env().app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refreshToken } });
  const asAdmin = async () => bearer((await mintSession(env(), await addUser(env(), 'admin', []))).accessToken);

  it('creates the first admin with the setup code once; the code and setup are single use', async () => {
    expect((await env().app.inject({ url: '/api/auth/status' })).json<AuthStatus>().needsSetup).toBe(true);
    const { ensureSetupCode } = await import('./setupCode');
    let printed = '';
    expect(await ensureSetupCode(env().store, env().clock.now, 'http://localhost:8080', (t) => (printed += t))).toBe(true);
    const setupCode = /code: ([A-Z2-9-]{19})/.exec(printed)?.[1] ?? '';
    expect(printed).toContain('http://localhost:8080/setup');
    const body = { setupCode, displayName: 'Drita Admin', login: 'drita', password: 'mali-i-thate-në-veri' };
    const weak = await env().app.inject({ method: 'POST', url: '/api/auth/setup', payload: { ...body, password: 'password123' } });
    expect(expectApiError(weak, 400, 'WEAK_PASSWORD').details).toEqual({ reason: 'password_common' });
    const first = await env().app.inject({ method: 'POST', url: '/api/auth/setup', payload: body });
    expect(first.statusCode).toBe(201);
    expect(first.json<SessionTokens>().user).toMatchObject({ role: 'admin', login: 'drita' });
    expectApiError(await env().app.inject({ method: 'POST', url: '/api/auth/setup', payload: { ...body, login: 'drita2' } }), 400, 'INVALID_CODE');
    expect((await env().app.inject({ url: '/api/auth/status' })).json<AuthStatus>().needsSetup).toBe(false);
    expect(await ensureSetupCode(env().store, env().clock.now, 'http://x', () => undefined)).toBe(false);
  });

  it('rotates refresh tokens, and revokes the whole session when a spent one comes back', async () => {
    const user = await addUser(env(), 'volunteer', []);
    const first = (await signIn(env().app, user.login)).json<SessionTokens>();
    expect(first.accessToken).not.toBe(first.refreshToken);
    expect(Date.parse(first.accessExpiresAt) - env().clock.now.getTime()).toBe(AUTH_LIMITS.accessTokenMinutes * 60_000);
    const second = (await refresh(first.refreshToken)).json<SessionTokens>();
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await me(second.accessToken)).statusCode).toBe(200);
    expect((await me(first.accessToken)).statusCode).toBe(401);
    // The old refresh token again: a thief or the owner, either way the session ends for both.
    expectApiError(await refresh(first.refreshToken), 401, 'UNAUTHENTICATED');
    expectApiError(await me(second.accessToken), 401, 'UNAUTHENTICATED');
    expectApiError(await refresh(second.refreshToken), 401, 'UNAUTHENTICATED');
    const audit = await env().app.inject({ url: '/api/admin/audit?action=session.token_reused', headers: await asAdmin() });
    expect(audit.json<AuditPage>().entries).toHaveLength(1);
  });

  it('expires access tokens after 15 minutes and refresh tokens after the offline days', async () => {
    const user = await addUser(env(), 'volunteer', []);
    const tokens = await mintSession(env(), user);
    const start = env().clock.now;
    env().clock.now = new Date(start.getTime() + AUTH_LIMITS.accessTokenMinutes * 60_000);
    expectApiError(await me(tokens.accessToken), 401, 'TOKEN_EXPIRED');
    env().clock.now = new Date(start.getTime() + AUTH_LIMITS.offlineDays * 86_400_000);
    expectApiError(await refresh(tokens.refreshToken), 401, 'UNAUTHENTICATED');
    env().clock.now = start;
  });

  it('makes disabling a person and revoking a tablet take effect at the next request', async () => {
    const centre = await addCentre(env());
    const tablet = await enrolTablet(env(), centre);
    const user = await addUser(env(), 'volunteer', [centre.id]);
    const onTablet = (await signIn(env().app, user.login, TEST_PASSWORD, tablet.token)).json<SessionTokens>();
    const elsewhere = await mintSession(env(), user);
    expect((await me(onTablet.accessToken)).statusCode).toBe(200);
    const admin = await asAdmin();
    await env().app.inject({ method: 'POST', url: `/api/admin/devices/${tablet.id}/revoke`, headers: admin });
    expectApiError(await me(onTablet.accessToken), 401, 'UNAUTHENTICATED');
    expectApiError(await refresh(onTablet.refreshToken), 401, 'UNAUTHENTICATED');
    expect((await me(elsewhere.accessToken)).statusCode).toBe(200);
    const disable = await env().app.inject({ method: 'PATCH', url: `/api/admin/users/${user.id}`, headers: admin, payload: { isDisabled: true } });
    expect(disable.json<UserView>().isDisabled).toBe(true);
    expectApiError(await me(elsewhere.accessToken), 401, 'UNAUTHENTICATED');
    const again = await signIn(env().app, user.login);
    expect(expectApiError(again, 401, 'INVALID_CREDENTIALS').message).toBe(INVALID_CREDENTIALS_MESSAGE);
  });

  it('lets a person sign in only on a tablet of their centres, with the same answer as a wrong password', async () => {
    const [a, b] = [await addCentre(env()), await addCentre(env())];
    const [tabletA, tabletB] = [await enrolTablet(env(), a), await enrolTablet(env(), b)];
    const volunteer = await addUser(env(), 'volunteer', [a.id]);
    const admin = await addUser(env(), 'admin', []);
    expect((await signIn(env().app, volunteer.login, TEST_PASSWORD, tabletA.token)).statusCode).toBe(200);
    const foreign = await signIn(env().app, volunteer.login, TEST_PASSWORD, tabletB.token);
    expect(expectApiError(foreign, 401, 'INVALID_CREDENTIALS').message).toBe(INVALID_CREDENTIALS_MESSAGE);
    const bogus = await signIn(env().app, volunteer.login, TEST_PASSWORD, 'A'.repeat(43));
    expectApiError(bogus, 401, 'INVALID_CREDENTIALS');
    expect((await signIn(env().app, admin.login, TEST_PASSWORD, tabletB.token)).statusCode).toBe(200);
  });

  it('signs out, and a PIN reset ends the sessions and tells the tablet when', async () => {
    const user = await addUser(env(), 'volunteer', []);
    const tokens = await mintSession(env(), user);
    expect((await env().app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: bearer(tokens.accessToken) })).statusCode).toBe(204);
    expectApiError(await me(tokens.accessToken), 401, 'UNAUTHENTICATED');
    expectApiError(await refresh(tokens.refreshToken), 401, 'UNAUTHENTICATED');
    const next = await mintSession(env(), user);
    const reset = await env().app.inject({ method: 'POST', url: `/api/admin/users/${user.id}/reset-pin`, headers: await asAdmin() });
    expect(reset.json<UserView>().pinResetAt).toBe(env().clock.now.toISOString());
    expectApiError(await me(next.accessToken), 401, 'UNAUTHENTICATED');
    expect((await signIn(env().app, user.login)).json<SessionTokens>().user.pinResetAt).toBe(env().clock.now.toISOString());
  });
});
