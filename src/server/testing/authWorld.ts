import type { SessionTokens } from '../../shared/auth/api';
import type { Centre } from '../../shared/schemas/centre';
import type { UserRecord } from '../store/authTypes';
import type { TestDevice } from './testDevice';
import type { TestEnv } from './testEnv';
import { addCentre, addUser, bearer, enrolTablet, mintSession, signInOn } from './testPeople';

export const ACTORS = [
  'anonymous',
  'volunteerA',
  'coordinatorA',
  'coordinatorB',
  'admin',
  'deviceA',
  'revokedDevice',
  'disabledUser',
  'expiredToken',
  'tamperedToken',
] as const;
export type ActorName = (typeof ACTORS)[number];

/** Two centres, a person of every role, an enrolled tablet of A, a revoked one, and spoilt tokens. */
export type AuthWorld = {
  centreA: Centre;
  centreB: Centre;
  volunteerA: UserRecord;
  coordinatorA: UserRecord;
  coordinatorB: UserRecord;
  volunteerB: UserRecord;
  admin: UserRecord;
  deviceA: TestDevice;
  deviceB: TestDevice;
  revokedDevice: TestDevice;
  /** A session of centre A recorded by volunteerA on deviceA, and one of centre B. */
  sessionA: string;
  sessionB: string;
  disabledToken: string;
  expiredToken: string;
  tamperedToken: string;
};

function tamper(token: string): string {
  const last = token.at(-1) === 'A' ? 'B' : 'A';
  return `${token.slice(0, -1)}${last}`;
}

export async function buildAuthWorld(env: TestEnv): Promise<AuthWorld> {
  const centreA = await addCentre(env, 'Qendra A');
  const centreB = await addCentre(env, 'Qendra B');
  const admin = await addUser(env, 'admin', []);
  const volunteerA = await addUser(env, 'volunteer', [centreA.id]);
  const coordinatorA = await addUser(env, 'coordinator', [centreA.id]);
  const coordinatorB = await addUser(env, 'coordinator', [centreB.id]);
  const volunteerB = await addUser(env, 'volunteer', [centreB.id]);
  const deviceA = await enrolTablet(env, centreA);
  const deviceB = await enrolTablet(env, centreB);
  await signInOn(env, deviceA, volunteerA);
  await signInOn(env, deviceB, volunteerB);
  const a = deviceA.session();
  const b = deviceB.session();
  await deviceA.push(deviceA.create(a));
  await deviceB.push(deviceB.create(b));
  const revokedDevice = await enrolTablet(env, centreA, 'Old tablet');
  await env.store.admin.revokeDevice(revokedDevice.id, admin.id, env.clock.now.toISOString());

  const disabled = await addUser(env, 'volunteer', [centreA.id]);
  const disabledToken = (await mintSession(env, disabled)).accessToken;
  await env.store.users.update(disabled.id, { disabledAt: env.clock.now.toISOString() });
  const realNow = env.clock.now;
  env.clock.now = new Date(realNow.getTime() - 16 * 60_000);
  const expiredToken = (await mintSession(env, admin)).accessToken;
  env.clock.now = realNow;
  const tamperedToken = tamper((await mintSession(env, admin)).accessToken);
  return { centreA, centreB, volunteerA, coordinatorA, coordinatorB, volunteerB, admin, deviceA, deviceB, revokedDevice, sessionA: a.id, sessionB: b.id, disabledToken, expiredToken, tamperedToken };
}

/** The credentials an actor sends; people get a fresh session per request (sign-out ends only that one). */
export async function headersOf(env: TestEnv, world: AuthWorld, actor: ActorName): Promise<Record<string, string>> {
  const fresh = async (user: UserRecord): Promise<SessionTokens> => mintSession(env, user);
  switch (actor) {
    case 'anonymous':
      return {};
    case 'volunteerA':
    case 'coordinatorA':
    case 'coordinatorB':
    case 'admin':
      return bearer((await fresh(world[actor])).accessToken);
    case 'deviceA':
      return bearer(world.deviceA.token);
    case 'revokedDevice':
      return bearer(world.revokedDevice.token);
    case 'disabledUser':
      return bearer(world.disabledToken);
    case 'expiredToken':
      return bearer(world.expiredToken);
    case 'tamperedToken':
      return bearer(world.tamperedToken);
  }
}
