import type { Kysely } from 'kysely';
import type { AuditEntry } from '../../shared/auth/api';
import type { AuditInput, AuditStore } from './authTypes';
import { fromJson, toJson } from './dialect';
import type { Database } from './schema';

const DEFAULT_LIMIT = 100;

/** Inserts one entry (inside the caller's transaction, when it has one). */
export async function insertAudit(db: Kysely<Database>, e: AuditInput): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: e.at,
      action: e.action,
      actor_id: e.actorId,
      device_id: e.deviceId,
      target_type: e.targetType,
      target_id: e.targetId,
      ip: e.ip,
      details: e.details === null ? null : toJson(e.details),
    })
    .execute();
}

/** The audit log: append-only, newest first, keyset paging by id (`before`). */
export function createAuditStore(db: Kysely<Database>): AuditStore {
  return {
    add: (entry) => insertAudit(db, entry),
    async query(q) {
      let sel = db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(q.limit ?? DEFAULT_LIMIT);
      if (q.action !== undefined) sel = sel.where('action', '=', q.action);
      if (q.actorId !== undefined) sel = sel.where('actor_id', '=', q.actorId);
      if (q.from !== undefined) sel = sel.where('at', '>=', new Date(q.from).toISOString());
      if (q.to !== undefined) sel = sel.where('at', '<', new Date(q.to).toISOString());
      if (q.before !== undefined) sel = sel.where('id', '<', q.before);
      const rows = await sel.execute();
      return rows.map(
        (r): AuditEntry => ({
          id: Number(r.id),
          at: r.at,
          action: r.action,
          actorId: r.actor_id,
          deviceId: r.device_id,
          targetType: r.target_type,
          targetId: r.target_id,
          ip: r.ip,
          details: r.details === null ? null : fromJson<Record<string, unknown>>(r.details),
        }),
      );
    },
  };
}
