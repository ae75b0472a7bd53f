import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../config';
import type { DialectName } from './dialect';
import { migrations } from './migrations';
import type { Database } from './schema';
import { statementNameOf } from './shapedQuery';
import { withStatementCache } from './statementCache';

export type OpenDatabase = { db: Kysely<Database>; dialect: DialectName; schemaVersion: number };

/**
 * PostgreSQL bigint (int8) as a JS number (change_seq and counts stay far below 2^53), and json/jsonb
 * as text, like SQLite, so dialect.ts's fromJson reads both the same way.
 */
const PG_INT8_OID = 20;
const PG_JSON_OIDS = new Set([114, 3802]);
const pgTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === PG_INT8_OID) return (v: string) => Number(v);
    if (PG_JSON_OIDS.has(oid)) return (v: string) => v;
    return pg.types.getTypeParser(oid, format) as (v: string) => unknown;
  }) as typeof pg.types.getTypeParser,
};

/**
 * Opens the database and brings its schema to the latest migration. `schema` (PostgreSQL only) puts
 * every table in that schema via search_path; the tests use it for a fresh schema per test file.
 */
export async function openDatabase(config: DatabaseConfig, options: { schema?: string; poolSize?: number } = {}): Promise<OpenDatabase> {
  const dialect: DialectName = config.kind;
  const db = config.kind === 'postgres' ? openPostgres(config.url, options) : openSqlite(config.path);
  const all = migrations(dialect);
  // With a schema, Kysely must look for its migration tables there: by default it takes them from ANY schema.
  const where = config.kind === 'postgres' && options.schema ? { migrationTableSchema: options.schema } : {};
  const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(all) }, ...where });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Database migration ${failed} failed: ${error instanceof Error ? error.message : 'see cause'}`, { cause: error });
  }
  return { db, dialect, schemaVersion: Object.keys(all).length };
}

function openSqlite(path: string): Kysely<Database> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new BetterSqlite3(path);
  if (path !== ':memory:') sqlite.pragma('journal_mode = WAL');
  // Checkpoint the WAL every 8,192 pages (32 MB) instead of 1,000: a push rewrites the same index pages
  // batch after batch, and each checkpoint copies and syncs them; about 15% less commit time in bulk
  // pushes. The WAL file is cut back to 64 MB after a checkpoint. Durability is unchanged.
  sqlite.pragma('wal_autocheckpoint = 8192');
  sqlite.pragma('journal_size_limit = 67108864');
  // FULL, not NORMAL: in WAL mode NORMAL syncs only at checkpoints, so a power cut or OS crash can roll back
  // pushes already answered `applied`, which the tablets have then dropped from their outboxes (lost for good).
  // FULL syncs the WAL at each commit, so an answered push is on disk, as PostgreSQL's default commit is.
  // Cost: one fsync per push batch (about 10% of ingest here; src/server/README.md "SQLite durability").
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
}

function openPostgres(url: string, options: { schema?: string; poolSize?: number }): Kysely<Database> {
  if (options.schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(options.schema)) {
    throw new Error(`Invalid PostgreSQL schema name: ${options.schema}`);
  }
  const pool = new pg.Pool({
    Client: NamedStatementClient,
    connectionString: url,
    max: options.poolSize ?? 10,
    types: pgTypes,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * A pg client that runs the push's and pull's shaped queries (shapedQuery.ts) as named prepared
 * statements: pg parses one once per connection and reuses it. Kysely passes SQL text and values;
 * any other SQL runs unnamed as before.
 */
class NamedStatementClient extends pg.Client {
  override query(...args: unknown[]): never {
    const [text, values] = args;
    const name = typeof text === 'string' && args.length <= 2 ? statementNameOf(text) : undefined;
    if (name !== undefined) return super.query({ name, text: text as string, values: values as unknown[] }) as never;
    // Every other call goes on unchanged, whichever of pg's forms it uses.
    return super.query(...(args as [pg.QueryConfig])) as never;
  }
}
