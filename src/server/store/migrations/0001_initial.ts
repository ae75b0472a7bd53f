import { sql, type Kysely, type Migration } from 'kysely';
import { uuidv7 } from '../../../shared/ids';
import { jsonColumnType, type DialectName } from '../dialect';

/**
 * The first schema. Never edit a shipped migration: add the next file. The session's `groups` stays
 * inside `sessions.data` (special-category data): no column, no index.
 */
export function initial(dialect: DialectName): Migration {
  const json = jsonColumnType(dialect);
  const autoId = dialect === 'postgres' ? 'bigserial' : 'integer';
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('server_meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('scope_seqs')
        .addColumn('scope', 'text', (c) => c.primaryKey())
        .addColumn('last_seq', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('centres')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('data', json, (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('change_seq', 'bigint', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('deleted_at', 'text')
        .execute();
      await db.schema
        .createTable('e_services')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('data', json, (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('change_seq', 'bigint', (c) => c.notNull().unique())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('devices')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('enrolled_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .execute();
      await db.schema.createIndex('devices_centre').on('devices').column('centre_id').execute();
      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('data', json, (c) => c.notNull())
        .addColumn('field_versions', json, (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('change_seq', 'bigint', (c) => c.notNull())
        .addColumn('author_device_id', 'text', (c) => c.notNull().references('devices.id'))
        .addColumn('updated_by_device_id', 'text', (c) => c.notNull().references('devices.id'))
        .addColumn('received_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('deleted_at', 'text')
        .addColumn('deleted_by', 'text', (c) => c.references('devices.id'))
        .addColumn('needs_review', 'integer', (c) => c.notNull().defaultTo(0))
        .addUniqueConstraint('sessions_scope_change_seq', ['scope', 'change_seq'])
        .execute();
      await db.schema
        .createTable('session_history')
        .addColumn('id', autoId, (c) => c.primaryKey())
        .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id'))
        .addColumn('field', 'text', (c) => c.notNull())
        .addColumn('old_value', json, (c) => c.notNull())
        .addColumn('old_version', 'integer', (c) => c.notNull())
        .addColumn('old_by_device_id', 'text', (c) => c.notNull())
        .addColumn('new_version', 'integer', (c) => c.notNull())
        .addColumn('new_by_device_id', 'text', (c) => c.notNull())
        .addColumn('mutation_id', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('session_history_session').on('session_history').column('session_id').execute();
      await db.schema
        .createTable('applied_mutations')
        .addColumn('mutation_id', 'text', (c) => c.primaryKey())
        .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id'))
        .addColumn('batch_id', 'text', (c) => c.notNull())
        .addColumn('request_hash', 'text', (c) => c.notNull())
        .addColumn('result', json, (c) => c.notNull())
        .addColumn('applied_at', 'text', (c) => c.notNull())
        .execute();
      // The epoch is born with the database; a restore from backup gets a new one (store.rotateEpoch).
      await sql`insert into server_meta (key, value) values ('server_epoch', ${uuidv7()})`.execute(db);
    },
  };
}
