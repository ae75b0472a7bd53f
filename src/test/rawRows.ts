/** Every row of a store as IndexedDB holds it, read without Dexie (and so without its middlewares). */
export async function rawRows(dbName: string, store: string): Promise<unknown[]> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(dbName);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(new Error(String(open.error)));
  });
  try {
    return await new Promise<unknown[]>((resolve, reject) => {
      const request = idb.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
      request.onerror = () => reject(new Error(String(request.error)));
    });
  } finally {
    idb.close();
  }
}
