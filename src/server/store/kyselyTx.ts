import { sql, type Kysely } from 'kysely';
import { centreScope } from '../../shared/sync/protocol';
import { insertAudit } from './auditStore';
import { historyToRow, ledgerFromRow, ledgerToRow, sessionFromRow, sessionToRow } from './rows';
import type { Database } from './schema';
import type { SyncTx } from './types';

/** The push rules' view of one open transaction. */
export function kyselyTx(trx: Kysely<Database>): SyncTx {
  return {
    async findLedger(mutationId) {
      const row = await trx.selectFrom('applied_mutations').selectAll().where('mutation_id', '=', mutationId).executeTakeFirst();
      return row && ledgerFromRow(row);
    },
    async addLedger(entry) {
      await trx.insertInto('applied_mutations').values(ledgerToRow(entry)).execute();
    },
    async getSession(id) {
      const row = await trx.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
      return row && sessionFromRow(row);
    },
    async insertSession(session) {
      await trx.insertInto('sessions').values(sessionToRow(session, centreScope(session.centreId))).execute();
    },
    async updateSession(session) {
      const { id: _id, ...changes } = sessionToRow(session, centreScope(session.centreId));
      await trx.updateTable('sessions').set(changes).where('id', '=', session.id).execute();
    },
    async addHistory(entries) {
      if (entries.length > 0) await trx.insertInto('session_history').values(entries.map(historyToRow)).execute();
    },
    nextChangeSeq(scope) {
      return nextChangeSeq(trx, scope);
    },
    async findActor(userId, deviceId) {
      const user = await trx.selectFrom('users').select(['id', 'role', 'disabled_at']).where('id', '=', userId).executeTakeFirst();
      if (!user) return undefined;
      const centres = await trx.selectFrom('user_centres').select('centre_id').where('user_id', '=', userId).execute();
      const seen = await trx
        .selectFrom('device_users')
        .select('user_id')
        .where('device_id', '=', deviceId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return {
        id: user.id,
        role: user.role,
        centreIds: centres.map((c) => c.centre_id),
        disabledAt: user.disabled_at,
        hasSignedInOnDevice: seen !== undefined,
      };
    },
    addAudit(entry) {
      return insertAudit(trx, entry);
    },
  };
}

/**
 * A per-scope counter row bumped inside the caller's transaction: gap-free (a rollback takes the number
 * back) and, with the scope lock held until commit, visible in order.
 */
export async function nextChangeSeq(trx: Kysely<Database>, scope: string): Promise<number> {
  const row = await trx
    .insertInto('scope_seqs')
    .values({ scope, last_seq: 1 })
    .onConflict((oc) => oc.column('scope').doUpdateSet({ last_seq: sql<number>`scope_seqs.last_seq + 1` }))
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return Number(row.last_seq);
}
