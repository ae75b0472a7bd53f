import { randomBytes } from 'node:crypto';
import { CompiledQuery, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { PG_URL, adminQuery } from '../testing/testEnv';
import { openDatabase, type OpenDatabase } from './database';
import { sessionPageQuery } from './pullChanges';

/** The query plan of one pull page, as text. */
async function planOf({ db, dialect }: OpenDatabase): Promise<string> {
  const page = sessionPageQuery(db, 'centre:x', 100, 501).compile();
  const prefix = dialect === 'sqlite' ? 'explain query plan ' : 'explain ';
  const result = await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(prefix + page.sql, [...page.parameters]));
  return result.rows.map((r) => Object.values(r).join(' ')).join('\n');
}

describe('the pull page query', () => {
  it('is a keyset range on the (scope, change_seq) index on SQLite: no table scan, no sort', async () => {
    const open = await openDatabase({ kind: 'sqlite', path: ':memory:' });
    try {
      const plan = await planOf(open);
      expect(plan).toMatch(/SEARCH sessions USING INDEX \S+ \(scope=\? AND change_seq>\?\)/);
      expect(plan).not.toMatch(/SCAN sessions|TEMP B-TREE/);
    } finally {
      await open.db.destroy();
    }
  });

  it.runIf(PG_URL)('can run as an index scan on PostgreSQL, ordered by the index (no sort)', async () => {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    await adminQuery(`create schema ${schema}`);
    const open = await openDatabase({ kind: 'postgres', url: PG_URL ?? '' }, { schema, poolSize: 1 });
    try {
      // An empty table makes any plan cheap: forbid the sequential scan to see whether the index serves it.
      await sql`set enable_seqscan = off`.execute(open.db);
      const plan = await planOf(open);
      expect(plan).toMatch(/Index Scan using sessions_scope_change_seq/);
      expect(plan).not.toMatch(/Sort/);
    } finally {
      await open.db.destroy();
      await adminQuery(`drop schema ${schema} cascade`);
    }
  });
});
