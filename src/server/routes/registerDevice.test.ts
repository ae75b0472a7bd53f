import { describe, expect, it } from 'vitest';
import type { ApiError, CentreListResponse, HealthResponse } from '../../shared/sync/protocol';
import { describeOnStores } from '../testing/testEnv';
import { TEST_CENTRE, TestDevice } from '../testing/testDevice';

describeOnStores('device setup and credentials', (env) => {
  it('reports health with the database kind and epoch', async () => {
    const res = await env().app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    const body = res.json<HealthResponse>();
    expect(body).toMatchObject({ status: 'ok', database: env().store.dialect, schemaVersion: 4 });
    expect(body.serverEpoch).toBe(env().store.serverEpoch());
    expect(Date.parse(body.serverTime)).not.toBeNaN();
  });

  it('creates a centre with the first device and lists it for the next', async () => {
    const first = await TestDevice.enrol(env().app);
    expect(first.centre).toMatchObject(TEST_CENTRE);
    expect(first.token.length).toBeGreaterThanOrEqual(43); // 256 bits in base64url
    const list = (await env().app.inject({ method: 'GET', url: '/api/sync/v1/centres' })).json<CentreListResponse>();
    expect(list.centres.map((c) => c.id)).toContain(first.centre.id);
    const second = await first.sibling();
    expect(second.centre).toEqual(first.centre);
    expect(second.id).not.toBe(first.id);
  });

  it('refuses an unknown centre, both or neither of centreId and centre, and a bad time zone', async () => {
    const inject = (payload: object) => env().app.inject({ method: 'POST', url: '/api/sync/v1/register-device', payload });
    const unknown = await inject({ centreId: '0190f000-0000-7000-8000-00000000dead', label: 'x' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json<ApiError>().error.code).toBe('CENTRE_NOT_FOUND');
    expect((await inject({ label: 'x' })).statusCode).toBe(400);
    const both = await inject({ centreId: '0190f000-0000-7000-8000-00000000dead', centre: TEST_CENTRE, label: 'x' });
    expect(both.statusCode).toBe(400);
    const badZone = await inject({ centre: { ...TEST_CENTRE, timeZone: 'Mars/Olympus' }, label: 'x' });
    expect(badZone.statusCode).toBe(400);
    expect(badZone.json<ApiError>().error.code).toBe('INVALID_REQUEST');
  });

  it('asks for the device token on push and pull, and checks it speaks for the body deviceId', async () => {
    const device = await TestDevice.enrol(env().app);
    const other = await TestDevice.enrol(env().app);
    const body = { deviceId: device.id, cursors: {} };
    const none = await env().app.inject({ method: 'POST', url: '/api/sync/v1/pull', payload: body });
    expect(none.statusCode).toBe(401);
    expect(none.json<ApiError>().error.code).toBe('UNAUTHENTICATED');
    const wrong = await env().app.inject({
      method: 'POST',
      url: '/api/sync/v1/pull',
      payload: body,
      headers: { authorization: 'Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
    });
    expect(wrong.statusCode).toBe(401);
    const mismatch = await other.post('/api/sync/v1/pull', body);
    expect(mismatch.statusCode).toBe(403);
    expect(mismatch.json<ApiError>().error.code).toBe('DEVICE_MISMATCH');
    const pushMismatch = await other.post('/api/sync/v1/push', {
      deviceId: device.id,
      batchId: '0190f000-0000-7000-8000-000000000002',
      mutations: [device.create(device.session())],
    });
    expect(pushMismatch.statusCode).toBe(403);
  });

  it('answers 403 DEVICE_REVOKED to a revoked device', async () => {
    const device = await TestDevice.enrol(env().app);
    await env().store.revokeDevice(device.id, new Date());
    const res = await device.pushRaw([device.create(device.session())]);
    expect(res.statusCode).toBe(403);
    expect(res.json<ApiError>().error.code).toBe('DEVICE_REVOKED');
  });
});

describe('token storage', () => {
  it('keeps only a hash of the token', async () => {
    const { hashDeviceToken, newDeviceToken } = await import('../auth/deviceAuth');
    const token = newDeviceToken();
    expect(hashDeviceToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashDeviceToken(token)).not.toContain(token);
    expect(newDeviceToken()).not.toBe(token);
  });
});
