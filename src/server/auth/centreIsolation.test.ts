import { beforeAll, expect, it } from 'vitest';
import type { DeviceView, UserView } from '../../shared/auth/api';
import type { Centre } from '../../shared/schemas/centre';
import { centreScope } from '../../shared/sync/protocol';
import { buildAuthWorld, type AuthWorld } from '../testing/authWorld';
import { describeOnStores } from '../testing/testEnv';
import { bearer, mintSession, signIn, signInOn, TEST_PASSWORD } from '../testing/testPeople';
import { assertCentreInScope } from './scope';

describeOnStores('a coordinator of centre A cannot read, push to, or export centre B, whatever ids are sent', (env) => {
  let w: AuthWorld;
  let headers: Record<string, string>;
  beforeAll(async () => {
    w = await buildAuthWorld(env());
    headers = bearer((await mintSession(env(), w.coordinatorA)).accessToken);
  });
  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    env().app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

  it('reads only centre A in every list', async () => {
    const centres = (await call('GET', '/api/admin/centres')).json<{ centres: Centre[] }>().centres;
    expect(centres.map((c) => c.id)).toEqual([w.centreA.id]);
    const users = (await call('GET', '/api/admin/users')).json<{ users: UserView[] }>().users;
    expect(users.some((u) => u.id === w.coordinatorB.id || u.id === w.volunteerB.id || u.id === w.admin.id)).toBe(false);
    expect(users.every((u) => u.centreIds.every((c) => c === w.centreA.id))).toBe(true);
    const devices = (await call('GET', '/api/admin/devices')).json<{ devices: DeviceView[] }>().devices;
    expect(devices.length).toBeGreaterThan(0);
    expect(devices.every((d) => d.centreId === w.centreA.id)).toBe(true);
  });

  it("answers 404 or 403 to B's ids, and changes nothing of B", async () => {
    const before = await env().store.countRows();
    const statuses = [
      (await call('PATCH', `/api/admin/centres/${w.centreB.id}`, { name: 'Taken over' })).statusCode,
      (await call('PATCH', `/api/admin/users/${w.volunteerB.id}`, { isDisabled: true })).statusCode,
      (await call('PATCH', `/api/admin/users/${w.coordinatorB.id}`, { role: 'volunteer' })).statusCode,
      (await call('POST', `/api/admin/users/${w.volunteerB.id}/reset-pin`)).statusCode,
      (await call('POST', `/api/admin/devices/${w.deviceB.id}/revoke`)).statusCode,
      (await call('POST', '/api/admin/devices/enrolment-codes', { centreId: w.centreB.id, label: 'x' })).statusCode,
      (await call('POST', '/api/admin/users/invite', { displayName: 'Spy', role: 'volunteer', centreIds: [w.centreB.id] })).statusCode,
      (await call('POST', '/api/admin/users/invite', { displayName: 'Boss', role: 'admin', centreIds: [w.centreA.id] })).statusCode,
      (await call('PATCH', `/api/admin/users/${w.volunteerA.id}`, { centreIds: [w.centreA.id, w.centreB.id] })).statusCode,
      (await call('PATCH', `/api/admin/users/${w.volunteerA.id}`, { role: 'admin' })).statusCode,
      (await call('PATCH', `/api/admin/users/${w.admin.id}`, { isDisabled: true })).statusCode,
    ];
    expect(statuses).toEqual([404, 404, 404, 404, 404, 404, 403, 403, 403, 403, 404]);
    expect(await env().store.countRows()).toEqual(before);
  });

  it("cannot sign in on B's tablet, push B's sessions through A's tablet, or pull B's scope", async () => {
    const res = await signIn(env().app, w.coordinatorA.login, TEST_PASSWORD, w.deviceB.token);
    expect(res.statusCode).toBe(401);
    await signInOn(env(), w.deviceA, w.coordinatorA);
    const tablet = w.deviceA;
    const results = await tablet.push(
      tablet.create(tablet.session({ centreId: w.centreB.id })),
      tablet.update(w.sessionB, 1, { notes: 'edited from A' }),
      tablet.remove(w.sessionB),
      tablet.restore(w.sessionB),
    );
    expect(results.map((r) => (r.status === 'rejected' ? r.code : r.status))).toEqual(['FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
    const pulled = await tablet.pullAll({ [centreScope(w.centreB.id)]: 0 });
    expect(pulled.some((c) => c.id === w.sessionB || c.scope === centreScope(w.centreB.id))).toBe(false);
    // A device token is not a person's token, nor the other way round.
    const asDevice = await env().app.inject({ method: 'POST', url: '/api/sync/v1/pull', headers, payload: { deviceId: w.deviceB.id, cursors: {} } });
    expect(asDevice.statusCode).toBe(401);
  });

  it('cannot export centre B (the scope check exports will use)', () => {
    const who = { userId: w.coordinatorA.id, role: w.coordinatorA.role, centreIds: w.coordinatorA.centreIds };
    expect(() => assertCentreInScope(who, w.centreA.id)).not.toThrow();
    expect(() => assertCentreInScope(who, w.centreB.id)).toThrow(/No such centre/);
  });
});
