// Test-only: a full disk for fake-indexeddb. Not imported by the app.

type Store = { name: string; add: (...args: unknown[]) => unknown; put: (...args: unknown[]) => unknown; delete: (...args: unknown[]) => unknown };

/**
 * Makes writes (add/put) to the named stores fail with QuotaExceededError, the way a full disk does,
 * until `freesAfterDelete` and something has been deleted. Returns a restore function.
 */
export function simulateFullStorage(stores: readonly string[], options: { freesAfterDelete: boolean }): { restore: () => void; refusedWrites: () => number } {
  const proto = (globalThis as unknown as { IDBObjectStore: { prototype: Store } }).IDBObjectStore.prototype;
  const cursorProto = (globalThis as unknown as { IDBCursor: { prototype: { delete: (...args: unknown[]) => unknown } } }).IDBCursor.prototype;
  const original = { add: proto.add, put: proto.put, delete: proto.delete, cursorDelete: cursorProto.delete };
  let hasFreed = false;
  let refused = 0;
  const isFull = (name: string) => stores.includes(name) && !(options.freesAfterDelete && hasFreed);
  const guard = (write: (...args: unknown[]) => unknown) =>
    function (this: Store, ...args: unknown[]) {
      if (isFull(this.name)) {
        refused += 1;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return write.apply(this, args);
    };
  proto.add = guard(original.add);
  proto.put = guard(original.put);
  proto.delete = function (this: Store, ...args: unknown[]) {
    hasFreed = true;
    return original.delete.apply(this, args);
  };
  cursorProto.delete = function (this: unknown, ...args: unknown[]) {
    hasFreed = true;
    return original.cursorDelete.apply(this, args);
  };
  return {
    refusedWrites: () => refused,
    restore: () => {
      Object.assign(proto, { add: original.add, put: original.put, delete: original.delete });
      cursorProto.delete = original.cursorDelete;
    },
  };
}
