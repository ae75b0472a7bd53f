import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { installAuthGuard } from '../auth/guard';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { expectApiError } from '../testing/expectApiError';
import { TestDevice } from '../testing/testDevice';
import { openTestEnv, openTestStore } from '../testing/testEnv';
import { addUser, signIn, TEST_PASSWORD } from '../testing/testPeople';

describe('openDeviceRegistration (the legacy seam)', () => {
  it('is off by default and can be turned on from the environment', () => {
    expect(loadConfig({}).openDeviceRegistration).toBe(false);
    expect(loadConfig({ OPEN_DEVICE_REGISTRATION: 'true' }).openDeviceRegistration).toBe(true);
  });

  it('when off: no open registration, the centre list needs a device token, and every push names a person', async () => {
    const open = await openTestEnv('sqlite');
    const legacy = await TestDevice.enrol(open.app);
    await open.app.close();
    const config = loadConfig({}, { openDeviceRegistration: false, distDir: '/nonexistent-ura-dist', rateLimitPerMinute: 1_000_000 });
    const app = await buildApp({ config, store: open.store, now: () => open.clock.now, logger: false });
    const device = new TestDevice(app, legacy.id, legacy.token, legacy.centre);

    expectApiError(await app.inject({ method: 'POST', url: '/api/sync/v1/register-device', payload: { label: 'x' } }), 404, 'NOT_FOUND');
    expectApiError(await app.inject({ url: '/api/sync/v1/centres' }), 401, 'UNAUTHENTICATED');
    expect((await app.inject({ url: '/api/sync/v1/centres', headers: { authorization: `Bearer ${device.token}` } })).statusCode).toBe(200);

    const [anonymous] = await device.push(device.create(device.session()));
    expect(anonymous).toMatchObject({ status: 'rejected', code: 'FORBIDDEN' });
    const volunteer = await addUser({ app, store: open.store, clock: open.clock }, 'volunteer', [legacy.centre.id]);
    expect((await signIn(app, volunteer.login, TEST_PASSWORD, device.token)).statusCode).toBe(200);
    const [signedIn] = await device.as(volunteer.id).push(device.create(device.session()));
    expect(signedIn?.status).toBe('applied');
    await app.close();
    await open.store.close();
  });

  it('refuses to build a route that declares no auth (fail closed)', async () => {
    const { store, close } = await openTestStore('sqlite');
    const app = Fastify({ logger: false });
    installAuthGuard(app, { store, config: loadConfig({}), now: () => new Date() });
    expect(() => app.get('/forgotten', () => 'oops')).toThrow(/GET \/forgotten does not declare config.auth/);
    expect(() => app.get('/declared', { config: { auth: 'user' } }, () => 'ok')).not.toThrow();
    await app.close();
    await close();
  });
});
