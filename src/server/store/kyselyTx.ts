import { sql, type Kysely } from 'kysely';
import { centreScope } from '../../shared/sync/protocol';
import { insertAudit } from './auditStore';
import { historyToRow, ledgerFromRow, ledgerToRow, sessionFromRow, sessionToRow } from './rows';
import type { Database } from './schema';
import type { BatchWrites, FoundLedgerEntry, SessionRow, SyncTx } from './types';

/**
 * Rows per multi-row statement: 14 session columns × 250 stays far below SQLite's 32,766 and
 * PostgreSQL's 65,535 bound parameters.
 */
const CHUNK = 250;

/** The push rules' view of one open transaction: a few bulk reads up front, bulk writes at the end. */
export function kyselyTx(trx: Kysely<Database>): SyncTx {
  return {
    async findLedger(mutationIds) {
      const found = new Map<string, FoundLedgerEntry>();
      for (const ids of chunks(unique(mutationIds))) {
        const rows = await trx
          .selectFrom('applied_mutations')
          .leftJoin('devices', 'devices.id', 'applied_mutations.device_id')
          .selectAll('applied_mutations')
          .select('devices.centre_id')
          .where('applied_mutations.mutation_id', 'in', ids)
          .execute();
        for (const row of rows) found.set(row.mutation_id, { ...ledgerFromRow(row), centreId: row.centre_id });
      }
      return found;
    },
    async getSessions(ids) {
      const found = new Map<string, SessionRow>();
      for (const part of chunks(unique(ids))) {
        const rows = await trx.selectFrom('sessions').select(SESSION_COLUMNS).where('id', 'in', part).execute();
        for (const row of rows) found.set(row.id, sessionFromRow(row));
      }
      return found;
    },
    async lastChangeSeq(scope) {
      const row = await trx.selectFrom('scope_seqs').select('last_seq').where('scope', '=', scope).executeTakeFirst();
      return row ? Number(row.last_seq) : 0;
    },
    async write(writes) {
      await writeBatch(trx, writes);
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

/** The stored columns of a session (not the generated report columns, which only reports read). */
export const SESSION_COLUMNS = [
  'id',
  'centre_id',
  'scope',
  'data',
  'field_versions',
  'version',
  'change_seq',
  'author_device_id',
  'updated_by_device_id',
  'received_at',
  'updated_at',
  'deleted_at',
  'deleted_by',
  'needs_review',
] as const;

async function writeBatch(trx: Kysely<Database>, writes: BatchWrites): Promise<void> {
  const rows = writes.sessions.map((s) => sessionToRow(s, centreScope(s.centreId)));
  const added = rows.filter((r) => !writes.existingIds.has(r.id));
  const changed = rows.filter((r) => writes.existingIds.has(r.id));
  for (const part of chunks(added)) await trx.insertInto('sessions').values(part).execute();
  for (const part of chunks(changed)) {
    await trx
      .insertInto('sessions')
      .values(part)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          data: eb.ref('excluded.data'),
          field_versions: eb.ref('excluded.field_versions'),
          version: eb.ref('excluded.version'),
          change_seq: eb.ref('excluded.change_seq'),
          updated_by_device_id: eb.ref('excluded.updated_by_device_id'),
          updated_at: eb.ref('excluded.updated_at'),
          deleted_at: eb.ref('excluded.deleted_at'),
          deleted_by: eb.ref('excluded.deleted_by'),
          needs_review: eb.ref('excluded.needs_review'),
        })),
      )
      .execute();
  }
  if (writes.history.length > 0) {
    for (const part of chunks(writes.history.map(historyToRow))) await trx.insertInto('session_history').values(part).execute();
  }
  for (const part of chunks(writes.ledger.map(ledgerToRow))) await trx.insertInto('applied_mutations').values(part).execute();
  for (const [scope, last] of writes.lastSeqs) {
    await trx
      .insertInto('scope_seqs')
      .values({ scope, last_seq: last })
      .onConflict((oc) => oc.column('scope').doUpdateSet({ last_seq: last }))
      .execute();
  }
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function* chunks<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += CHUNK) yield items.slice(i, i + CHUNK);
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
