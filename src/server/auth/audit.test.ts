import { expect, it } from 'vitest';
import type { AuditEntry, AuditPage, InviteCreated, SessionTokens } from '../../shared/auth/api';
import { describeOnStores } from '../testing/testEnv';
import { addCentre, addUser, bearer, enrolTablet, mintSession, signIn, signInOn, TEST_PASSWORD } from '../testing/testPeople';

describeOnStores('audit log', (env) => {
  it('records sign-ins, failures, enrolments, invites, revocations and role changes, filterable and paged by id', async () => {
    const centre = await addCentre(env());
    const admin = await addUser(env(), 'admin', []);
    const headers = bearer((await mintSession(env(), admin)).accessToken);
    const tablet = await enrolTablet(env(), centre);
    const volunteer = await addUser(env(), 'volunteer', [centre.id]);
    await signInOn(env(), tablet, volunteer);
    await signIn(env().app, volunteer.login, 'wrong-password', undefined, '10.7.0.1');
    await env().app.inject({ method: 'POST', url: '/api/admin/users/invite', headers, payload: { displayName: 'New One', role: 'volunteer', centreIds: [centre.id] } });
    await env().app.inject({ method: 'PATCH', url: `/api/admin/users/${volunteer.id}`, headers, payload: { role: 'coordinator' } });
    await env().app.inject({ method: 'POST', url: `/api/admin/devices/${tablet.id}/revoke`, headers });

    const query = async (q: string) => (await env().app.inject({ url: `/api/admin/audit?${q}`, headers })).json<AuditPage>();
    const actions = (entries: AuditEntry[]) => entries.map((e) => e.action);
    const mine = await query(`actorId=${admin.id}`);
    expect(actions(mine.entries)).toEqual(['device.revoked', 'user.updated', 'user.role_changed', 'invite.created']);
    expect(mine.entries[0]).toMatchObject({ targetType: 'device', targetId: tablet.id, ip: '127.0.0.1' });
    const signIns = await query(`actorId=${volunteer.id}`);
    expect(actions(signIns.entries)).toEqual(['sign_in.failed', 'sign_in.succeeded']);
    expect(signIns.entries[1]).toMatchObject({ deviceId: tablet.id });
    expect(signIns.entries[0]?.details).toMatchObject({ reason: 'wrong_password', login: volunteer.login });
    expect((await query('action=device.enrolled')).entries.some((e) => e.deviceId === tablet.id)).toBe(true);

    const at = env().clock.now.toISOString();
    expect((await query(`from=${encodeURIComponent(at)}&action=device.revoked`)).entries).toHaveLength(1);
    expect((await query(`to=${encodeURIComponent(at)}&action=device.revoked`)).entries).toHaveLength(0);

    const seen: number[] = [];
    let page = await query('limit=2');
    for (;;) {
      seen.push(...page.entries.map((e) => e.id));
      if (page.nextBefore === null) break;
      page = await query(`limit=2&before=${page.nextBefore}`);
    }
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(7);
  });

  it('never stores a password, token or code in an entry', async () => {
    const centre = await addCentre(env());
    const admin = await addUser(env(), 'admin', []);
    const headers = bearer((await mintSession(env(), admin)).accessToken);
    const invite = (await env().app.inject({ method: 'POST', url: '/api/admin/users/invite', headers, payload: { displayName: 'Zana', role: 'volunteer', centreIds: [centre.id] } })).json<InviteCreated>();
    const accepted = await env().app.inject({ method: 'POST', url: '/api/auth/accept-invite', payload: { inviteCode: invite.inviteCode, login: 'zana', password: 'lule-bore-ne-mars' } });
    const tokens = accepted.json<SessionTokens>();
    const all = JSON.stringify(await env().store.audit.query({ limit: 500 }));
    for (const secret of [invite.inviteCode, 'lule-bore-ne-mars', TEST_PASSWORD, tokens.accessToken, tokens.refreshToken]) expect(all).not.toContain(secret);
  });
});
