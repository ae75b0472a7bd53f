import type { DBCore, DBCoreCursor, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { isZoneMarked } from '../dexieZones';
import { currentSeal } from './dataKey';
import { openTree, sealTree } from './sealTree';

/**
 * Seals every stored `groups` on the way into IndexedDB and opens it on the way out, for every table
 * and every way Dexie reads or writes (get, bulk, queries, cursors). It sits just above Dexie's cache,
 * so what is cached is the sealed form and a read after an unlock opens it. Sealing is synchronous
 * (sealCipher, loaded before a key is held), so transactions never wait on anything but IndexedDB.
 */
export const sealMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'SealGroups',
  level: 0.5,
  create: (down) => ({
    ...down,
    table: (name) => (SKIPPED.has(name) ? down.table(name) : sealedTable(down.table(name))),
  }),
};

/** The zone mark of readAsStored (asStored.ts): reads made in it come back as stored. */
export const AS_STORED = 'uraReadAsStored';

/** Reference data never holds groups: it skips the walk. */
const SKIPPED = new Set(['catalogue', 'centres']);

function sealedTable(table: DBCoreTable): DBCoreTable {
  const open = (value: unknown): unknown => openTree(value, currentSeal());
  const asStored = (value: unknown): unknown => value;
  // Chosen when the read is made, in the caller's zone (the callbacks below may run in another).
  const opener = () => (isZoneMarked(AS_STORED) ? asStored : open);
  return {
    ...table,
    mutate: (req) => table.mutate(sealRequest(req)),
    // .then on what the layer below returns (Dexie's own promise), never async/await: a native promise
    // here would make Dexie lose track of the transaction in the middlewares above.
    get: (req) => {
      const openValue = opener();
      return table.get(req).then(openValue);
    },
    getMany: (req) => {
      const openValue = opener();
      return table.getMany(req).then((values) => values.map(openValue));
    },
    query: (req) => {
      const openValue = opener();
      return table.query(req).then((response) => (req.values ? { ...response, result: response.result.map(openValue) } : response));
    },
    openCursor: (req) => {
      const openValue = opener();
      return table.openCursor(req).then((cursor) => (cursor && req.values ? openingCursor(cursor, openValue) : cursor));
    },
  };
}

function sealRequest(req: DBCoreMutateRequest): DBCoreMutateRequest {
  if (req.type !== 'add' && req.type !== 'put') return req;
  const seal = currentSeal();
  const values = req.values.map((v: unknown) => sealTree(v, seal));
  if (req.type === 'add' || (!req.updates && !req.changeSpec)) return { ...req, values };
  return {
    ...req,
    values,
    ...(req.changeSpec ? { changeSpec: sealTree(req.changeSpec, seal) } : {}),
    ...(req.updates ? { updates: { ...req.updates, changeSpecs: req.updates.changeSpecs.map((spec) => sealTree(spec, seal)) } } : {}),
  };
}

/**
 * A cursor whose `value` is opened (once per step: Dexie reads it several times). IndexedDB's own
 * accessors only work on the real cursor, so key and primaryKey are passed through explicitly too.
 */
function openingCursor(cursor: DBCoreCursor, open: (value: unknown) => unknown): DBCoreCursor {
  let lastRaw: unknown;
  let lastOpened: unknown;
  return Object.create(cursor, {
    key: { get: (): unknown => cursor.key },
    primaryKey: { get: (): unknown => cursor.primaryKey },
    value: {
      get() {
        const raw: unknown = cursor.value;
        if (raw !== lastRaw) {
          lastRaw = raw;
          lastOpened = open(raw);
        }
        return lastOpened;
      },
    },
  }) as DBCoreCursor;
}
