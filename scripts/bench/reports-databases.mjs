// The databases of the reports benchmark: filled once with the demo generator and kept (SQLite files in
// .bench/reports/, PostgreSQL schemas in a database of its own), and the child process that measures.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { ROOT } from './server.mjs';

const DIR = join(ROOT, '.bench', 'reports');
export const log = (message) => console.error(`[bench] ${message}`);

/** Runs one child measurement; throws with its stderr when it fails. */
export function child(command, options) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'scripts/bench/reports-child.mjs'), command, JSON.stringify(options)],
    {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  if (result.status !== 0) throw new Error(`${command} failed (exit ${result.status ?? result.signal})`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1));
}

export function sqliteDb(size, fresh) {
  const path = join(DIR, `sessions-${size}.sqlite`);
  if (fresh || !existsSync(path)) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    mkdirSync(DIR, { recursive: true });
    log(`filling SQLite with ${size.toLocaleString('en')} sessions…`);
    const { loaded, fillMs } = child('fill', { path, sessions: size });
    log(`  ${loaded.toLocaleString('en')} sessions in ${(fillMs / 1000).toFixed(1)} s`);
  }
  return { path };
}

/** A database of its own (ura_bench) on the test server: the kept benchmark data never sits beside the tests'. */
export async function postgresUrl() {
  const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:54329/ura_test';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    const exists = (await client.query("select 1 from pg_database where datname = 'ura_bench'")).rowCount > 0;
    if (!exists) await client.query('create database ura_bench');
    const bench = new URL(url);
    bench.pathname = '/ura_bench';
    return bench.toString();
  } catch {
    log(
      `no PostgreSQL at ${url.replace(/\/\/[^@]*@/, '//')}: PostgreSQL columns skipped (set TEST_DATABASE_URL or run scripts/pg-test-server.sh)`,
    );
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function postgresDb(url, size, fresh) {
  const schema = `bench_reports_${size}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const exists =
      (
        await client.query('select 1 from information_schema.tables where table_schema = $1 and table_name = $2', [
          schema,
          'server_meta',
        ])
      ).rowCount > 0;
    const filled =
      exists &&
      (await client.query(`select value from ${schema}.server_meta where key = 'bench_sessions'`)).rowCount > 0;
    if (fresh || !filled) {
      await client.query(`drop schema if exists ${schema} cascade; create schema ${schema}`);
      log(`filling PostgreSQL (${schema}) with ${size.toLocaleString('en')} sessions…`);
      const { loaded, fillMs } = child('fill', { url, schema, sessions: size });
      log(`  ${loaded.toLocaleString('en')} sessions in ${(fillMs / 1000).toFixed(1)} s`);
      await client.query(`vacuum analyze ${schema}.sessions`);
    }
  } finally {
    await client.end();
  }
  return { url, schema };
}
