import { describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { expectApiError } from '../testing/expectApiError';
import { TestDevice } from '../testing/testDevice';
import { openTestEnv } from '../testing/testEnv';

describe('server failures', () => {
  it('answers 500 / 503 in the error shape without stack or internals when the database is gone', async () => {
    const env = await openTestEnv('sqlite');
    const device = await TestDevice.enrol(env.app);
    await env.store.close();

    const push = await device.pushRaw([device.create(device.session())]);
    expect(expectApiError(push, 500, 'INTERNAL_ERROR').message).toMatch(/retry/);
    expect(push.body).not.toMatch(/at |kysely|sqlite|destroyed/i);

    const health = await env.app.inject({ url: '/api/health' });
    expectApiError(health, 503, 'DATABASE_UNAVAILABLE');
    await env.app.close();
  });

  it('answers 429 in the error shape with Retry-After when a client sends too much', async () => {
    const env = await openTestEnv('sqlite');
    const app = await buildApp({ config: loadConfig({}, { registerRateLimitPerMinute: 2, openDeviceRegistration: true }), store: env.store, logger: false });
    const enrol = () => app.inject({ method: 'POST', url: '/api/sync/v1/register-device', payload: { label: 'x' } });
    await enrol();
    await enrol();
    const limited = await enrol();
    expectApiError(limited, 429, 'RATE_LIMITED');
    expect(limited.headers['retry-after']).toBeDefined();
    await app.close();
    await env.close();
  });
});
