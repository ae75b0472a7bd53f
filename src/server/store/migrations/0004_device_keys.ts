import type { Kysely, Migration } from 'kysely';

/*
 * Issue 6, at rest: each device's DATA KEY (base64 of 32 random bytes, store/deviceKeys.ts), which seals the
 * special-category fields of the sessions the tablet stores. The server keeps it ("escrow") and hands it only
 * to an online sign-in on that device. Devices made before this migration have none (null) until the
 * first such sign-in makes one.
 */
export function deviceKeys(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('devices').addColumn('data_key', 'text').execute();
    },
  };
}
