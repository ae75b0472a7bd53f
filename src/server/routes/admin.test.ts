import { expect, it } from 'vitest';
import type { EnrolDeviceResponse, EnrolmentCodeCreated, InviteCreated, SessionTokens, UserView } from '../../shared/auth/api';
import { AUTH_LIMITS } from '../../shared/auth/roles';
import { loadStarterCatalogue } from '../../shared/catalogue/starterCatalogue';
import type { Centre } from '../../shared/schemas/centre';
import { CATALOGUE_SCOPE, CENTRES_SCOPE } from '../../shared/sync/protocol';
import { expectApiError } from '../testing/expectApiError';
import { TEST_CENTRE, TestDevice } from '../testing/testDevice';
import { describeOnStores } from '../testing/testEnv';
import { addCentre, addUser, bearer, enrolTablet, mintSession, signIn } from '../testing/testPeople';

describeOnStores('administration', (env) => {
  const as = async (role: 'admin' | 'coordinator', centreIds: string[] = []) => bearer((await mintSession(env(), await addUser(env(), role, centreIds))).accessToken);
  const post = (url: string, headers: Record<string, string>, payload?: object) => env().app.inject({ method: 'POST', url, headers, ...(payload ? { payload } : {}) });

  it('invites a volunteer, who accepts on a tablet of the centre and signs in', async () => {
    const centre = await addCentre(env());
    const tablet = await enrolTablet(env(), centre);
    const coordinator = await as('coordinator', [centre.id]);
    const invite = await post('/api/admin/users/invite', coordinator, { displayName: 'Besa Krasniqi', role: 'volunteer', centreIds: [centre.id] });
    const { inviteCode, expiresAt } = invite.json<InviteCreated>();
    expect(inviteCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{2}$/);
    expect(Date.parse(expiresAt) - env().clock.now.getTime()).toBe(AUTH_LIMITS.inviteDays * 86_400_000);
    const accept = (payload: object) => env().app.inject({ method: 'POST', url: '/api/auth/accept-invite', headers: { 'x-ura-device': tablet.token }, payload });
    const likeName = await accept({ inviteCode, login: 'besa', password: 'Besa Krasniqi' });
    expect(expectApiError(likeName, 400, 'WEAK_PASSWORD').details).toEqual({ reason: 'password_like_name' });
    const accepted = await accept({ inviteCode: inviteCode.toLowerCase().replaceAll('-', ' '), login: 'Besa.K', password: 'lule-bore-ne-mars' });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json<SessionTokens>().user).toMatchObject({ login: 'besa.k', role: 'volunteer', centreIds: [centre.id] });
    expectApiError(await accept({ inviteCode, login: 'besa.2', password: 'lule-bore-ne-mars' }), 400, 'INVALID_CODE');
    expect((await signIn(env().app, 'besa.k', 'lule-bore-ne-mars', tablet.token)).statusCode).toBe(200);
    const [created] = await tablet.as(accepted.json<SessionTokens>().user.id).push(tablet.create(tablet.session()));
    expect(created?.status).toBe('applied');
  });

  it('keeps the last admin, and lets only admins make admins', async () => {
    const admin = await addUser(env(), 'admin', []);
    const headers = bearer((await mintSession(env(), admin)).accessToken);
    const others = (await env().store.users.list()).filter((u) => u.role === 'admin' && u.id !== admin.id);
    for (const other of others) await env().store.users.update(other.id, { disabledAt: env().clock.now.toISOString() });
    const self = await env().app.inject({ method: 'PATCH', url: `/api/admin/users/${admin.id}`, headers, payload: { isDisabled: true } });
    expectApiError(self, 409, 'LAST_ADMIN');
    const centre = await addCentre(env());
    const volunteer = await addUser(env(), 'volunteer', [centre.id]);
    const promoted = await env().app.inject({ method: 'PATCH', url: `/api/admin/users/${volunteer.id}`, headers, payload: { role: 'coordinator' } });
    expect(promoted.json<UserView>().role).toBe('coordinator');
    expect((await env().store.audit.query({ action: 'user.role_changed' })).some((e) => e.targetId === volunteer.id)).toBe(true);
    for (const other of others) await env().store.users.update(other.id, { disabledAt: null });
  });

  it('enrols a tablet with a single-use code that expires after the enrolment minutes', async () => {
    const centre = await addCentre(env());
    const coordinator = await as('coordinator', [centre.id]);
    const code = async () => (await post('/api/admin/devices/enrolment-codes', coordinator, { centreId: centre.id, label: 'Desk 3' })).json<EnrolmentCodeCreated>();
    const { enrolmentCode, expiresAt } = await code();
    expect(Date.parse(expiresAt) - env().clock.now.getTime()).toBe(AUTH_LIMITS.enrolmentCodeMinutes * 60_000);
    const enrol = (c: string) => env().app.inject({ method: 'POST', url: '/api/devices/enrol', payload: { enrolmentCode: c, label: 'Desk 3' } });
    const first = await enrol(enrolmentCode);
    expect(first.statusCode).toBe(201);
    expect(first.json<EnrolDeviceResponse>().centre.id).toBe(centre.id);
    const used = expectApiError(await enrol(enrolmentCode), 400, 'INVALID_CODE').message;
    const later = await code();
    const start = env().clock.now;
    env().clock.now = new Date(start.getTime() + AUTH_LIMITS.enrolmentCodeMinutes * 60_000);
    const expired = expectApiError(await enrol(later.enrolmentCode), 400, 'INVALID_CODE').message;
    env().clock.now = start;
    const unknown = expectApiError(await enrol('ZZZZ-ZZZZ-ZZ'), 400, 'INVALID_CODE').message;
    expect(new Set([used, expired, unknown]).size).toBe(1);
  });

  it('sends centre and catalogue changes to devices by pull; retiring keeps the entry', async () => {
    const admin = await as('admin');
    const created = await post('/api/admin/centres', admin, { ...TEST_CENTRE, name: 'Info point Lezhë' });
    const centre = created.json<Centre>();
    const device = await TestDevice.enrol(env().app, { centreId: centre.id });
    const start = (await device.pull({}, { limit: 1000 })).cursors;
    const service = loadStarterCatalogue()[2]!;
    await env().store.seedCatalogue([service]);
    const edit = (body: object) => env().app.inject({ method: 'PUT', url: `/api/admin/catalogue/${service.code}`, headers: admin, payload: { ...service, ...body } });
    expect((await edit({ active: false })).statusCode).toBe(200);
    const renamed = await env().app.inject({ method: 'PATCH', url: `/api/admin/centres/${centre.id}`, headers: admin, payload: { name: 'Info point Lezha' } });
    expect(renamed.json<Centre>().name).toBe('Info point Lezha');
    const changes = (await device.pull(start, { limit: 1000 })).changes;
    expect(changes.find((c) => c.scope === CATALOGUE_SCOPE && c.id === service.code)?.data).toMatchObject({ active: false });
    expect(changes.find((c) => c.scope === CENTRES_SCOPE && c.id === centre.id)).toMatchObject({ version: 2, data: { name: 'Info point Lezha' } });
    expect((await env().app.inject({ url: '/api/admin/catalogue', headers: admin })).body).toContain(service.code);
    expectApiError(await edit({ country: 'RS' }), 400, 'INVALID_REQUEST');
    expectApiError(await post('/api/admin/catalogue', admin, service), 409, 'ALREADY_EXISTS');
  });
});
