import type { Kysely } from 'kysely';
import {
  CATALOGUE_SCOPE,
  CENTRES_SCOPE,
  centreScope,
  type Change,
  type PullRequest,
  type PullResponse,
} from '../../shared/sync/protocol';
import type { DialectName } from './dialect';
import { SESSION_COLUMNS } from './kyselyTx';
import type { Database } from './schema';
import { runShaped } from './shapedQuery';
import type { DeviceRecord } from './types';

export const DEFAULT_PULL_LIMIT = 500;

/** A pull page whose changes are JSON text already (a JSON array), to be spliced into the answer as is. */
export type PullPageJson = Omit<PullResponse, 'changes' | 'serverTime' | 'serverEpoch'> & { changesJson: string };

/** The server decides what a device sees: its own centre's sessions and the shared reference data. */
export function scopesOf(device: DeviceRecord): string[] {
  return [centreScope(device.centreId), CATALOGUE_SCOPE, CENTRES_SCOPE];
}

/**
 * Keyset pagination over each scope (`change_seq > cursor ORDER BY change_seq`), scopes in a fixed
 * order, at most `limit` changes in all. A changed epoch means the device's cursors point into another
 * history: it gets every scope from zero and `resync: true`.
 *
 * The changes come as JSON text: each record's stored JSON (text on SQLite, jsonb's text on PostgreSQL)
 * is spliced in as it is, never parsed and written again. `pullChanges` is the same page parsed.
 */
export async function pullChangesJson(
  db: Kysely<Database>,
  dialect: DialectName,
  device: DeviceRecord,
  request: PullRequest,
  serverEpoch: string,
): Promise<PullPageJson> {
  const allowed = scopesOf(device);
  const has = (scope: string) => Object.hasOwn(request.cursors, scope);
  const resync = request.serverEpoch !== undefined && request.serverEpoch !== serverEpoch;
  let remaining = request.limit ?? DEFAULT_PULL_LIMIT;
  const changes: string[] = [];
  const cursors: Record<string, number> = {};
  let hasMore = false;
  for (const scope of allowed) {
    const from = resync || !has(scope) ? 0 : (request.cursors[scope] ?? 0);
    const page = await readScope(db, dialect, scope, from, Math.max(remaining, 1) + 1);
    const take = Math.min(page.length, remaining);
    if (page.length > take) hasMore = true;
    for (let i = 0; i < take; i++) changes.push((page[i] as ScopeChange).json);
    remaining -= take;
    cursors[scope] = take > 0 ? (page[take - 1] as ScopeChange).changeSeq : from;
  }
  return {
    changesJson: `[${changes.join(',')}]`,
    cursors,
    hasMore,
    addedScopes: allowed.filter((s) => !has(s)),
    removedScopes: Object.keys(request.cursors).filter((s) => !allowed.includes(s)),
    resync,
  };
}

/** The same page with its changes as objects (tests, the demo loader's checks). */
export async function pullChanges(
  db: Kysely<Database>,
  dialect: DialectName,
  device: DeviceRecord,
  request: PullRequest,
  serverEpoch: string,
): Promise<Omit<PullResponse, 'serverTime' | 'serverEpoch'>> {
  const { changesJson, ...page } = await pullChangesJson(db, dialect, device, request, serverEpoch);
  return { changes: JSON.parse(changesJson) as Change[], ...page };
}

type ScopeChange = { changeSeq: number; json: string };

/**
 * A change as JSON text, keys in the order of `Change`. `data` is stored JSON text (or null); every
 * other value is written by JSON.stringify, so the text is valid JSON whatever the ids hold.
 */
function changeJson(head: Omit<Change, 'data' | 'meta'>, data: string | null, meta?: Change['meta']): string {
  const start = JSON.stringify(head).slice(0, -1);
  const tail = meta === undefined ? '' : `,"meta":${JSON.stringify(meta)}`;
  return `${start},"data":${data ?? 'null'}${tail}}`;
}

async function readScope(db: Kysely<Database>, dialect: DialectName, scope: string, after: number, limit: number): Promise<ScopeChange[]> {
  const parameters = [after, limit];
  if (scope === CATALOGUE_SCOPE) {
    const rows = await runShaped(db, dialect, 'pull-catalogue', parameters, () =>
      db.selectFrom('e_services').select(['code', 'data', 'version', 'change_seq']).where('change_seq', '>', after).orderBy('change_seq').limit(limit),
    );
    return rows.map((r) => ({
      changeSeq: r.change_seq,
      json: changeJson({ scope, entity: 'eService', id: r.code, changeSeq: r.change_seq, version: r.version, deleted: false }, jsonText(r.data)),
    }));
  }
  if (scope === CENTRES_SCOPE) {
    const rows = await runShaped(db, dialect, 'pull-centres', parameters, () =>
      db.selectFrom('centres').select(['id', 'data', 'version', 'change_seq', 'deleted_at']).where('change_seq', '>', after).orderBy('change_seq').limit(limit),
    );
    return rows.map((r) => {
      const deleted = r.deleted_at !== null;
      const head = { scope, entity: 'centre' as const, id: r.id, changeSeq: r.change_seq, version: r.version, deleted };
      return { changeSeq: r.change_seq, json: changeJson(head, deleted ? null : jsonText(r.data)) };
    });
  }
  const rows = await runShaped(db, dialect, 'pull-sessions', [scope, after, limit], () => sessionPageQuery(db, scope, after, limit));
  return rows.map((r) => {
    const deleted = r.deleted_at !== null;
    const head = { scope, entity: 'session' as const, id: r.id, changeSeq: r.change_seq, version: r.version, deleted };
    const meta = {
      receivedAt: r.received_at,
      needsReview: Number(r.needs_review) === 1,
      deletedAt: r.deleted_at,
      deletedBy: r.deleted_by,
      authorDeviceId: r.author_device_id,
    };
    return { changeSeq: r.change_seq, json: changeJson(head, deleted ? null : jsonText(r.data), meta) };
  });
}

/** A stored JSON column as text (database.ts makes pg hand jsonb back as text, like SQLite). */
function jsonText(value: unknown): string {
  if (typeof value !== 'string') throw new TypeError(`Expected a JSON column as text, got ${typeof value}`);
  return value;
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
