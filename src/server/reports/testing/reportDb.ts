import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { openDatabase } from '../../store/database';
import type { DialectName } from '../../store/dialect';
import { createKyselyStore } from '../../store/kyselyStore';
import type { Database } from '../../store/schema';
import type { Store } from '../../store/types';
import { adminQuery, NO_PG_MESSAGE, PG_URL } from '../../testing/testEnv';

export type ReportDb = { db: Kysely<Database>; dialect: DialectName; store: Store; close: () => Promise<void> };

/** A migrated database with both the store and the raw Kysely handle (the bulk loader needs it). */
export async function openReportDb(kind: DialectName): Promise<ReportDb> {
  if (kind === 'sqlite') {
    const open = await openDatabase({ kind: 'sqlite', path: ':memory:' });
    const store = await createKyselyStore(open);
    return { db: open.db, dialect: 'sqlite', store, close: () => store.close() };
  }
  if (!PG_URL) throw new Error(NO_PG_MESSAGE);
  const schema = `r_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create schema ${schema}`);
  const open = await openDatabase({ kind: 'postgres', url: PG_URL }, { schema, poolSize: 4 });
  const store = await createKyselyStore(open);
  return {
    db: open.db,
    dialect: 'postgres',
    store,
    close: async () => {
      await store.close();
      await adminQuery(`drop schema ${schema} cascade`);
    },
  };
}
