import { sql, type Kysely } from 'kysely';
import { uuidv7 } from '../../shared/ids';
import type { Centre } from '../../shared/schemas/centre';
import { CATALOGUE_SCOPE, CENTRES_SCOPE, centreScope } from '../../shared/sync/protocol';
import { applyPush } from '../sync/applyPush';
import { createReportStore } from '../reports/store/reportStore';
import { createAdminStore } from './adminStore';
import { createAuditStore } from './auditStore';
import { createCodesStore, createFailuresStore } from './codeStore';
import type { OpenDatabase } from './database';
import { createDeviceKeysStore, newDataKey } from './deviceKeys';
import { fromJson, lockScope, toJson } from './dialect';
import { kyselyTx, nextChangeSeq } from './kyselyTx';
import { pullChanges, pullChangesJson } from './pullChanges';
import { historyFromRow } from './rows';
import { ALL_TABLES, type Database, type TableName } from './schema';
import { createSessionsStore } from './sessionStore';
import type { Store } from './types';
import { createUsersStore } from './userStore';


/** The one Store implementation, for SQLite and PostgreSQL alike (dialect.ts holds the differences). */
export async function createKyselyStore({ db, dialect, schemaVersion }: OpenDatabase): Promise<Store> {
  // Cached: an epoch only changes with a restore from backup, after which every instance restarts.
  let epoch = await readEpoch(db);
  const inTransaction = <T>(fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> => db.transaction().execute(fn);

  return {
    dialect,
    schemaVersion,
    users: createUsersStore(db),
    sessions: createSessionsStore(db),
    codes: createCodesStore(db),
    failures: createFailuresStore(db),
    audit: createAuditStore(db),
    admin: createAdminStore(db, dialect),
    deviceKeys: createDeviceKeysStore(db),
    reports: createReportStore(db, dialect),
    serverEpoch: () => epoch,
    async ping() {
      await sql`select 1`.execute(db);
    },
    async rotateEpoch() {
      const next = uuidv7();
      await db.updateTable('server_meta').set({ value: next }).where('key', '=', 'server_epoch').execute();
      epoch = next;
      return next;
    },

    async listCentres() {
      const rows = await db.selectFrom('centres').select('data').where('deleted_at', 'is', null).orderBy('created_at').execute();
      return rows.map((r) => fromJson<Centre>(r.data));
    },
    async getCentre(id) {
      const row = await db.selectFrom('centres').select('data').where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
      return row && fromJson<Centre>(row.data);
    },
    async addDevice(device, newCentre) {
      await inTransaction(async (trx) => {
        if (newCentre) {
          await lockScope(trx, dialect, CENTRES_SCOPE);
          const changeSeq = await nextChangeSeq(trx, CENTRES_SCOPE);
          const at = device.enrolledAt;
          await trx
            .insertInto('centres')
            .values({ id: newCentre.id, data: toJson(newCentre), version: 1, change_seq: changeSeq, created_at: at, updated_at: at, deleted_at: null })
            .execute();
        }
        await trx
          .insertInto('devices')
          .values({
            id: device.id,
            centre_id: device.centreId,
            label: device.label,
            token_hash: device.tokenHash,
            enrolled_at: device.enrolledAt,
            revoked_at: null,
            enrolment: device.enrolment,
            last_seen_at: device.enrolledAt,
            data_key: newDataKey(),
          })
          .execute();
      });
    },
    async findDeviceByTokenHash(tokenHash) {
      const row = await db.selectFrom('devices').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
      return row && { id: row.id, centreId: row.centre_id, label: row.label, enrolledAt: row.enrolled_at, revokedAt: row.revoked_at, enrolment: row.enrolment };
    },
    async revokeDevice(deviceId, at) {
      await db.updateTable('devices').set({ revoked_at: at.toISOString() }).where('id', '=', deviceId).execute();
    },

    push(device, request, now, options = { requireActor: false }) {
      return inTransaction(async (trx) => {
        // Every write of a push lands in the device's centre scope (others are rejected).
        await lockScope(trx, dialect, centreScope(device.centreId));
        const results = await applyPush(kyselyTx(trx, dialect), device, request, now, options);
        // In the push's own transaction: one commit per push, not two.
        if (options.markSeen) await trx.updateTable('devices').set({ last_seen_at: now.toISOString() }).where('id', '=', device.id).execute();
        return results;
      });
    },
    pull(device, request) {
      return pullChanges(db, dialect, device, request, epoch);
    },
    pullJson(device, request) {
      return pullChangesJson(db, dialect, device, request, epoch);
    },

    seedCatalogue(services) {
      return inTransaction(async (trx) => {
        await lockScope(trx, dialect, CATALOGUE_SCOPE);
        const known = new Set((await trx.selectFrom('e_services').select('code').execute()).map((r) => r.code));
        const at = new Date().toISOString();
        let added = 0;
        for (const service of services) {
          if (known.has(service.code)) continue;
          const changeSeq = await nextChangeSeq(trx, CATALOGUE_SCOPE);
          await trx
            .insertInto('e_services')
            .values({ code: service.code, data: toJson(service), version: 1, change_seq: changeSeq, updated_at: at })
            .execute();
          known.add(service.code);
          added++;
        }
        return added;
      });
    },
    async countRows() {
      const counts = await Promise.all(
        ALL_TABLES.map(async (table) => {
          const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
          return [table, Number(row.n)] as const;
        }),
      );
      return Object.fromEntries(counts) as Record<TableName, number>;
    },
    async sessionHistory(sessionId) {
      const rows = await db.selectFrom('session_history').selectAll().where('session_id', '=', sessionId).orderBy('id').execute();
      return rows.map(historyFromRow);
    },
    close() {
      return db.destroy();
    },
  };
}

async function readEpoch(db: Kysely<Database>): Promise<string> {
  const row = await db.selectFrom('server_meta').select('value').where('key', '=', 'server_epoch').executeTakeFirst();
  if (!row) throw new Error('server_meta has no server_epoch: the database was not migrated');
  return row.value;
}
