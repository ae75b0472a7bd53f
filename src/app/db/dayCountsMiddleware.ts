import type {
  DBCore,
  DBCoreDeleteRangeRequest,
  DBCoreDeleteRequest,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCorePutRequest,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import { COUNTED_FIELDS } from './dayCounts';
import { dayChanges, type SessionChange, type StoredSession } from './dayCountsPlan';
import { TABLES } from './tables';

/**
 * Keeps the dayCounts rows equal to the sessions, in the SAME transaction as every write to `sessions`,
 * whoever makes it (saves, edits, deletes, undo, pull pages, held changes, acks, hand-off imports, the local
 * window and quota purges): every read-write transaction on `sessions` also takes `dayCounts`.
 * - A day's row that is missing stays missing: it means "not counted yet" and the report rebuilds it
 *   from the sessions (dayCountsStore), so a change never needs the row to exist.
 * - When groups cannot be read (a locked tablet: they are sealed) or anything does not add up, the days
 *   concerned are dropped instead of counted: missing, hence rebuilt later, never wrong.
 * - During a schema upgrade (no data key) a change to sessions drops every row.
 */
export const dayCountsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'DayCounts',
  // Above the sealing of groups (level 0.5): it counts open groups, and the rows it writes are sealed below it.
  level: 5,
  create: (down) => {
    if (!down.schema.tables.some((t) => t.name === TABLES.dayCounts)) return down; // a database older than version 3
    return {
      ...down,
      transaction: (stores, mode, options) => down.transaction(withDayCounts(stores, mode), mode, options),
      table: (name) =>
        name === TABLES.sessions ? countingTable(down.table(name), down.table(TABLES.dayCounts)) : down.table(name),
    };
  },
};

function withDayCounts(stores: string[], mode: IDBTransactionMode): string[] {
  return mode === 'readwrite' && stores.includes(TABLES.sessions) && !stores.includes(TABLES.dayCounts)
    ? [...stores, TABLES.dayCounts]
    : stores;
}

const EVERYTHING = { type: 3, lower: undefined, upper: undefined } as DBCoreKeyRange; // DBCoreRangeType.Any

function countingTable(sessions: DBCoreTable, counts: DBCoreTable): DBCoreTable {
  const keyOf = (value: unknown): unknown => sessions.schema.primaryKey.extractKey?.(value);
  // Plain `.then` chains on what the tables below return (Dexie's promises), never an await or a re-wrapped
  // promise, so the caller's transaction zone survives to its next await.
  return {
    ...sessions,
    mutate: (req) => {
      if (!touchesCounts(req)) return sessions.mutate(req);
      const idbTrans = req.trans as unknown as Partial<IDBTransaction>;
      if (idbTrans.mode === 'versionchange') {
        return sessions
          .mutate(req)
          .then((response) =>
            idbTrans.objectStoreNames?.contains(TABLES.dayCounts)
              ? counts.mutate({ type: 'deleteRange', trans: req.trans, range: EVERYTHING }).then(() => response)
              : response,
          );
      }
      const withStored = (stored: Map<unknown, StoredSession>): Promise<DBCoreMutateResponse> => {
        const changes = changesOf(req, stored, keyOf);
        const plan = dayChanges(changes);
        const mutated = sessions.mutate(req);
        if (plan.keys.length === 0) return mutated;
        const read = counts.getMany({ trans: req.trans, keys: plan.keys });
        return mutated.then((response) =>
          read.then((rows) => {
            // A failed operation (a bulkAdd of an id already there) changed nothing: count only the others.
            const done =
              response.numFailures > 0 ? dayChanges(changes.filter((_, i) => !(i in response.failures))) : plan;
            const written = writeCounts(counts, req.trans, done.apply(plan.keys, rows as unknown[]));
            return written ? written.then(() => response) : response;
          }),
        );
      };
      return req.type === 'add' ? withStored(new Map()) : storedBefore(sessions, req).then(withStored);
    },
  };
}

/** Values a caller made from the stored rows in the same transaction, changing only bookkeeping. */
const bookkeepingOnly = new WeakSet<object>();

/**
 * Marks session values built from the rows just read in the same transaction whose only change is
 * bookkeeping (version, updatedAt, needsReview): a put of only such values counts nothing, so the stored
 * rows are not read again (a push's ack raises 200 versions at a time). Anything else is counted as usual.
 */
export function asBookkeepingOnly<T extends object>(values: T[]): T[] {
  for (const value of values) bookkeepingOnly.add(value);
  return values;
}

/** Puts and their changeSpecs that touch only bookkeeping (version, updatedAt, needsReview) change no count. */
function touchesCounts(req: DBCoreMutateRequest): boolean {
  if (req.type !== 'put') return true;
  const values: readonly unknown[] = req.values;
  if (values.length > 0 && values.every((v) => typeof v === 'object' && v !== null && bookkeepingOnly.has(v))) return false;
  const specs = req.updates?.changeSpecs ?? (req.changeSpec ? [req.changeSpec] : undefined);
  if (!specs) return true;
  return specs.some((spec) => Object.keys(spec).some((path) => COUNTED_FIELDS.has(path.split('.')[0] ?? path)));
}

/** The stored sessions a request replaces or removes, by key, read in the same transaction before it runs. */
function storedBefore(
  sessions: DBCoreTable,
  req: DBCoreDeleteRequest | DBCoreDeleteRangeRequest | DBCorePutRequest,
): Promise<Map<unknown, StoredSession>> {
  const trans = req.trans;
  const keyOf = (value: unknown): unknown => sessions.schema.primaryKey.extractKey?.(value);
  if (req.type === 'deleteRange') {
    const query = { index: sessions.schema.primaryKey, range: req.range };
    return sessions
      .query({ trans, values: true, query })
      .then(({ result }) => new Map((result as StoredSession[]).map((s) => [keyOf(s), s])));
  }
  const keys = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map(keyOf));
  return sessions.getMany({ trans, keys }).then((found: (StoredSession | undefined)[]) => {
    const stored = new Map<unknown, StoredSession>();
    keys.forEach((key, i) => {
      const session = found[i];
      if (session) stored.set(key, session);
    });
    return stored;
  });
}

/** One before/after pair per operation of the request, in order (a key written twice sees its first write). */
function changesOf(
  req: DBCoreMutateRequest,
  stored: Map<unknown, StoredSession>,
  keyOf: (value: unknown) => unknown,
): SessionChange[] {
  const current = new Map<unknown, StoredSession | undefined>(stored);
  const step = (key: unknown, after: StoredSession | undefined): SessionChange => {
    const before = current.get(key);
    current.set(key, after);
    return { before, after };
  };
  if (req.type === 'deleteRange') return [...stored.keys()].map((key) => step(key, undefined));
  if (req.type === 'delete') return req.keys.map((key) => step(key, undefined));
  return req.values.map((value, i) => step(req.keys?.[i] ?? keyOf(value), value as StoredSession));
}

type Writes = { put: unknown[]; drop: unknown[] };

/** Writes the changed rows and drops the untrustworthy ones; undefined when there is nothing to write. */
function writeCounts(
  counts: DBCoreTable,
  trans: DBCoreTransaction,
  { put, drop }: Writes,
): Promise<unknown> | undefined {
  const keyOf = (row: unknown): unknown => counts.schema.primaryKey.extractKey?.(row);
  const dropAll = (keys: unknown[]) => (keys.length > 0 ? counts.mutate({ type: 'delete', trans, keys }) : undefined);
  if (put.length === 0) return dropAll(drop);
  let written: Promise<DBCoreMutateResponse>;
  try {
    written = counts.mutate({ type: 'put', trans, values: put });
  } catch {
    // Not written (the tablet locked meanwhile, so groups cannot be sealed): dropped, to be rebuilt.
    return dropAll([...drop, ...put.map(keyOf)]);
  }
  return written.then(
    (response) => dropAll([...drop, ...Object.keys(response.failures).map((i) => keyOf(put[Number(i)]))]),
    () => dropAll([...drop, ...put.map(keyOf)]),
  );
}
