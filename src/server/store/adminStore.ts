import type { Kysely, Selectable } from 'kysely';
import type { Centre } from '../../shared/schemas/centre';
import type { EService } from '../../shared/schemas/eService';
import { CATALOGUE_SCOPE, CENTRES_SCOPE } from '../../shared/sync/protocol';
import type { AdminStore, DeviceAdminRecord } from './authTypes';
import { fromJson, lockScope, toJson, type DialectName } from './dialect';
import { nextChangeSeq } from './kyselyTx';
import type { Database } from './schema';

export function deviceFromRow(r: Selectable<Database['devices']>): DeviceAdminRecord {
  return {
    id: r.id,
    centreId: r.centre_id,
    label: r.label,
    enrolledAt: r.enrolled_at,
    revokedAt: r.revoked_at,
    enrolment: r.enrolment,
    enrolledBy: r.enrolled_by,
    revokedBy: r.revoked_by,
    lastSeenAt: r.last_seen_at,
  };
}

/** Centres, organisations, devices and the catalogue as admins and coordinators manage them. */
export function createAdminStore(db: Kysely<Database>, dialect: DialectName): AdminStore {
  return {
    async listOrganisations() {
      const rows = await db.selectFrom('organisations').selectAll().orderBy('name').execute();
      return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at }));
    },
    async addOrganisation(org) {
      await db.insertInto('organisations').values({ id: org.id, name: org.name, created_at: org.createdAt }).execute();
    },
    async listCentres(ids) {
      if (ids?.length === 0) return [];
      let q = db.selectFrom('centres').select('data').where('deleted_at', 'is', null).orderBy('created_at').orderBy('id');
      if (ids !== undefined) q = q.where('id', 'in', ids);
      return (await q.execute()).map((r) => fromJson<Centre>(r.data));
    },
    saveCentre(centre, at) {
      return db.transaction().execute(async (trx) => {
        await lockScope(trx, dialect, CENTRES_SCOPE);
        const changeSeq = await nextChangeSeq(trx, CENTRES_SCOPE);
        const organisation_id = centre.organisationId ?? null;
        await trx
          .insertInto('centres')
          .values({ id: centre.id, data: toJson(centre), version: 1, change_seq: changeSeq, created_at: at, updated_at: at, deleted_at: null, organisation_id })
          .onConflict((oc) =>
            oc.column('id').doUpdateSet((eb) => ({
              data: toJson(centre),
              version: eb('centres.version', '+', 1),
              change_seq: changeSeq,
              updated_at: at,
              organisation_id,
            })),
          )
          .execute();
      });
    },
    async listDevices(centreIds) {
      if (centreIds?.length === 0) return [];
      let q = db.selectFrom('devices').selectAll().orderBy('enrolled_at', 'desc').orderBy('id');
      if (centreIds !== undefined) q = q.where('centre_id', 'in', centreIds);
      return (await q.execute()).map(deviceFromRow);
    },
    async getDevice(id) {
      const row = await db.selectFrom('devices').selectAll().where('id', '=', id).executeTakeFirst();
      return row && deviceFromRow(row);
    },
    async revokeDevice(id, by, at) {
      await db.updateTable('devices').set({ revoked_at: at, revoked_by: by }).where('id', '=', id).where('revoked_at', 'is', null).execute();
    },
    async touchDevice(id, at) {
      await db.updateTable('devices').set({ last_seen_at: at }).where('id', '=', id).execute();
    },
    async listCatalogue() {
      const rows = await db.selectFrom('e_services').select('data').orderBy('code').execute();
      return rows.map((r) => fromJson<EService>(r.data));
    },
    async getService(code) {
      const row = await db.selectFrom('e_services').select('data').where('code', '=', code).executeTakeFirst();
      return row && fromJson<EService>(row.data);
    },
    saveService(service, at) {
      return db.transaction().execute(async (trx) => {
        await lockScope(trx, dialect, CATALOGUE_SCOPE);
        const changeSeq = await nextChangeSeq(trx, CATALOGUE_SCOPE);
        await trx
          .insertInto('e_services')
          .values({ code: service.code, data: toJson(service), version: 1, change_seq: changeSeq, updated_at: at })
          .onConflict((oc) =>
            oc.column('code').doUpdateSet((eb) => ({ data: toJson(service), version: eb('e_services.version', '+', 1), change_seq: changeSeq, updated_at: at })),
          )
          .execute();
      });
    },
  };
}
