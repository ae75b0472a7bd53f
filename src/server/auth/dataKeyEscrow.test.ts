import { expect, it } from 'vitest';
import { dataKeySchema, type AuditPage, type InviteCreated, type SessionTokens } from '../../shared/auth/api';
import { expectApiError } from '../testing/expectApiError';
import { TestDevice } from '../testing/testDevice';
import { describeOnStores } from '../testing/testEnv';
import { addCentre, addUser, bearer, enrolTablet, mintSession, signIn, TEST_PASSWORD } from '../testing/testPeople';

/** Issue 6, at rest: the server escrows each tablet's data key and gives it only to an online sign-in there. */
describeOnStores('data key escrow', (env) => {
  const keyOf = async (login: string, deviceToken?: string): Promise<string | undefined> => {
    const res = await signIn(env().app, login, TEST_PASSWORD, deviceToken);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<SessionTokens>().dataKey;
  };

  it('gives a sign-in on an enrolled tablet its 32-byte key: the same for every sign-in and person there, another per tablet', async () => {
    const centre = await addCentre(env(), 'Qendra Escrow');
    const tablet = await enrolTablet(env(), centre);
    const other = await enrolTablet(env(), centre, 'Second tablet');
    const volunteer = await addUser(env(), 'volunteer', [centre.id]);
    const coordinator = await addUser(env(), 'coordinator', [centre.id]);

    const key = await keyOf(volunteer.login, tablet.token);
    expect(key).toHaveLength(44);
    expect(dataKeySchema.safeParse(key).success).toBe(true);
    expect(Buffer.from(key ?? '', 'base64')).toHaveLength(32);
    expect(await keyOf(volunteer.login, tablet.token)).toBe(key);
    expect(await keyOf(coordinator.login, tablet.token)).toBe(key);

    const otherKey = await keyOf(volunteer.login, other.token);
    expect(dataKeySchema.safeParse(otherKey).success).toBe(true);
    expect(otherKey).not.toBe(key);
    // An admin may sign in on any tablet, and gets that tablet's key.
    const admin = await addUser(env(), 'admin', []);
    expect(await keyOf(admin.login, other.token)).toBe(otherKey);
  });

  it('gives no key without the device header, with a revoked tablet or one of another centre, nor on refresh', async () => {
    const centre = await addCentre(env(), 'Qendra Pa Çelës');
    const elsewhere = await addCentre(env(), 'Qendra Tjetër');
    const volunteer = await addUser(env(), 'volunteer', [centre.id]);
    const tablet = await enrolTablet(env(), centre);
    const foreign = await enrolTablet(env(), elsewhere);
    const revoked = await enrolTablet(env(), centre, 'Lost tablet');
    const revokedKey = await keyOf(volunteer.login, revoked.token);
    expect(revokedKey).toHaveLength(44);
    const admin = bearer((await mintSession(env(), await addUser(env(), 'admin', []))).accessToken);
    const revoke = await env().app.inject({ method: 'POST', url: `/api/admin/devices/${revoked.id}/revoke`, headers: admin });
    expect(revoke.statusCode).toBe(200);

    const plain = await signIn(env().app, volunteer.login);
    expect(plain.statusCode).toBe(200);
    expect(plain.json<SessionTokens>()).not.toHaveProperty('dataKey');
    for (const token of [revoked.token, foreign.token, 'A'.repeat(43)]) {
      const res = await signIn(env().app, volunteer.login, TEST_PASSWORD, token);
      expectApiError(res, 401, 'INVALID_CREDENTIALS');
      expect(res.body).not.toContain('dataKey');
    }
    expect(await env().store.deviceKeys.escrowedKey(revoked.id)).toBeUndefined();
    // The right tablet, the wrong password: no key either.
    const wrong = await signIn(env().app, volunteer.login, 'not-the-password', tablet.token);
    expectApiError(wrong, 401, 'INVALID_CREDENTIALS');
    expect(wrong.body).not.toContain('dataKey');

    const onTablet = await signIn(env().app, volunteer.login, TEST_PASSWORD, tablet.token);
    const refreshed = await env().app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refreshToken: onTablet.json<SessionTokens>().refreshToken } });
    expect(refreshed.statusCode).toBe(200);
    expect(refreshed.json<SessionTokens>()).not.toHaveProperty('dataKey');
  });

  it('gives an invite accepted on a tablet that tablet key, and the console none', async () => {
    const centre = await addCentre(env(), 'Qendra Ftesë');
    const tablet = await enrolTablet(env(), centre);
    const coordinator = await addUser(env(), 'coordinator', [centre.id]);
    const key = await keyOf(coordinator.login, tablet.token);
    const headers = bearer((await mintSession(env(), coordinator)).accessToken);
    const invite = async () =>
      (await env().app.inject({ method: 'POST', url: '/api/admin/users/invite', headers, payload: { displayName: 'Vullnetare', role: 'volunteer', centreIds: [centre.id] } })).json<InviteCreated>()
        .inviteCode;
    const accept = async (login: string, deviceHeaders: Record<string, string>) =>
      env().app.inject({ method: 'POST', url: '/api/auth/accept-invite', headers: deviceHeaders, payload: { inviteCode: await invite(), login, password: 'lule-bore-ne-mars-9' } });
    const onTablet = await accept('vullnetare.tablet', { 'x-ura-device': tablet.token });
    expect(onTablet.statusCode).toBe(201);
    expect(onTablet.json<SessionTokens>().dataKey).toBe(key);
    const inConsole = await accept('vullnetare.console', {});
    expect(inConsole.statusCode).toBe(201);
    expect(inConsole.json<SessionTokens>()).not.toHaveProperty('dataKey');
  });

  it('gives a device of the legacy open registration a key too, and none of the admin answers shows it', async () => {
    const legacy = await TestDevice.enrol(env().app);
    const volunteer = await addUser(env(), 'volunteer', [legacy.centre.id]);
    const key = await keyOf(volunteer.login, legacy.token);
    expect(dataKeySchema.safeParse(key).success).toBe(true);
    const admin = bearer((await mintSession(env(), await addUser(env(), 'admin', []))).accessToken);
    for (const url of ['/api/admin/devices', '/api/admin/audit?limit=500', '/api/admin/users', '/api/auth/me']) {
      const res = await env().app.inject({ url, headers: admin });
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).not.toContain(key);
      expect(res.body, url).not.toContain('dataKey');
    }
    const audit = (await env().app.inject({ url: '/api/admin/audit?action=sign_in.succeeded&limit=500', headers: admin })).json<AuditPage>();
    expect(audit.entries.some((e) => e.deviceId === legacy.id)).toBe(true);
  });
});
