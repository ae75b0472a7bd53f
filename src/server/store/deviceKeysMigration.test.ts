import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { dataKeySchema, type SessionTokens } from '../../shared/auth/api';
import { uuidv7 } from '../../shared/ids';
import { buildApp } from '../app';
import { hashToken, newToken } from '../auth/tokens';
import { loadConfig, type DatabaseConfig } from '../config';
import { TEST_CENTRE } from '../testing/testDevice';
import { adminQuery, IS_CI, NO_PG_MESSAGE, PG_URL, TEST_NOW, type StoreKind, type TestEnv } from '../testing/testEnv';
import { addUser, enrolTablet, signIn, TEST_PASSWORD } from '../testing/testPeople';
import { openStore } from './index';
import { migrations } from './migrations';

/** A database as a server before migration 0004 left it: a centre, three tablets and a revoked one, no data keys. */
type OldDatabase = { config: DatabaseConfig; schema?: string; centreId: string; tablets: { id: string; token: string }[]; revokedId: string; drop: () => Promise<void> };

/** `devices.data_key` as stored, read past the store on a connection of its own. */
async function storedKeys(old: OldDatabase): Promise<Map<string, string | null>> {
  type Row = { id: string; data_key: string | null };
  let rows: Row[];
  if (old.config.kind === 'sqlite') {
    const sqlite = new BetterSqlite3(old.config.path, { readonly: true });
    rows = sqlite.prepare('select id, data_key from devices').all() as Row[];
    sqlite.close();
  } else {
    const client = new pg.Client({ connectionString: old.config.url, options: `-c search_path=${old.schema ?? ''}` });
    await client.connect();
    rows = (await client.query<Row>('select id, data_key from devices')).rows;
    await client.end();
  }
  return new Map(rows.map((r) => [r.id, r.data_key]));
}

async function databaseBefore0004(kind: StoreKind): Promise<OldDatabase> {
  let db: Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- the tables as they were, not as schema.ts says now
  let config: DatabaseConfig;
  let schema: string | undefined;
  let drop: () => Promise<void>;
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'ura-keys-'));
    const path = join(dir, 'old.sqlite');
    db = new Kysely({ dialect: new SqliteDialect({ database: new BetterSqlite3(path) }) });
    config = { kind: 'sqlite', path };
    drop = () => Promise.resolve(rmSync(dir, { recursive: true, force: true }));
  } else {
    if (!PG_URL) throw new Error(NO_PG_MESSAGE);
    const url = PG_URL;
    const name = `t_${randomBytes(6).toString('hex')}`;
    await adminQuery(`create schema ${name}`);
    db = new Kysely({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 2, options: `-c search_path=${name}` }) }) });
    config = { kind: 'postgres', url };
    schema = name;
    drop = () => adminQuery(`drop schema ${name} cascade`);
  }
  const all = migrations(kind);
  const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(all) }, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error } = await migrator.migrateTo('0003_reports');
  if (error) throw error instanceof Error ? error : new Error('migration to 0003 failed');

  const at = TEST_NOW.toISOString();
  const centreId = uuidv7();
  const centre = { ...TEST_CENTRE, id: centreId };
  await db.insertInto('centres').values({ id: centreId, data: JSON.stringify(centre), version: 1, change_seq: 1, created_at: at, updated_at: at, deleted_at: null }).execute();
  const tablets = [1, 2, 3].map(() => ({ id: uuidv7(), token: newToken() }));
  const revokedId = uuidv7();
  for (const [i, t] of [...tablets, { id: revokedId, token: newToken() }].entries()) {
    await db
      .insertInto('devices')
      .values({ id: t.id, centre_id: centreId, label: `Old tablet ${i}`, token_hash: hashToken(t.token), enrolled_at: at, revoked_at: t.id === revokedId ? at : null, enrolment: 'code' })
      .execute();
  }
  await db.destroy();
  return { config, schema, centreId, tablets, revokedId, drop };
}

for (const kind of ['sqlite', 'postgres'] as const) {
  // Like describeOnStores: PostgreSQL when TEST_DATABASE_URL is set, and in CI always (failing without it).
  describe.skipIf(kind === 'postgres' && !PG_URL && !IS_CI)(`migration 0004 on a database with tablets [${kind}]`, () => {
    const cleanups: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    });

    it('keeps the tablets, and gives each its own key at its first online sign-in, then the same one', async () => {
      const old = await databaseBefore0004(kind);
      cleanups.push(old.drop);
      const store = await openStore(old.config, old.schema ? { schema: old.schema, poolSize: 5 } : {});
      cleanups.push(() => store.close());
      expect(store.schemaVersion).toBe(4);
      const config = loadConfig({}, { rateLimitPerMinute: 1_000_000, distDir: '/nonexistent-ura-dist', handoffKeyFile: ':memory:' });
      const clock = { now: TEST_NOW };
      const app = await buildApp({ config, store, now: () => clock.now, logger: false });
      cleanups.push(() => app.close());
      const env: TestEnv = { app, store, clock };
      const volunteer = await addUser(env, 'volunteer', [old.centreId]);
      const other = await addUser(env, 'coordinator', [old.centreId]);
      expect((await store.admin.listDevices([old.centreId])).map((d) => d.id).sort()).toEqual([...old.tablets.map((t) => t.id), old.revokedId].sort());

      const [first, second, third] = old.tablets;
      if (!first || !second || !third) throw new Error('three tablets expected');
      expect([...(await storedKeys(old)).values()]).toEqual([null, null, null, null]);
      // Two first sign-ins at once on the same old tablet agree on one key.
      const racing = await Promise.all([signIn(app, volunteer.login, TEST_PASSWORD, first.token), signIn(app, other.login, TEST_PASSWORD, first.token)]);
      const raced = racing.map((res) => res.json<SessionTokens>().dataKey);
      expect(dataKeySchema.safeParse(raced[0]).success).toBe(true);
      expect(raced[1]).toBe(raced[0]);
      expect((await signIn(app, volunteer.login, TEST_PASSWORD, first.token)).json<SessionTokens>().dataKey).toBe(raced[0]);
      expect(await store.deviceKeys.escrowedKey(first.id)).toBe(raced[0]);

      const secondKey = (await signIn(app, volunteer.login, TEST_PASSWORD, second.token)).json<SessionTokens>().dataKey;
      expect(dataKeySchema.safeParse(secondKey).success).toBe(true);
      expect(secondKey).not.toBe(raced[0]);
      expect(await store.deviceKeys.escrowedKey(old.revokedId)).toBeUndefined();

      const many = await Promise.all(Array.from({ length: 8 }, () => store.deviceKeys.escrowedKey(third.id)));
      expect(new Set(many).size).toBe(1);
      expect([raced[0], secondKey]).not.toContain(many[0]);
      const stored = await storedKeys(old);
      expect([first, second, third].map((t) => stored.get(t.id))).toEqual([raced[0], secondKey, many[0]]);
      expect(stored.get(old.revokedId)).toBeNull();
    });

    it('gives a tablet its key when it is enrolled or registered, before anyone signs in', async () => {
      const old = await databaseBefore0004(kind);
      cleanups.push(old.drop);
      const store = await openStore(old.config, old.schema ? { schema: old.schema, poolSize: 5 } : {});
      cleanups.push(() => store.close());
      const config = loadConfig({}, { rateLimitPerMinute: 1_000_000, distDir: '/nonexistent-ura-dist', handoffKeyFile: ':memory:' });
      const app = await buildApp({ config, store, now: () => TEST_NOW, logger: false });
      cleanups.push(() => app.close());
      const centre = await store.getCentre(old.centreId);
      if (!centre) throw new Error('centre expected');
      const enrolled = await enrolTablet({ app, store, clock: { now: TEST_NOW } }, centre);
      const registered = uuidv7();
      await store.addDevice({ id: registered, centreId: centre.id, label: 'Registered', enrolledAt: TEST_NOW.toISOString(), enrolment: 'open', tokenHash: hashToken(newToken()) });
      const stored = await storedKeys(old);
      const keys = [stored.get(enrolled.id), stored.get(registered)];
      for (const key of keys) expect(dataKeySchema.safeParse(key).success).toBe(true);
      expect(keys[0]).not.toBe(keys[1]);
      expect(await store.deviceKeys.escrowedKey(enrolled.id)).toBe(keys[0]);
    });
  });
}
