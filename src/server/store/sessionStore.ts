import type { Kysely, Selectable } from 'kysely';
import type { SessionsStore, UserSessionRecord } from './authTypes';
import type { Database } from './schema';

function sessionFromRow(r: Selectable<Database['user_sessions']>): UserSessionRecord {
  return {
    id: r.id,
    userId: r.user_id,
    deviceId: r.device_id,
    accessExpiresAt: r.access_expires_at,
    refreshExpiresAt: r.refresh_expires_at,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
    lastUsedAt: r.last_used_at,
  };
}

/** Sign-in sessions: one row per sign-in, holding the hashes of the current access and refresh tokens. */
export function createSessionsStore(db: Kysely<Database>): SessionsStore {
  return {
    async create(s) {
      await db
        .insertInto('user_sessions')
        .values({
          id: s.id,
          user_id: s.userId,
          device_id: s.deviceId,
          access_hash: s.accessHash,
          access_expires_at: s.accessExpiresAt,
          refresh_hash: s.refreshHash,
          refresh_expires_at: s.refreshExpiresAt,
          created_at: s.createdAt,
          revoked_at: null,
          last_used_at: s.createdAt,
        })
        .execute();
    },
    async findByAccessHash(hash) {
      const row = await db.selectFrom('user_sessions').selectAll().where('access_hash', '=', hash).executeTakeFirst();
      return row && sessionFromRow(row);
    },
    async findByRefreshHash(hash) {
      const row = await db.selectFrom('user_sessions').selectAll().where('refresh_hash', '=', hash).executeTakeFirst();
      return row && sessionFromRow(row);
    },
    async findSpentRefresh(hash) {
      const row = await db.selectFrom('spent_refresh_tokens').select('session_id').where('token_hash', '=', hash).executeTakeFirst();
      return row?.session_id;
    },
    rotate(sessionId, oldRefreshHash, next, at) {
      return db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('user_sessions')
          .set({
            access_hash: next.accessHash,
            access_expires_at: next.accessExpiresAt,
            refresh_hash: next.refreshHash,
            refresh_expires_at: next.refreshExpiresAt,
            last_used_at: at,
          })
          .where('id', '=', sessionId)
          .where('refresh_hash', '=', oldRefreshHash)
          .where('revoked_at', 'is', null)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1) return false;
        await trx.insertInto('spent_refresh_tokens').values({ token_hash: oldRefreshHash, session_id: sessionId, spent_at: at }).execute();
        return true;
      });
    },
    async revoke(sessionId, at) {
      await db.updateTable('user_sessions').set({ revoked_at: at }).where('id', '=', sessionId).where('revoked_at', 'is', null).execute();
    },
    async revokeAllOf(userId, at) {
      await db.updateTable('user_sessions').set({ revoked_at: at }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
    },
    async touch(sessionId, at) {
      await db.updateTable('user_sessions').set({ last_used_at: at }).where('id', '=', sessionId).execute();
    },
  };
}
