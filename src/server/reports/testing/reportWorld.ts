import type { LightMyRequestResponse } from 'fastify';
import { loadStarterCatalogue } from '../../../shared/catalogue/starterCatalogue';
import type { Centre } from '../../../shared/schemas/centre';
import type { Session } from '../../../shared/schemas/session';
import type { UserRecord } from '../../store/authTypes';
import { TestDevice } from '../../testing/testDevice';
import type { TestEnv } from '../../testing/testEnv';
import { addCentre, addUser, bearer, mintSession } from '../../testing/testPeople';

/** Two centres with a coordinator each, a volunteer, an admin and a tablet per centre, for the report tests. */
export type ReportWorld = {
  centreA: Centre;
  centreB: Centre;
  coordinatorA: UserRecord;
  coordinatorB: UserRecord;
  volunteerA: UserRecord;
  admin: UserRecord;
  deviceA: TestDevice;
  deviceB: TestDevice;
};

export async function buildReportWorld(env: TestEnv): Promise<ReportWorld> {
  await env.store.seedCatalogue(loadStarterCatalogue());
  const centreA = await addCentre(env, 'Qendra A');
  const centreB = await addCentre(env, 'Qendra B');
  return {
    centreA,
    centreB,
    coordinatorA: await addUser(env, 'coordinator', [centreA.id]),
    coordinatorB: await addUser(env, 'coordinator', [centreB.id]),
    volunteerA: await addUser(env, 'volunteer', [centreA.id]),
    admin: await addUser(env, 'admin', []),
    deviceA: await TestDevice.enrol(env.app, { centreId: centreA.id }),
    deviceB: await TestDevice.enrol(env.app, { centreId: centreB.id }),
  };
}

/** GET as a person, with a fresh access token. */
export async function getAs(env: TestEnv, user: UserRecord, url: string): Promise<LightMyRequestResponse> {
  return env.app.inject({ method: 'GET', url, headers: bearer((await mintSession(env, user)).accessToken) });
}

export async function postAs(
  env: TestEnv,
  user: UserRecord,
  url: string,
  payload: object,
): Promise<LightMyRequestResponse> {
  return env.app.inject({ method: 'POST', url, payload, headers: bearer((await mintSession(env, user)).accessToken) });
}

/** Pushes sessions from the device, `count` alike, made by `make(i)`. */
export async function pushSessions(
  device: TestDevice,
  count: number,
  make: (i: number) => Partial<Session>,
): Promise<string[]> {
  const sessions = Array.from({ length: count }, (_, i) => device.session(make(i)));
  for (let i = 0; i < sessions.length; i += 200)
    await device.push(...sessions.slice(i, i + 200).map((s) => device.create(s)));
  return sessions.map((s) => s.id);
}
