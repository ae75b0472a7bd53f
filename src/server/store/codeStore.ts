import type { Kysely } from 'kysely';
import type { Centre } from '../../shared/schemas/centre';
import type { CodeKind, CodesStore, ConsumeContext, FailuresStore } from './authTypes';
import { newDataKey } from './deviceKeys';
import { fromJson, toJson } from './dialect';
import type { CodeTableName, Database } from './schema';
import { countAdmins, insertUser } from './userStore';

const TABLES: Record<CodeKind, CodeTableName> = { invite: 'invites', enrolment: 'enrolment_codes', setup: 'setup_codes' };

function consumeContext(trx: Kysely<Database>): ConsumeContext {
  return {
    countAdmins: () => countAdmins(trx),
    async isLoginTaken(login) {
      return (await trx.selectFrom('users').select('id').where('login', '=', login).executeTakeFirst()) !== undefined;
    },
    createUser: (user) => insertUser(trx, user),
    async addDevice(d) {
      await trx
        .insertInto('devices')
        .values({
          id: d.id,
          centre_id: d.centreId,
          label: d.label,
          token_hash: d.tokenHash,
          enrolled_at: d.enrolledAt,
          revoked_at: null,
          enrolment: d.enrolment,
          enrolled_by: d.enrolledBy,
          last_seen_at: d.enrolledAt,
          data_key: newDataKey(),
        })
        .execute();
    },
    async getCentre(id) {
      const row = await trx.selectFrom('centres').select('data').where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
      return row && fromJson<Centre>(row.data);
    },
  };
}

/** One-time codes: single use is one conditional UPDATE, so two instances cannot both accept a code. */
export function createCodesStore(db: Kysely<Database>): CodesStore {
  return {
    async add(kind, code) {
      await db
        .insertInto(TABLES[kind])
        .values({
          id: code.id,
          code_hash: code.codeHash,
          expires_at: code.expiresAt,
          used_at: null,
          created_by: code.createdBy,
          created_at: code.createdAt,
          payload: toJson(code.payload),
        })
        .execute();
    },
    consume(kind, codeHash, at, then) {
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .updateTable(TABLES[kind])
          .set({ used_at: at })
          .where('code_hash', '=', codeHash)
          .where('used_at', 'is', null)
          .where('expires_at', '>', at)
          .returning(['payload', 'created_by'])
          .executeTakeFirst();
        if (!row) return undefined;
        return { value: await then(fromJson(row.payload), consumeContext(trx), row.created_by) };
      });
    },
  };
}

/** Failed attempts shared by every instance (rate limits of sign-in and codes). */
export function createFailuresStore(db: Kysely<Database>): FailuresStore {
  return {
    async count(key, since) {
      const row = await db
        .selectFrom('auth_failures')
        .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('at').as('oldest')])
        .where('key', '=', key)
        .where('at', '>=', since)
        .executeTakeFirstOrThrow();
      return { count: Number(row.n), oldest: row.oldest ?? null };
    },
    async record(keys, at, dropBefore) {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('auth_failures').where('key', 'in', keys).where('at', '<', dropBefore).execute();
        await trx.insertInto('auth_failures').values(keys.map((key) => ({ key, at }))).execute();
      });
    },
    async clear(key) {
      await db.deleteFrom('auth_failures').where('key', '=', key).execute();
    },
  };
}
