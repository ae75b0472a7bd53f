import { sql, type Kysely, type Migration } from 'kysely';
import { jsonColumnType, type DialectName } from '../dialect';

/*
 * Issue 4: organisations, people, their sign-in sessions, one-time codes, shared sign-in failure counts
 * and the audit log. Devices learn who enrolled, revoked and last saw them. Timestamps are ISO-8601 UTC
 * text like in 0001; only hashes of tokens and codes are stored.
 */
export function people(dialect: DialectName): Migration {
  const json = jsonColumnType(dialect);
  const autoId = dialect === 'postgres' ? 'bigserial' : 'integer';
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('organisations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.alterTable('centres').addColumn('organisation_id', 'text', (c) => c.references('organisations.id')).execute();
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('login', 'text', (c) => c.notNull().unique())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('volunteer', 'coordinator', 'admin')`))
        .addColumn('disabled_at', 'text')
        .addColumn('pin_reset_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('user_centres')
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
        .addPrimaryKeyConstraint('user_centres_pk', ['user_id', 'centre_id'])
        .execute();
      await db.schema.createIndex('user_centres_centre').on('user_centres').column('centre_id').execute();

      await db.schema.alterTable('devices').addColumn('enrolment', 'text', (c) => c.notNull().defaultTo('open')).execute();
      await db.schema.alterTable('devices').addColumn('enrolled_by', 'text', (c) => c.references('users.id')).execute();
      await db.schema.alterTable('devices').addColumn('revoked_by', 'text', (c) => c.references('users.id')).execute();
      await db.schema.alterTable('devices').addColumn('last_seen_at', 'text').execute();

      await db.schema
        .createTable('user_sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('device_id', 'text', (c) => c.references('devices.id'))
        .addColumn('access_hash', 'text', (c) => c.notNull().unique())
        .addColumn('access_expires_at', 'text', (c) => c.notNull())
        .addColumn('refresh_hash', 'text', (c) => c.notNull().unique())
        .addColumn('refresh_expires_at', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .addColumn('last_used_at', 'text')
        .execute();
      await db.schema.createIndex('user_sessions_user').on('user_sessions').column('user_id').execute();
      await db.schema.createIndex('user_sessions_device').on('user_sessions').column('device_id').execute();
      // Refresh tokens already exchanged: presenting one again means it was stolen (the session is revoked).
      await db.schema
        .createTable('spent_refresh_tokens')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('session_id', 'text', (c) => c.notNull().references('user_sessions.id'))
        .addColumn('spent_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('device_users')
        .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id'))
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('last_online_sign_in_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('device_users_pk', ['device_id', 'user_id'])
        .execute();

      for (const table of ['invites', 'enrolment_codes', 'setup_codes']) {
        await db.schema
          .createTable(table)
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('code_hash', 'text', (c) => c.notNull().unique())
          .addColumn('expires_at', 'text', (c) => c.notNull())
          .addColumn('used_at', 'text')
          .addColumn('created_by', 'text', (c) => c.references('users.id'))
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('payload', json, (c) => c.notNull())
          .execute();
      }

      await db.schema
        .createTable('auth_failures')
        .addColumn('id', autoId, (c) => c.primaryKey())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('auth_failures_key_at').on('auth_failures').columns(['key', 'at']).execute();

      await db.schema
        .createTable('audit_log')
        .addColumn('id', autoId, (c) => c.primaryKey())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text')
        .addColumn('device_id', 'text')
        .addColumn('target_type', 'text')
        .addColumn('target_id', 'text')
        .addColumn('ip', 'text')
        .addColumn('details', json)
        .execute();
      await db.schema.createIndex('audit_log_action').on('audit_log').columns(['action', 'id']).execute();
      await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor_id', 'id']).execute();
      await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
    },
  };
}

