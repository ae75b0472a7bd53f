import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext } from '@playwright/test';

/*
 * The network a tablet test needs, made through the API (fast): the first admin (the same account file
 * as e2e/pages/console/consoleFixtures.ts, which imports the tablet fixtures and so cannot be imported
 * here), a centre, a volunteer through an invite, and enrolment codes.
 */

export type Person = { id: string; displayName: string; login: string; password: string };
export type Centre = { id: string; name: string; country: string };
type Headers = Record<string, string>;

const defaultDataDir = () => {
  const dir = process.env.E2E_DATA_DIR;
  if (!dir) throw new Error('E2E_DATA_DIR is not set (playwright.config.ts sets it)');
  return dir;
};

export const unique = () => randomBytes(4).toString('hex');
export const newPassword = () => `e2e ${randomBytes(12).toString('base64url')}`;

async function ok<T>(answer: { status(): number; text(): Promise<string>; json(): Promise<unknown> }, status = 200): Promise<T> {
  if (answer.status() !== status) throw new Error(`expected ${status}, got ${answer.status()}: ${await answer.text()}`);
  return (await answer.json()) as T;
}

/**
 * Signs the first admin in (making it with the setup code on a new server) and returns its auth header.
 * `dataDir`: where that server writes its setup code (the suite's server by default, or an OwnServer's).
 */
export async function adminAuth(api: APIRequestContext, dataDir = defaultDataDir()): Promise<Headers> {
  const file = join(dataDir, 'console-admin.json');
  if (!existsSync(file)) {
    const admin = { displayName: 'Drita Admin', login: 'drita.admin', password: newPassword() };
    const setupCode = readFileSync(join(dataDir, 'setup-code'), 'utf8').trim();
    await ok(await api.post('/api/auth/setup', { data: { setupCode, ...admin } }), 201);
    writeFileSync(file, JSON.stringify(admin), { mode: 0o600 });
  }
  const { login, password } = JSON.parse(readFileSync(file, 'utf8')) as { login: string; password: string };
  const tokens = await ok<{ accessToken: string }>(await api.post('/api/auth/sign-in', { data: { login, password } }));
  return { authorization: `Bearer ${tokens.accessToken}` };
}

export async function createCentre(api: APIRequestContext, auth: Headers, name: string): Promise<Centre> {
  const data = { name, country: 'AL', municipality: 'Shkodër', kind: 'fixed', timeZone: 'Europe/Tirane' };
  return ok<Centre>(await api.post('/api/admin/centres', { headers: auth, data }), 201);
}

/** A volunteer of the centre, invited and with a password of their own. */
export async function createVolunteer(api: APIRequestContext, auth: Headers, centreId: string, displayName: string): Promise<Person> {
  const invite = await ok<{ inviteCode: string }>(
    await api.post('/api/admin/users/invite', { headers: auth, data: { displayName, role: 'volunteer', centreIds: [centreId] } }),
    201,
  );
  const login = `${displayName.toLowerCase()}.${unique()}`;
  const password = newPassword();
  const tokens = await ok<{ user: { id: string } }>(await api.post('/api/auth/accept-invite', { data: { inviteCode: invite.inviteCode, login, password } }), 201);
  return { id: tokens.user.id, displayName, login, password };
}

export async function enrolmentCode(api: APIRequestContext, auth: Headers, centreId: string): Promise<string> {
  const made = await ok<{ enrolmentCode: string }>(
    await api.post('/api/admin/devices/enrolment-codes', { headers: auth, data: { centreId, label: `Tablet ${unique()}` } }),
    201,
  );
  return made.enrolmentCode;
}

export type DeviceView = { id: string; centreId: string; revokedAt: string | null };

export async function devicesOf(api: APIRequestContext, auth: Headers, centreId: string): Promise<DeviceView[]> {
  const { devices } = await ok<{ devices: DeviceView[] }>(await api.get('/api/admin/devices', { headers: auth }));
  return devices.filter((d) => d.centreId === centreId);
}

export async function revokeDevice(api: APIRequestContext, auth: Headers, deviceId: string): Promise<void> {
  const answer = await api.post(`/api/admin/devices/${deviceId}/revoke`, { headers: auth, data: {} });
  if (answer.status() >= 300) throw new Error(`revoke failed: ${answer.status()} ${await answer.text()}`);
}

export async function resetPin(api: APIRequestContext, auth: Headers, userId: string): Promise<void> {
  const answer = await api.post(`/api/admin/users/${userId}/reset-pin`, { headers: auth, data: {} });
  if (answer.status() >= 300) throw new Error(`reset-pin failed: ${answer.status()} ${await answer.text()}`);
}
