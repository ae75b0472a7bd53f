import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { buildApp } from '../app';
import { loadConfig, type DatabaseConfig } from '../config';
import { openStore } from '../store';
import type { Store } from '../store/types';

/** The PostgreSQL the tests may use; CI must set it (scripts/pg-test-server.sh starts one). */
export const PG_URL = process.env.TEST_DATABASE_URL;
export const IS_CI = process.env.CI === 'true' || process.env.CI === '1';
export const NO_PG_MESSAGE =
  'TEST_DATABASE_URL is not set (export TEST_DATABASE_URL="$(scripts/pg-test-server.sh)"); it is required when CI=true';

export type StoreKind = 'sqlite' | 'postgres';
export type TestEnv = { app: FastifyInstance; store: Store; clock: { now: Date } };

export const TEST_NOW = new Date('2026-03-10T10:00:00.000Z');

/** A store on SQLite :memory: or in a fresh PostgreSQL schema that `close()` drops again. */
export async function openTestStore(kind: StoreKind): Promise<{ store: Store; close: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const store = await openStore({ kind: 'sqlite', path: ':memory:' });
    return { store, close: () => store.close() };
  }
  if (!PG_URL) throw new Error(NO_PG_MESSAGE);
  const schema = `t_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create schema ${schema}`);
  const config: DatabaseConfig = { kind: 'postgres', url: PG_URL };
  const store = await openStore(config, { schema, poolSize: 5 });
  return {
    store,
    close: async () => {
      await store.close();
      await adminQuery(`drop schema ${schema} cascade`);
    },
  };
}

export async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** An app on a test store with a fixed clock, no rate limit in the way and no PWA build. */
export async function openTestEnv(kind: StoreKind): Promise<TestEnv & { close: () => Promise<void> }> {
  const { store, close } = await openTestStore(kind);
  const clock = { now: TEST_NOW };
  const config = loadConfig(
    {},
    // The suites still make devices through the legacy open registration (off by default since sign-in).
    { rateLimitPerMinute: 1_000_000, registerRateLimitPerMinute: 1_000_000, distDir: '/nonexistent-ura-dist', openDeviceRegistration: true, handoffKeyFile: ':memory:' },
  );
  const app = await buildApp({ config, store, now: () => clock.now, logger: false });
  await app.ready();
  return {
    app,
    store,
    clock,
    close: async () => {
      await app.close();
      await close();
    },
  };
}

/**
 * Runs a suite on SQLite always and on PostgreSQL when TEST_DATABASE_URL is set. Without it the
 * PostgreSQL variant is skipped with a message, except in CI (CI=true), where it fails.
 */
export function describeOnStores(title: string, body: (env: () => TestEnv) => void): void {
  for (const kind of ['sqlite', 'postgres'] as const) {
    if (kind === 'postgres' && !PG_URL) {
      if (IS_CI) {
        describe(`${title} [postgres]`, () => {
          it('runs on PostgreSQL in CI', () => {
            throw new Error(NO_PG_MESSAGE);
          });
        });
      } else {
        console.warn(`PostgreSQL variant of "${title}" skipped: ${NO_PG_MESSAGE}`);
        describe.skip(`${title} [postgres] — skipped: ${NO_PG_MESSAGE}`, () => {
          it('skipped', () => undefined);
        });
      }
      continue;
    }
    describe(`${title} [${kind}]`, () => {
      let env: (TestEnv & { close: () => Promise<void> }) | undefined;
      beforeAll(async () => {
        env = await openTestEnv(kind);
      });
      afterAll(async () => {
        await env?.close();
      });
      body(() => {
        if (!env) throw new Error('test env not open');
        return env;
      });
    });
  }
}
