import { DB_NAME } from './schema';

/**
 * Reads whatever the raw IndexedDB still holds, bypassing Dexie's schema, for the rescue screen:
 * a newer or damaged database must never cost a volunteer the sessions it holds.
 */
export async function readEverything(name: string = DB_NAME): Promise<Record<string, unknown[]>> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name); // no version: open whatever version is there
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
  try {
    const out: Record<string, unknown[]> = {};
    for (const store of Array.from(idb.objectStoreNames)) {
      out[store] = await readStore(idb, store).catch(() => []);
    }
    return out;
  } finally {
    idb.close();
  }
}

function readStore(idb: IDBDatabase, store: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const request = idb.transaction(store, 'readonly').objectStore(store).getAll();
    request.onsuccess = () => resolve(request.result as unknown[]);
    request.onerror = () => reject(request.error ?? new Error('read failed'));
  });
}
