import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { EnrolDeviceResponse, SessionTokens } from '../../shared/auth/api';
import type { Role } from '../../shared/auth/roles';
import { uuidv7 } from '../../shared/ids';
import type { Centre } from '../../shared/schemas/centre';
import { hashPassword } from '../auth/passwords';
import { issueSession } from '../auth/sessionTokens';
import { hashCode, newCode } from '../auth/tokens';
import { loadConfig } from '../config';
import type { UserRecord } from '../store/authTypes';
import { TEST_CENTRE, TestDevice } from './testDevice';
import type { TestEnv } from './testEnv';

/** People, centres and enrolled tablets for the sign-in and authorization tests. */
export const TEST_PASSWORD = 'kalo-mire-sot-42';
let passwordHash: Promise<string> | undefined;

export async function addCentre(env: TestEnv, name = TEST_CENTRE.name): Promise<Centre> {
  const centre = { ...TEST_CENTRE, name, id: uuidv7() } as Centre;
  await env.store.admin.saveCentre(centre, env.clock.now.toISOString());
  return centre;
}

export async function addUser(env: TestEnv, role: Role, centreIds: string[], login = `${role}.${uuidv7().slice(-8)}`): Promise<UserRecord> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const user = { id: uuidv7(), displayName: `Test ${login}`, login, passwordHash: await passwordHash, role, centreIds, createdAt: env.clock.now.toISOString() };
  await env.store.users.create(user);
  return { ...user, disabledAt: null, pinResetAt: null };
}

/** A session as sign-in makes it, without spending a scrypt (for tests that need many). */
export function mintSession(env: TestEnv, user: UserRecord, deviceId: string | null = null): Promise<SessionTokens> {
  return issueSession({ store: env.store, config: loadConfig({}), now: () => env.clock.now }, user, deviceId);
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

/** A one-time code straight into the store, as the admin routes make them. */
export async function addCode(env: TestEnv, kind: 'invite' | 'enrolment' | 'setup', payload: unknown, minutes = 10): Promise<string> {
  const code = newCode();
  const now = env.clock.now.getTime();
  const expiresAt = new Date(now + minutes * 60_000).toISOString();
  await env.store.codes.add(kind, { id: uuidv7(), codeHash: hashCode(code), expiresAt, createdBy: null, createdAt: new Date(now).toISOString(), payload });
  return code;
}

/** A tablet enrolled with a code for `centre` (so actor checks apply to its pushes). */
export async function enrolTablet(env: TestEnv, centre: Centre, label = 'Counter tablet'): Promise<TestDevice> {
  const enrolmentCode = await addCode(env, 'enrolment', { centreId: centre.id, label });
  const res = await env.app.inject({ method: 'POST', url: '/api/devices/enrol', payload: { enrolmentCode, label } });
  if (res.statusCode !== 201) throw new Error(`enrol failed: ${res.statusCode} ${res.body}`);
  const body = res.json<EnrolDeviceResponse>();
  return new TestDevice(env.app, body.deviceId, body.deviceToken, body.centre);
}

export function signIn(app: FastifyInstance, login: string, password = TEST_PASSWORD, deviceToken?: string, ip?: string): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { login, password },
    ...(ip ? { remoteAddress: ip } : {}),
    headers: deviceToken ? { 'x-ura-device': deviceToken } : {},
  });
}

/** Signs `user` in online on the tablet (device_users) and makes the tablet's mutations speak for them. */
export async function signInOn(env: TestEnv, device: TestDevice, user: UserRecord): Promise<SessionTokens> {
  const res = await signIn(env.app, user.login, TEST_PASSWORD, device.token);
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  device.as(user.id);
  return res.json<SessionTokens>();
}
