import { sql, type Kysely } from 'kysely';
import { centreScope } from '../../shared/sync/protocol';
import { insertAudit } from './auditStore';
import type { DialectName } from './dialect';
import { historyToRow, ledgerFromRow, ledgerToRow, sessionFromRow, sessionToRow } from './rows';
import type { Database } from './schema';
import { paddedIds, rowParameters, runShaped, sizedParts } from './shapedQuery';
import type { BatchWrites, FoundLedgerEntry, SessionRow, SyncTx } from './types';

/**
 * The push rules' view of one open transaction: a few bulk reads up front, bulk writes at the end,
 * each built once per shape (shapedQuery.ts).
 */
export function kyselyTx(trx: Kysely<Database>, dialect: DialectName): SyncTx {
  return {
    async findLedger(mutationIds) {
      const found = new Map<string, FoundLedgerEntry>();
      for (const ids of paddedIds(mutationIds)) {
        const rows = await runShaped(trx, dialect, `ledger:${ids.length}`, ids, () =>
          trx
            .selectFrom('applied_mutations')
            .leftJoin('devices', 'devices.id', 'applied_mutations.device_id')
            // Columns by name, not `*`: a prepared statement (PostgreSQL) must not change its result type.
            .select([
              'applied_mutations.mutation_id',
              'applied_mutations.device_id',
              'applied_mutations.batch_id',
              'applied_mutations.request_hash',
              'applied_mutations.result',
              'applied_mutations.applied_at',
              'devices.centre_id',
            ])
            .where('applied_mutations.mutation_id', 'in', ids),
        );
        for (const row of rows) found.set(row.mutation_id, { ...ledgerFromRow(row), centreId: row.centre_id });
      }
      return found;
    },
    async getSessions(ids) {
      const found = new Map<string, SessionRow>();
      for (const part of paddedIds(ids)) {
        const rows = await runShaped(trx, dialect, `sessions:${part.length}`, part, () =>
          trx.selectFrom('sessions').select(SESSION_COLUMNS).where('id', 'in', part),
        );
        for (const row of rows) found.set(row.id, sessionFromRow(row));
      }
      return found;
    },
    async lastChangeSeq(scope) {
      const [row] = await runShaped(trx, dialect, 'last-seq', [scope], () =>
        trx.selectFrom('scope_seqs').select('last_seq').where('scope', '=', scope),
      );
      return row ? Number(row.last_seq) : 0;
    },
    async write(writes) {
      await writeBatch(trx, dialect, writes);
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
 * The stored columns of a session (not the generated report columns, which only reports read), in the
 * order of rows.ts's sessionToRow: also a multi-row INSERT's parameter order (runShaped checks it).
 */
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

async function writeBatch(trx: Kysely<Database>, dialect: DialectName, writes: BatchWrites): Promise<void> {
  const rows = writes.sessions.map((s) => sessionToRow(s, centreScope(s.centreId)));
  const added = rows.filter((r) => !writes.existingIds.has(r.id));
  const changed = rows.filter((r) => writes.existingIds.has(r.id));
  for (const part of sizedParts(added)) {
    await runShaped(trx, dialect, `insert-sessions:${part.length}`, rowParameters(part, SESSION_COLUMNS), () =>
      trx.insertInto('sessions').values(part),
    );
  }
  for (const part of sizedParts(changed)) {
    await runShaped(trx, dialect, `upsert-sessions:${part.length}`, rowParameters(part, SESSION_COLUMNS), () =>
      trx
        .insertInto('sessions')
        .values(part)
        .onConflict((oc) =>
          // Not id, centre_id, scope, author_device_id, received_at: they never change.
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
        ),
    );
  }
  for (const part of sizedParts(writes.history.map(historyToRow))) {
    await runShaped(trx, dialect, `insert-history:${part.length}`, rowParameters(part, HISTORY_COLUMNS), () =>
      trx.insertInto('session_history').values(part),
    );
  }
  for (const part of sizedParts(writes.ledger.map(ledgerToRow))) {
    await runShaped(trx, dialect, `insert-ledger:${part.length}`, rowParameters(part, LEDGER_COLUMNS), () =>
      trx.insertInto('applied_mutations').values(part),
    );
  }
  for (const [scope, last] of writes.lastSeqs) {
    await runShaped(trx, dialect, 'set-last-seq', [scope, last, last], () =>
      trx
        .insertInto('scope_seqs')
        .values({ scope, last_seq: last })
        .onConflict((oc) => oc.column('scope').doUpdateSet({ last_seq: last })),
    );
  }
}

/** The columns of a history and a ledger row, as rows.ts builds them: a multi-row INSERT's parameter order. */
const HISTORY_COLUMNS = [
  'session_id',
  'field',
  'old_value',
  'old_version',
  'old_by_device_id',
  'new_version',
  'new_by_device_id',
  'mutation_id',
  'recorded_at',
] as const;

const LEDGER_COLUMNS = ['mutation_id', 'device_id', 'batch_id', 'request_hash', 'result', 'applied_at'] as const;

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
