import { beforeEach, describe, expect, it } from 'vitest';
import { aSession } from '../../../test/fixtures';
import { freshDb } from '../../../test/freshDb';
import { rawRows as rawRowsOf } from '../../../test/rawRows';
import { TEST_DATA_KEY } from '../../../test/setup';
import type { AppDb } from '../AppDb';
import { loadDraft, saveDraft } from '../drafts';
import { getSession } from '../sessionReads';
import { createSession, updateSession } from '../sessions';
import { dropDataKey, holdDataKey } from './dataKey';
import { openStored, readAsStored } from './asStored';
import { LockedError } from './sealTree';

let db: AppDb;
beforeEach(() => {
  db = freshDb();
});

const rawRows = (store: string) => rawRowsOf(db.name, store);

const roma = aSession({ groups: ['roma_egyptian', 'disability'], notes: 'family of four' });

describe('groups at rest', () => {
  it('stores sessions, outbox rows and drafts with sealed groups and reads them back open', async () => {
    await createSession(roma);
    await saveDraft('new', { notes: 'typing', groups: ['disability'] });
    const stored = JSON.stringify([await rawRows('sessions'), await rawRows('outbox'), await rawRows('meta')]);
    expect(stored).not.toContain('roma_egyptian');
    expect(stored).not.toContain('disability');
    expect(stored).toContain('family of four'); // what is not sealed stays readable: the check is real
    expect((await getSession(roma.id))?.groups).toEqual(['roma_egyptian', 'disability']);
    expect((await db.outbox.toArray())[0]?.data).toMatchObject({ groups: ['roma_egyptian', 'disability'] });
    expect(await loadDraft('new')).toEqual({ notes: 'typing', groups: ['disability'] });
  });

  it('opens values read through cursors, filters and modify', async () => {
    await createSession(roma);
    const seen: string[][] = [];
    await db.sessions.each((s) => seen.push(s.groups));
    expect(seen).toEqual([['roma_egyptian', 'disability']]);
    expect((await db.sessions.filter((s) => s.groups.includes('disability')).toArray()).map((s) => s.id)).toEqual([roma.id]);
    await db.sessions.toCollection().modify((s) => {
      s.groups = ['rural'];
    });
    expect((await getSession(roma.id))?.groups).toEqual(['rural']);
    expect(JSON.stringify(await rawRows('sessions'))).not.toContain('rural');
  });

  it('writes nothing while locked, and a locked read written back keeps the sealed groups', async () => {
    await createSession(roma);
    dropDataKey();
    await expect(updateSession({ ...roma, groups: ['rural'] })).rejects.toThrow(LockedError);
    const locked = await db.sessions.get(roma.id);
    expect(locked).not.toHaveProperty('groups');
    await db.sessions.put({ ...locked!, updatedAt: 1 });
    holdDataKey(TEST_DATA_KEY);
    expect(await getSession(roma.id)).toMatchObject({ groups: ['roma_egyptian', 'disability'], updatedAt: 1 });
    expect(await db.outbox.count()).toBe(1); // the refused edit left no outbox row behind
  });
});

describe('reading as stored', () => {
  it('hands back rows still sealed, only where asked, and writing them back keeps the very bytes', async () => {
    await createSession(roma);
    const [before] = await rawRows('sessions');
    const [asStored, opened] = await db.transaction('rw', [db.sessions], async () => {
      const row = await readAsStored(() => db.sessions.get(roma.id));
      if (row) await db.sessions.put({ ...row, version: 3 });
      return [row, await db.sessions.get(roma.id)];
    });
    expect(asStored).not.toHaveProperty('groups');
    expect(opened?.groups).toEqual(['roma_egyptian', 'disability']); // the mark ends with the read it was given
    expect(openStored(asStored)?.groups).toEqual(['roma_egyptian', 'disability']);
    const [after] = await rawRows('sessions');
    expect((after as { groupsSealed: Uint8Array }).groupsSealed).toEqual((before as { groupsSealed: Uint8Array }).groupsSealed);
    expect(await getSession(roma.id)).toMatchObject({ version: 3, groups: ['roma_egyptian', 'disability'] });
  });
});

describe('the seal pass', () => {
  it('seals groups stored in the clear before sealing existed, once', async () => {
    const { sealOlderRows } = await import('./sealPass');
    await createSession(roma);
    // A row as an older version of the app stored it: written straight to IndexedDB, groups in the clear.
    const idb = await new Promise<IDBDatabase>((resolve) => {
      const open = indexedDB.open(db.name);
      open.onsuccess = () => resolve(open.result);
    });
    const legacy = { ...aSession({ groups: ['disability'] }), day: '2026-11-20', updatedAt: 1, version: 0 };
    await new Promise((resolve) => {
      const tx = idb.transaction('sessions', 'readwrite');
      tx.objectStore('sessions').put(legacy);
      tx.oncomplete = resolve;
    });
    idb.close();
    expect(JSON.stringify(await rawRows('sessions'))).toContain('disability');

    await sealOlderRows(db);
    expect(JSON.stringify(await rawRows('sessions'))).not.toContain('disability');
    expect((await getSession(legacy.id))?.groups).toEqual(['disability']);
    expect((await getSession(roma.id))?.groups).toEqual(['roma_egyptian', 'disability']);
    expect(await db.meta.get('sealing.passDone')).toBeDefined();
  });
});
