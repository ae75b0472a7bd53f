import { sql, type Kysely } from 'kysely';
import { centreScope } from '../../shared/sync/protocol';
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
