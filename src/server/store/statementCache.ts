import type { Database as BetterSqlite3Database, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** Enough for every query shape the server runs (the push's bulk statements come in up to 250 row counts). */
export const STATEMENT_CACHE_SIZE = 1000;

/**
 * better-sqlite3 for Kysely with one prepared statement per SQL text, reused: Kysely's SQLite driver
 * prepares every query it runs again, and a push's multi-row INSERT of 3,500 parameters costs more to
 * prepare than to run. Least recently used statements go first; a statement still iterating (a stream)
 * is never handed out twice, a fresh one is prepared instead. SQLite re-prepares a cached statement by
 * itself after a schema change.
 */
export function withStatementCache(sqlite: BetterSqlite3Database, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const cache = new Map<string, Statement>();
  return {
    prepare(sql) {
      const cached = cache.get(sql);
      if (cached !== undefined && !cached.busy) {
        // Map order is insertion order: moving a hit to the end keeps the least recently used first.
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = sqlite.prepare(sql);
      if (cached === undefined) {
        if (cache.size >= size) cache.delete(cache.keys().next().value as string);
        cache.set(sql, statement);
      }
      return statement;
    },
    close() {
      cache.clear();
      sqlite.close();
    },
  };
}
