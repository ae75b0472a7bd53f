import { loadStarterCatalogue } from '../../shared/catalogue/starterCatalogue';
import { uuidv7 } from '../../shared/ids';
import { serverHandoffFile } from '../handoff/handoffTestFile';
import type { AuthWorld, ActorName } from './authWorld';
import { TEST_CENTRE } from './testDevice';
import type { TestEnv } from './testEnv';
import { addCode, addUser, enrolTablet, mintSession, TEST_PASSWORD } from './testPeople';

/*
 * Who may call which route: for every route, for every actor, the status the actor gets with a valid
 * request. 'ok' is any 2xx. The suite fails for a route missing here (and for an entry with no route).
 */
export type Expected = 'ok' | 400 | 401 | 403 | 404 | 409;
export type Row = Record<ActorName, Expected>;
export type Call = { payload?: object; url?: string };
export type Entry = { expect: Row; call: (env: TestEnv, w: AuthWorld) => Promise<Call> | Call };

const all = (e: Expected): Row => ({
  anonymous: e,
  volunteerA: e,
  coordinatorA: e,
  coordinatorB: e,
  admin: e,
  deviceA: e,
  revokedDevice: e,
  disabledUser: e,
  expiredToken: e,
  tamperedToken: e,
});
/** An access-token route: the four people as given; no token, device tokens and spoilt tokens get 401. */
const person = (volunteerA: Expected, coordinatorA: Expected, coordinatorB: Expected, admin: Expected): Row => ({
  ...all(401),
  volunteerA,
  coordinatorA,
  coordinatorB,
  admin,
});
const device: Row = { ...all(401), deviceA: 'ok', revokedDevice: 403 };
const adminOnly = person(403, 403, 403, 'ok');
const coordinatorsOrAdmin = person(403, 'ok', 'ok', 'ok');
/** A centre-A object: coordinator A and the admin; coordinator B is told it does not exist. */
const ofCentreA = person(403, 'ok', 404, 'ok');

const service = () => {
  const base = loadStarterCatalogue()[0]!;
  return { ...base, code: `AL-TEST-${uuidv7().slice(-12).toUpperCase()}` };
};
const freshVolunteerA = (env: TestEnv, w: AuthWorld) => addUser(env, 'volunteer', [w.centreA.id]);

export const AUTHORIZATION_TABLE: Record<string, Entry> = {
  'GET /api/health': { expect: all('ok'), call: () => ({}) },
  'GET /api/auth/status': { expect: all('ok'), call: () => ({}) },
  // Public, but the server already has an admin: a valid setup code is refused for everyone.
  'POST /api/auth/setup': {
    expect: all(409),
    call: async (env) => ({ payload: { setupCode: await addCode(env, 'setup', {}), displayName: 'Second', login: `x${uuidv7().slice(-8)}`, password: TEST_PASSWORD } }),
  },
  'POST /api/auth/sign-in': { expect: all('ok'), call: (_env, w) => ({ payload: { login: w.volunteerA.login, password: TEST_PASSWORD } }) },
  'POST /api/auth/refresh': { expect: all('ok'), call: async (env, w) => ({ payload: { refreshToken: (await mintSession(env, w.volunteerA)).refreshToken } }) },
  'POST /api/auth/sign-out': { expect: person('ok', 'ok', 'ok', 'ok'), call: () => ({}) },
  'GET /api/auth/me': { expect: person('ok', 'ok', 'ok', 'ok'), call: () => ({}) },
  'POST /api/auth/accept-invite': {
    expect: all('ok'),
    call: async (env, w) => ({
      payload: {
        inviteCode: await addCode(env, 'invite', { displayName: 'Invited', role: 'volunteer', centreIds: [w.centreA.id] }),
        login: `inv.${uuidv7().slice(-8)}`,
        password: TEST_PASSWORD,
      },
    }),
  },
  'POST /api/devices/enrol': {
    expect: all('ok'),
    call: async (env, w) => ({ payload: { enrolmentCode: await addCode(env, 'enrolment', { centreId: w.centreA.id, label: 'x' }), label: 'Tablet' } }),
  },
  'GET /api/admin/organisations': { expect: coordinatorsOrAdmin, call: () => ({}) },
  'POST /api/admin/organisations': { expect: adminOnly, call: () => ({ payload: { name: 'Partners Albania' } }) },
  'GET /api/admin/centres': { expect: coordinatorsOrAdmin, call: () => ({}) },
  'POST /api/admin/centres': { expect: adminOnly, call: () => ({ payload: { ...TEST_CENTRE, name: 'Info point' } }) },
  'PATCH /api/admin/centres/:id': { expect: ofCentreA, call: (_env, w) => ({ url: `/api/admin/centres/${w.centreA.id}`, payload: { municipality: 'Shkodër' } }) },
  'GET /api/admin/users': { expect: coordinatorsOrAdmin, call: () => ({}) },
  'POST /api/admin/users/invite': {
    expect: person(403, 'ok', 403, 'ok'),
    call: (_env, w) => ({ payload: { displayName: 'New volunteer', role: 'volunteer', centreIds: [w.centreA.id] } }),
  },
  'PATCH /api/admin/users/:id': { expect: ofCentreA, call: async (env, w) => ({ url: `/api/admin/users/${(await freshVolunteerA(env, w)).id}`, payload: { displayName: 'Renamed' } }) },
  'POST /api/admin/users/:id/reset-pin': { expect: ofCentreA, call: async (env, w) => ({ url: `/api/admin/users/${(await freshVolunteerA(env, w)).id}/reset-pin` }) },
  'GET /api/admin/devices': { expect: coordinatorsOrAdmin, call: () => ({}) },
  'POST /api/admin/devices/enrolment-codes': { expect: ofCentreA, call: (_env, w) => ({ payload: { centreId: w.centreA.id, label: 'Counter 2' } }) },
  'POST /api/admin/devices/:id/revoke': { expect: ofCentreA, call: async (env, w) => ({ url: `/api/admin/devices/${(await enrolTablet(env, w.centreA)).id}/revoke` }) },
  'GET /api/admin/catalogue': { expect: adminOnly, call: () => ({}) },
  'POST /api/admin/catalogue': { expect: adminOnly, call: () => ({ payload: service() }) },
  'PUT /api/admin/catalogue/:code': {
    expect: adminOnly,
    call: (_env) => {
      const s = loadStarterCatalogue()[1]!;
      return { url: `/api/admin/catalogue/${s.code}`, payload: { ...s, provider: `${s.provider} (edited)` } };
    },
  },
  'GET /api/admin/audit': { expect: adminOnly, call: () => ({ url: '/api/admin/audit?limit=5' }) },
  // Reports of centre A: coordinator B gets 404 whatever is asked; volunteers 403.
  'GET /api/reports': { expect: ofCentreA, call: (_env, w) => ({ url: `/api/reports?week=2026-W10&centreIds=${w.centreA.id}` }) },
  'GET /api/reports/export': { expect: ofCentreA, call: (_env, w) => ({ url: `/api/reports/export?week=2026-W10&format=csv&centreIds=${w.centreA.id}` }) },
  'POST /api/reports/locks': { expect: ofCentreA, call: (_env, w) => ({ payload: { centreId: w.centreA.id, week: '2026-W09' } }) },
  // The legacy open registration, while openDeviceRegistration is on (its default in this step).
  'GET /api/sync/v1/centres': { expect: all('ok'), call: () => ({}) },
  'POST /api/sync/v1/register-device': { expect: all('ok'), call: (_env, w) => ({ payload: { centreId: w.centreA.id, label: 'Legacy' } }) },
  'POST /api/sync/v1/push': {
    expect: device,
    call: (_env, w) => ({ payload: { deviceId: w.deviceA.id, batchId: uuidv7(), mutations: [w.deviceA.create(w.deviceA.session())] } }),
  },
  'POST /api/sync/v1/pull': { expect: device, call: (_env, w) => ({ payload: { deviceId: w.deviceA.id, cursors: {} } }) },
  // Hand-off files (issue 6): the public key for anyone; the import for coordinators of the file's centre and admins.
  'GET /api/sync/v1/handoff-key': { expect: all('ok'), call: () => ({}) },
  'POST /api/admin/handoff/import': { expect: person(403, 'ok', 403, 'ok'), call: async (env, w) => ({ payload: { file: await serverHandoffFile(env.app, w.deviceA) } }) },
};
