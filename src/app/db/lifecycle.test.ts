import { describe, expect, it, vi } from 'vitest';
import { freshDb } from '../../test/freshDb';
import { openDb, withReopen } from './lifecycle';

/** Opens the same database at a higher IndexedDB version, as a newer Ura in another tab would. */
function openNewer(name: string, version: number): Promise<'opened' | 'blocked'> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onblocked = () => resolve('blocked');
    request.onsuccess = () => {
      request.result.close();
      resolve('opened');
    };
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

describe('openDb across tabs', () => {
  it('steps aside at once when another tab upgrades, and never reopens the old schema', async () => {
    const db = freshDb();
    const onVersionChange = vi.fn();
    expect(await openDb(onVersionChange)).toBe('open');

    expect(await openNewer(db.name, 1000)).toBe('opened');
    expect(onVersionChange).toHaveBeenCalledTimes(1);
    expect(db.isOpen()).toBe(false);
    // A write after the switch fails instead of reopening (and patching) the newer database.
    await expect(withReopen(() => db.meta.put({ key: 'x', value: 1 }))).rejects.toMatchObject({ name: 'DatabaseClosedError' });
    expect((await indexedDB.databases()).find((d) => d.name === db.name)?.version).toBe(1000);
  });
});
