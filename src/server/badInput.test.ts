import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BATCH_BYTES, centreScope, pullRequestSchema, pushRequestSchema, registerDeviceRequestSchema } from '../shared/sync/protocol';
import type { Mutation, MutationResult, PullResponse } from '../shared/sync/protocol';
import { badPullBodies, badPushBodies, badRegisterBodies, type BadBody } from './testing/badInputs';
import { TestDevice } from './testing/testDevice';
import { openTestEnv, type TestEnv } from './testing/testEnv';

const RUNS = 1000;
type Route = { method: 'GET' | 'POST'; url: string; bodies: () => fc.Arbitrary<BadBody>; schema?: { safeParse: (v: unknown) => { success: boolean } } };

describe('bad input on every route (generated)', () => {
  let env: TestEnv & { close: () => Promise<void> };
  let attacker: TestDevice;
  let victim: TestDevice;
  let victimBefore: PullResponse['changes'];
  const used: Mutation[] = [];
  const tally = new Map<string, number>();

  beforeAll(async () => {
    env = await openTestEnv('sqlite');
    victim = await TestDevice.enrol(env.app);
    await victim.push(...Array.from({ length: 5 }, () => victim.create(victim.session())));
    attacker = await TestDevice.enrol(env.app);
    for (let i = 0; i < 5; i++) used.push(attacker.create(attacker.session()));
    await attacker.push(...used);
    victimBefore = await victim.pullAll();
  });

  afterAll(async () => {
    console.log(`bad-input requests by route and status:\n${[...tally].map(([k, n]) => `  ${k}: ${n}`).join('\n')}`);
    await env.close();
  });

  const foreignIds = () => victimBefore.filter((c) => c.entity === 'session').map((c) => c.id);
  const routes: Route[] = [
    { method: 'GET', url: '/api/health', bodies: () => badPullBodies(attacker.id, 'x') },
    { method: 'GET', url: '/api/sync/v1/centres', bodies: () => badRegisterBodies(victim.centre.id) },
    { method: 'POST', url: '/api/sync/v1/register-device', bodies: () => badRegisterBodies(victim.centre.id), schema: registerDeviceRequestSchema },
    {
      method: 'POST',
      url: '/api/sync/v1/push',
      bodies: () => badPushBodies({ deviceId: attacker.id, foreignIds: foreignIds(), usedMutations: used, foreignCentreId: victim.centre.id }),
      schema: pushRequestSchema,
    },
    { method: 'POST', url: '/api/sync/v1/pull', bodies: () => badPullBodies(attacker.id, centreScope(victim.centre.id)), schema: pullRequestSchema },
  ];

  function send(route: Route, body: BadBody): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (body.withToken) headers.authorization = `Bearer ${attacker.token}`;
    const payload = body.raw ?? JSON.stringify(body.json) ?? 'undefined';
    return env.app.inject({ method: route.method, url: route.url, headers, payload });
  }

  async function expectSafe(route: Route, body: BadBody, res: LightMyRequestResponse, before: Record<string, number>): Promise<void> {
    tally.set(`${route.method} ${route.url} ${res.statusCode}`, (tally.get(`${route.method} ${route.url} ${res.statusCode}`) ?? 0) + 1);
    expect(res.statusCode, `${body.kind}: ${res.body}`).toBeLessThan(500);
    if (res.statusCode >= 400) {
      const error = res.json<{ error: Record<string, unknown> }>().error;
      expect(Object.keys(res.json<object>())).toEqual(['error']);
      expect(Object.keys(error).filter((k) => !['code', 'message', 'details'].includes(k))).toEqual([]);
      expect(error.code).toMatch(/^[A-Z_]+$/);
      expect(typeof error.message).toBe('string');
      expect(await env.store.countRows(), `${body.kind} changed the database`).toEqual(before);
      return;
    }
    // A 2xx must come from a body the shared schema accepts (as sent: JSON drops undefined fields).
    const sent: unknown = body.json === undefined ? undefined : JSON.parse(JSON.stringify(body.json) ?? 'null');
    if (route.schema && sent !== undefined) expect(route.schema.safeParse(sent).success, body.kind).toBe(true);
    if (route.url.endsWith('/push')) {
      const results = res.json<{ results: MutationResult[] }>().results;
      const isRejected = (r: MutationResult): boolean => r.status === 'rejected' || (r.status === 'duplicate' && isRejected(r.result));
      expect(results.every(isRejected), `${body.kind}: ${res.body}`).toBe(true);
      expect((await env.store.countRows()).sessions).toBe(before.sessions);
    }
    if (route.url.endsWith('/pull')) {
      expect(res.json<PullResponse>().changes.some((c) => c.scope === centreScope(victim.centre.id))).toBe(false);
    }
  }

  it.each(routes.map((r) => [`${r.method} ${r.url}`, r] as const))('%s: no 5xx, one error shape, nothing half-applied', async (_name, route) => {
    await fc.assert(
      fc.asyncProperty(route.bodies(), async (body) => {
        const before = await env.store.countRows();
        await expectSafe(route, body, await send(route, body), before);
      }),
      { numRuns: RUNS },
    );
  }, 180_000);

  it.each(routes.filter((r) => r.method === 'POST').map((r) => [r.url, r] as const))('%s: 413 for bodies over the limit', async (_name, route) => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: MAX_BATCH_BYTES + 1, max: 3 * MAX_BATCH_BYTES }), async (size) => {
        const before = await env.store.countRows();
        const body = { kind: 'oversized', json: { deviceId: attacker.id, pad: 'x'.repeat(size) }, withToken: true };
        const res = await send(route, body);
        expect(res.statusCode).toBe(413);
        await expectSafe(route, body, res, before);
      }),
      { numRuns: 10 },
    );
  }, 60_000);

  it("left the other centre's sessions as they were", async () => {
    const sessions = (changes: PullResponse['changes']) => changes.filter((c) => c.entity === 'session');
    expect(sessions(await victim.pullAll())).toEqual(sessions(victimBefore));
  });
});
