import type { Kysely } from 'kysely';
import type { Session } from '../../shared/schemas/session';
import { centreScope } from '../../shared/sync/protocol';
import { lockScope, type DialectName } from '../store/dialect';
import { sessionToRow } from '../store/rows';
import type { Database } from '../store/schema';

/** A session to load, as if a device had pushed it at `receivedAt` (default: when it happened). */
export type ImportItem = { session: Session; receivedAt?: string; deletedAt?: string };
export type ImportOptions = { batchSize?: number; onBatch?: (loaded: number) => void };

const ROWS_PER_INSERT = 500; // 15 columns: 7,500 parameters, below both dialects' limits

/**
 * Loads many sessions (the demo, benchmarks, tests) in batches, one transaction each, the way a push
 * stores them: the same row mapping, the centre's scope lock and gap-free change_seq from scope_seqs,
 * so devices of those centres pull them like any other change. No ledger rows: no device sent them.
 * `items` may be a generator: at most one batch is held in memory.
 */
export async function importSessions(
  db: Kysely<Database>,
  dialect: DialectName,
  items: Iterable<ImportItem>,
  options: ImportOptions = {},
): Promise<number> {
  const batchSize = options.batchSize ?? 5_000;
  let batch: ImportItem[] = [];
  let loaded = 0;
  const flush = async () => {
    await db.transaction().execute((trx) => insertBatch(trx, dialect, batch));
    loaded += batch.length;
    batch = [];
    options.onBatch?.(loaded);
  };
  for (const item of items) {
    batch.push(item);
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length > 0) await flush();
  return loaded;
}

async function insertBatch(trx: Kysely<Database>, dialect: DialectName, items: readonly ImportItem[]): Promise<void> {
  const byCentre = new Map<string, ImportItem[]>();
  for (const item of items) {
    const group = byCentre.get(item.session.centreId);
    if (group) group.push(item);
    else byCentre.set(item.session.centreId, [item]);
  }
  for (const [centreId, group] of [...byCentre].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const scope = centreScope(centreId);
    await lockScope(trx, dialect, scope);
    const first = await reserveChangeSeqs(trx, scope, group.length);
    const rows = group.map((item, i) => {
      const { session } = item;
      const receivedAt = item.receivedAt ?? new Date(Date.parse(session.occurredAt)).toISOString();
      const deletedAt = item.deletedAt ?? null;
      return sessionToRow(
        {
          id: session.id,
          centreId,
          data: session,
          fieldVersions: {},
          version: deletedAt ? 2 : 1,
          changeSeq: first + i,
          authorDeviceId: session.deviceId,
          updatedByDeviceId: session.deviceId,
          receivedAt,
          updatedAt: deletedAt ?? receivedAt,
          deletedAt,
          deletedBy: deletedAt ? session.deviceId : null,
          needsReview: false,
        },
        scope,
      );
    });
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
      await trx
        .insertInto('sessions')
        .values(rows.slice(i, i + ROWS_PER_INSERT))
        .execute();
    }
  }
}

/** n consecutive change_seq values of a scope, like nextChangeSeq n times (the caller holds the scope lock). */
async function reserveChangeSeqs(trx: Kysely<Database>, scope: string, n: number): Promise<number> {
  const row = await trx
    .insertInto('scope_seqs')
    .values({ scope, last_seq: n })
    .onConflict((oc) => oc.column('scope').doUpdateSet((eb) => ({ last_seq: eb('scope_seqs.last_seq', '+', n) })))
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return Number(row.last_seq) - n + 1;
}
