import { describe, expect, it } from 'vitest';
import {
  PBKDF2_MIN_ITERATIONS,
  createHandoffFile,
  passphraseSealer,
  serverKeySealer,
  type HandoffImportResponse,
  type HandoffKeyResponse,
  type HandoffPlaintext,
  type Sealer,
} from '../../shared/handoff';
import type { Mutation } from '../../shared/sync/protocol';
import { expectApiError } from '../testing/expectApiError';
import type { TestDevice } from '../testing/testDevice';
import { describeOnStores, type TestEnv } from '../testing/testEnv';
import { addCentre, addUser, bearer, enrolTablet, mintSession, signInOn } from '../testing/testPeople';
import type { UserRecord } from '../store/authTypes';

const PASSPHRASE = 'mirë se vini 2026';

/** A tablet's pending outbox as a hand-off file: `n` new sessions by the tablet's signed-in person. */
async function handoffOf(device: TestDevice, n: number, sealer: Sealer): Promise<{ file: string; mutations: Mutation[] }> {
  const sessions = Array.from({ length: n }, () => device.session());
  const mutations = sessions.map((s) => device.create(s));
  const plaintext: HandoffPlaintext = { mutations, sessions: sessions.map((session) => ({ session, version: 0 })) };
  const file = await createHandoffFile(plaintext, { sourceDeviceId: device.id, centreId: device.centre.id, createdAt: new Date() }, sealer);
  return { file, mutations };
}

async function importAs(env: TestEnv, user: UserRecord, payload: object) {
  const { accessToken } = await mintSession(env, user);
  return env.app.inject({ method: 'POST', url: '/api/admin/handoff/import', headers: bearer(accessToken), payload });
}

async function sessionsOnServer(device: TestDevice) {
  return (await device.pull()).changes.filter((c) => c.entity === 'session');
}

describeOnStores('hand-off import', (env) => {
  async function world() {
    const centreA = await addCentre(env(), 'Qendra A');
    const centreB = await addCentre(env(), 'Qendra B');
    const volunteer = await addUser(env(), 'volunteer', [centreA.id]);
    const coordinatorA = await addUser(env(), 'coordinator', [centreA.id]);
    const coordinatorB = await addUser(env(), 'coordinator', [centreB.id]);
    const admin = await addUser(env(), 'admin', []);
    const tablet = await enrolTablet(env(), centreA);
    await signInOn(env(), tablet, volunteer);
    return { volunteer, coordinatorA, coordinatorB, admin, tablet };
  }

  it('applies a passphrase file once: a second import, and the tablet pushing later, add nothing', async () => {
    const w = await world();
    const { file, mutations } = await handoffOf(w.tablet, 3, await passphraseSealer(PASSPHRASE, PBKDF2_MIN_ITERATIONS));

    const first = await importAs(env(), w.coordinatorA, { file, passphrase: PASSPHRASE });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<HandoffImportResponse>()).toMatchObject({ count: 3, added: 3, duplicate: 0, rejected: [], deviceRevoked: false });
    const second = await importAs(env(), w.coordinatorA, { file: JSON.parse(file) as object, passphrase: PASSPHRASE });
    expect(second.json<HandoffImportResponse>()).toMatchObject({ count: 3, added: 0, duplicate: 3 });
    expect((await w.tablet.push(...mutations)).map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);

    const onServer = await sessionsOnServer(w.tablet);
    expect(onServer.map((c) => c.id).sort()).toEqual(mutations.map((m) => m.recordId).sort());
    const audit = await env().store.audit.query({ action: 'handoff.imported', limit: 10 });
    expect(audit.filter((e) => e.targetId === w.tablet.id)).toHaveLength(2);
    expect(audit[0]).toMatchObject({ actorId: w.coordinatorA.id, details: expect.objectContaining({ added: 0, duplicate: 3 }) as unknown });
  });

  it('reads a file made for the server with the network key, for an admin', async () => {
    const w = await world();
    const keyRes = await env().app.inject({ method: 'GET', url: '/api/sync/v1/handoff-key' });
    const key = keyRes.json<HandoffKeyResponse>();
    expect(key).toMatchObject({ scheme: 'ecdh-p256-hkdf-sha256-aes-256-gcm', keyId: expect.stringMatching(/^[0-9a-f]{16}$/) as unknown });
    const { file } = await handoffOf(w.tablet, 2, await serverKeySealer(key.publicKey));
    const res = await importAs(env(), w.admin, { file });
    expect(res.json<HandoffImportResponse>()).toMatchObject({ added: 2, duplicate: 0 });
    expect(file).not.toContain(w.volunteer.id);
  });

  it("refuses another centre's coordinator, a volunteer, a wrong or missing passphrase, and junk, applying nothing", async () => {
    const w = await world();
    const { file } = await handoffOf(w.tablet, 1, await passphraseSealer(PASSPHRASE, PBKDF2_MIN_ITERATIONS));
    expectApiError(await importAs(env(), w.coordinatorB, { file, passphrase: PASSPHRASE }), 403, 'FORBIDDEN');
    expectApiError(await importAs(env(), w.volunteer, { file, passphrase: PASSPHRASE }), 403, 'FORBIDDEN');
    expectApiError(await importAs(env(), w.coordinatorA, { file, passphrase: 'wrong passphrase' }), 400, 'HANDOFF_WRONG_PASSPHRASE');
    expectApiError(await importAs(env(), w.coordinatorA, { file }), 400, 'HANDOFF_PASSPHRASE_REQUIRED');
    expectApiError(await importAs(env(), w.coordinatorA, { file: '{"format":"zip"}' }), 400, 'HANDOFF_MALFORMED');
    expectApiError(await importAs(env(), w.coordinatorA, { file, passphrase: PASSPHRASE, extra: 1 }), 400, 'INVALID_REQUEST');
    expect(await sessionsOnServer(w.tablet)).toEqual([]);
  });

  it('accepts into review the offline work of a person disabled since, and of a revoked tablet', async () => {
    const w = await world();
    const { file, mutations } = await handoffOf(w.tablet, 2, await passphraseSealer(PASSPHRASE, PBKDF2_MIN_ITERATIONS));
    await env().store.users.update(w.volunteer.id, { disabledAt: env().clock.now.toISOString() });
    await env().store.admin.revokeDevice(w.tablet.id, w.admin.id, env().clock.now.toISOString());
    const res = await importAs(env(), w.coordinatorA, { file, passphrase: PASSPHRASE });
    expect(res.json<HandoffImportResponse>()).toMatchObject({ added: 2, deviceRevoked: true });
    const sibling = await enrolTablet(env(), await env().store.getCentre(w.tablet.centre.id).then((c) => c!));
    const received = (await sibling.pull()).changes.filter((c) => mutations.some((m) => m.recordId === c.id));
    expect(received.map((c) => c.meta?.needsReview)).toEqual([true, true]);
  });

  it('accepts into review the work of a revoked tablet whose person is still active', async () => {
    const w = await world();
    const { file, mutations } = await handoffOf(w.tablet, 2, await passphraseSealer(PASSPHRASE, PBKDF2_MIN_ITERATIONS));
    await env().store.admin.revokeDevice(w.tablet.id, w.admin.id, env().clock.now.toISOString());
    const res = await importAs(env(), w.coordinatorA, { file, passphrase: PASSPHRASE });
    expect(res.json<HandoffImportResponse>()).toMatchObject({ added: 2, deviceRevoked: true });
    const sibling = await enrolTablet(env(), await env().store.getCentre(w.tablet.centre.id).then((c) => c!));
    const received = (await sibling.pull()).changes.filter((c) => mutations.some((m) => m.recordId === c.id));
    expect(received.map((c) => c.meta?.needsReview)).toEqual([true, true]);
  });
});

describe('hand-off key endpoint', () => {
  it('is a stable public key, never the private part', async () => {
    const { buildApp } = await import('../app');
    const { loadConfig } = await import('../config');
    const { openStore } = await import('../store');
    const store = await openStore({ kind: 'sqlite', path: ':memory:' });
    const app = await buildApp({ config: loadConfig({}, { database: { kind: 'sqlite', path: ':memory:' }, distDir: '/nonexistent' }), store, logger: false });
    const a = await app.inject({ method: 'GET', url: '/api/sync/v1/handoff-key' });
    const b = await app.inject({ method: 'GET', url: '/api/sync/v1/handoff-key' });
    expect(a.json<HandoffKeyResponse>().publicKey).toBe(b.json<HandoffKeyResponse>().publicKey);
    expect(a.body).not.toMatch(/"d"/);
    await app.close();
    await store.close();
  });
});
