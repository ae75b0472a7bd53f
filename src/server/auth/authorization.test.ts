import type { RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStarterCatalogue } from '../../shared/catalogue/starterCatalogue';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { AUTHORIZATION_TABLE, type Expected } from '../testing/authorizationTable';
import { ACTORS, buildAuthWorld, headersOf, type AuthWorld } from '../testing/authWorld';
import { NO_PG_MESSAGE, openTestStore, PG_URL, TEST_NOW, type StoreKind, type TestEnv } from '../testing/testEnv';

/** Every registered route, as `METHOD /url`, collected with Fastify's onRoute hook. */
async function openWithRoutes(kind: StoreKind): Promise<{ env: TestEnv; routes: Set<string>; close: () => Promise<void> }> {
  const { store, close } = await openTestStore(kind);
  const routes = new Set<string>();
  const onRoute = (route: RouteOptions) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') routes.add(`${method} ${route.url}`);
  };
  const clock = { now: TEST_NOW };
  // The table still lists the legacy open registration route, which exists only while the flag is on.
  const config = loadConfig({}, { openDeviceRegistration: true, rateLimitPerMinute: 1_000_000, registerRateLimitPerMinute: 1_000_000, distDir: '/nonexistent-ura-dist', handoffKeyFile: ':memory:' });
  const app = await buildApp({ config, store, now: () => clock.now, logger: false, onRoute });
  await app.ready();
  await store.seedCatalogue(loadStarterCatalogue());
  return { env: { app, store, clock }, routes, close: async () => (await app.close(), await close()) };
}

function matches(expected: Expected, status: number): boolean {
  return expected === 'ok' ? status >= 200 && status < 300 : status === expected;
}

for (const kind of ['sqlite', 'postgres'] as const) {
  describe.skipIf(kind === 'postgres' && !PG_URL)(`authorization table [${kind}]${kind === 'postgres' && !PG_URL ? ` — skipped: ${NO_PG_MESSAGE}` : ''}`, () => {
    let env: TestEnv;
    let routes: Set<string>;
    let world: AuthWorld;
    let close: () => Promise<void>;

    beforeAll(async () => {
      ({ env, routes, close } = await openWithRoutes(kind));
      world = await buildAuthWorld(env);
    }, 60_000);
    afterAll(() => close());

    it('has an entry for every registered route, and no entry without a route', () => {
      const missing = [...routes].filter((r) => !(r in AUTHORIZATION_TABLE));
      expect(missing, `routes without an authorization entry: ${missing.join(', ')}`).toEqual([]);
      const stale = Object.keys(AUTHORIZATION_TABLE).filter((r) => !routes.has(r));
      expect(stale, `authorization entries without a route: ${stale.join(', ')}`).toEqual([]);
      console.log(`authorization table: ${routes.size} routes × ${ACTORS.length} actors = ${routes.size * ACTORS.length} cells`);
    });

    it.each(Object.keys(AUTHORIZATION_TABLE))('%s answers each actor as the table says', async (key) => {
      const entry = AUTHORIZATION_TABLE[key]!;
      const [method, path] = key.split(' ') as ['GET' | 'POST' | 'PATCH' | 'PUT', string];
      const wrong: string[] = [];
      for (const actor of ACTORS) {
        const call = await entry.call(env, world);
        const res = await env.app.inject({
          method,
          url: call.url ?? path,
          headers: await headersOf(env, world, actor),
          ...(call.payload ? { payload: call.payload } : {}),
        });
        if (!matches(entry.expect[actor], res.statusCode)) wrong.push(`${actor}: expected ${entry.expect[actor]}, got ${res.statusCode} ${res.body.slice(0, 160)}`);
        if (res.statusCode >= 400) expect(Object.keys(res.json<object>())).toEqual(['error']);
      }
      expect(wrong, `${key}\n${wrong.join('\n')}`).toEqual([]);
    }, 60_000);
  });
}
