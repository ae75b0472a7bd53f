import BetterSqlite3 from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { buildApp } from '../../server/app';
import { loadConfig } from '../../server/config';
import { createKyselyStore } from '../../server/store/kyselyStore';
import { migrations } from '../../server/store/migrations';
import type { Database } from '../../server/store/schema';
import type { Store } from '../../server/store/types';
import type { TransportRequest, TransportResponse } from '../../app/sync/transport';

const CONFIG = loadConfig({}, { openDeviceRegistration: true, rateLimitPerMinute: 1_000_000, registerRateLimitPerMinute: 1_000_000, distDir: '/nonexistent-ura-dist', logLevel: 'silent' });

/**
 * The real server (buildApp on SQLite :memory:) with what a simulation needs on top: a backup as a
 * serialized database, a restore from it (new server epoch), and direct reads of its tables.
 */
export class SimServer {
  private constructor(
    readonly app: FastifyInstance,
    readonly store: Store,
    readonly db: Kysely<Database>,
    private readonly sqlite: BetterSqlite3.Database,
  ) {}

  static async start(now: () => Date, backup?: Buffer): Promise<SimServer> {
    const sqlite = backup ? new BetterSqlite3(backup) : new BetterSqlite3(':memory:');
    sqlite.pragma('foreign_keys = ON');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    const all = migrations('sqlite');
    const { error } = await new Migrator({ db, provider: { getMigrations: () => Promise.resolve(all) } }).migrateToLatest();
    if (error) throw error instanceof Error ? error : new Error('migration failed');
    const store = await createKyselyStore({ db, dialect: 'sqlite', schemaVersion: Object.keys(all).length });
    const app = await buildApp({ config: CONFIG, store, now, logger: false });
    await app.ready();
    return new SimServer(app, store, db, sqlite);
  }

  backup(): Buffer {
    return this.sqlite.serialize();
  }

  /** A server restored from `backup`: the data as it was then, and a new epoch. */
  static async restore(from: SimServer, backup: Buffer, now: () => Date): Promise<SimServer> {
    await from.close();
    const restored = await SimServer.start(now, backup);
    await restored.store.rotateEpoch();
    return restored;
  }

  async inject(request: TransportRequest): Promise<TransportResponse> {
    const res = await this.app.inject({
      method: request.method,
      url: request.path,
      headers: request.headers,
      ...(request.body === undefined ? {} : { payload: JSON.stringify(request.body) }),
    });
    const headers: Record<string, string | undefined> = {};
    for (const [k, v] of Object.entries(res.headers)) headers[k.toLowerCase()] = v === undefined ? undefined : String(v);
    return { status: res.statusCode, headers, body: res.body === '' ? null : (JSON.parse(res.body) as unknown) };
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.store.close();
  }
}
