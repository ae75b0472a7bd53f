import type { Kysely } from 'kysely';
import {
  CATALOGUE_SCOPE,
  CENTRES_SCOPE,
  centreScope,
  type Change,
  type PullRequest,
  type PullResponse,
} from '../../shared/sync/protocol';
import { fromJson } from './dialect';
import { SESSION_COLUMNS } from './kyselyTx';
import type { Database } from './schema';
import type { DeviceRecord } from './types';

export const DEFAULT_PULL_LIMIT = 500;

/** The server decides what a device sees: its own centre's sessions and the shared reference data. */
export function scopesOf(device: DeviceRecord): string[] {
  return [centreScope(device.centreId), CATALOGUE_SCOPE, CENTRES_SCOPE];
}

/**
 * Keyset pagination over each scope (`change_seq > cursor ORDER BY change_seq`), scopes in a fixed
 * order, at most `limit` changes in all. A changed epoch means the device's cursors point into another
 * history: it gets every scope from zero and `resync: true`.
 */
export async function pullChanges(
  db: Kysely<Database>,
  device: DeviceRecord,
  request: PullRequest,
  serverEpoch: string,
): Promise<Omit<PullResponse, 'serverTime' | 'serverEpoch'>> {
  const allowed = scopesOf(device);
  const has = (scope: string) => Object.hasOwn(request.cursors, scope);
  const resync = request.serverEpoch !== undefined && request.serverEpoch !== serverEpoch;
  let remaining = request.limit ?? DEFAULT_PULL_LIMIT;
  const changes: Change[] = [];
  const cursors: Record<string, number> = {};
  let hasMore = false;
  for (const scope of allowed) {
    const from = resync || !has(scope) ? 0 : (request.cursors[scope] ?? 0);
    const page = await readScope(db, scope, from, Math.max(remaining, 1) + 1);
    const take = page.slice(0, remaining);
    if (page.length > take.length) hasMore = true;
    changes.push(...take);
    remaining -= take.length;
    cursors[scope] = take.at(-1)?.changeSeq ?? from;
  }
  return {
    changes,
    cursors,
    hasMore,
    addedScopes: allowed.filter((s) => !has(s)),
    removedScopes: Object.keys(request.cursors).filter((s) => !allowed.includes(s)),
    resync,
  };
}

async function readScope(db: Kysely<Database>, scope: string, after: number, limit: number): Promise<Change[]> {
  if (scope === CATALOGUE_SCOPE) {
    const rows = await db.selectFrom('e_services').selectAll().where('change_seq', '>', after).orderBy('change_seq').limit(limit).execute();
    return rows.map((r) => ({
      scope,
      entity: 'eService',
      id: r.code,
      changeSeq: r.change_seq,
      version: r.version,
      deleted: false,
      data: fromJson(r.data),
    }));
  }
  if (scope === CENTRES_SCOPE) {
    const rows = await db.selectFrom('centres').selectAll().where('change_seq', '>', after).orderBy('change_seq').limit(limit).execute();
    return rows.map((r) => ({
      scope,
      entity: 'centre',
      id: r.id,
      changeSeq: r.change_seq,
      version: r.version,
      deleted: r.deleted_at !== null,
      data: r.deleted_at === null ? fromJson(r.data) : null,
    }));
  }
  const rows = await sessionPageQuery(db, scope, after, limit).execute();
  return rows.map((r) => {
    const deleted = r.deleted_at !== null;
    return {
      scope,
      entity: 'session',
      id: r.id,
      changeSeq: r.change_seq,
      version: r.version,
      deleted,
      data: deleted ? null : fromJson(r.data),
      meta: {
        receivedAt: r.received_at,
        needsReview: Number(r.needs_review) === 1,
        deletedAt: r.deleted_at,
        deletedBy: r.deleted_by,
        authorDeviceId: r.author_device_id,
      },
    };
  });
}

/**
 * One page of a centre's changes: keyset on the unique (scope, change_seq) index, so a page costs the
 * same at row 10 as at row 1,000,000 (pullPlan.test.ts checks the plan). Only the stored columns: the
 * generated report columns would be computed from the JSON for nothing.
 */
export function sessionPageQuery(db: Kysely<Database>, scope: string, after: number, limit: number) {
  return db
    .selectFrom('sessions')
    .select(SESSION_COLUMNS)
    .where('scope', '=', scope)
    .where('change_seq', '>', after)
    .orderBy('change_seq')
    .limit(limit);
}
