import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import type { EnrolDeviceResponse, InviteCreated, SessionTokens } from '../../shared/auth/api';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { TestDevice } from '../testing/testDevice';
import { openTestStore, TEST_NOW, type TestEnv } from '../testing/testEnv';
import { addCentre, bearer } from '../testing/testPeople';
import { ensureSetupCode } from './setupCode';

it('never writes a password, token, code or data key to the log, even at trace level', async () => {
  let log = '';
  const stream = new Writable({ write: (chunk: Buffer, _enc, done) => ((log += chunk.toString()), done()) });
  const { store, close } = await openTestStore('sqlite');
  const config = loadConfig({}, { distDir: '/nonexistent-ura-dist', rateLimitPerMinute: 1_000_000 });
  const clock = { now: TEST_NOW };
  const app = await buildApp({ config, store, now: () => clock.now, logger: { level: 'trace', stream } });
  const env: TestEnv = { app, store, clock };
  const post = (url: string, payload: object, headers: Record<string, string> = {}) => app.inject({ method: 'POST', url, payload, headers });
  const secrets: string[] = [];

  let printed = '';
  await ensureSetupCode(store, clock.now, 'http://localhost:8080', (t) => (printed += t));
  const setupCode = /code: ([A-Z2-9-]{19})/.exec(printed)?.[1] ?? '';
  const adminPassword = 'mali-i-thate-ne-veri-7';
  const admin = (await post('/api/auth/setup', { setupCode, displayName: 'Admin', login: 'admin', password: adminPassword })).json<SessionTokens>();
  secrets.push(setupCode, adminPassword, admin.accessToken, admin.refreshToken);

  const centre = await addCentre(env);
  const enrol = (await post('/api/admin/devices/enrolment-codes', { centreId: centre.id, label: 'Desk' }, bearer(admin.accessToken))).json<{ enrolmentCode: string }>();
  const device = (await post('/api/devices/enrol', { enrolmentCode: enrol.enrolmentCode, label: 'Desk' })).json<EnrolDeviceResponse>();
  const invite = (await post('/api/admin/users/invite', { displayName: 'Vol', role: 'volunteer', centreIds: [centre.id] }, bearer(admin.accessToken))).json<InviteCreated>();
  const volunteerPassword = 'lule-bore-ne-mars-9';
  const volunteer = (await post('/api/auth/accept-invite', { inviteCode: invite.inviteCode, login: 'vol', password: volunteerPassword }, { 'x-ura-device': device.deviceToken })).json<SessionTokens>();
  const onTablet = (await post('/api/auth/sign-in', { login: 'vol', password: volunteerPassword }, { 'x-ura-device': device.deviceToken })).json<SessionTokens>();
  expect(onTablet.dataKey).toBe(volunteer.dataKey);
  secrets.push(onTablet.dataKey ?? '', onTablet.accessToken, onTablet.refreshToken);
  const wrongPassword = 'this-is-a-wrong-one';
  await post('/api/auth/sign-in', { login: 'vol', password: wrongPassword });
  const refreshed = (await post('/api/auth/refresh', { refreshToken: volunteer.refreshToken })).json<SessionTokens>();
  await post('/api/auth/refresh', { refreshToken: volunteer.refreshToken });
  const tablet = new TestDevice(app, device.deviceId, device.deviceToken, device.centre).as(volunteer.user.id);
  await tablet.push(tablet.create(tablet.session()));
  await app.inject({ url: '/api/auth/me', headers: bearer(`${refreshed.accessToken.slice(0, -1)}x`) });
  secrets.push(enrol.enrolmentCode, device.deviceToken, invite.inviteCode, volunteerPassword, volunteer.accessToken, volunteer.refreshToken, wrongPassword, refreshed.accessToken);

  await app.close();
  await close();
  expect(log.length).toBeGreaterThan(1000);
  for (const secret of secrets) {
    expect(secret.length).toBeGreaterThan(8);
    expect(log, 'a secret reached the log').not.toContain(secret);
    expect(log).not.toContain(secret.replaceAll('-', ''));
  }
});
