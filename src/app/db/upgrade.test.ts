import { describe, expect, it } from 'vitest';
import { aSession } from '../../test/fixtures';
import { AppDb } from './AppDb';
import { DB_VERSIONS, LATEST_DB_VERSION } from './schema';
import { TABLES } from './tables';

/**
 * The schema-change checklist in code: for every version n, a database written by version n−1 with
 * real rows opens at the latest version with nothing lost. Version 1 checks a reopen of itself.
 */
describe('device database upgrades', () => {
  it('declares versions in increasing order, each with its stores', () => {
    const numbers = DB_VERSIONS.map((v) => v.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(LATEST_DB_VERSION).toBe(numbers.at(-1));
    const declared = new Set(DB_VERSIONS.flatMap((v) => Object.keys(v.stores)));
    expect([...declared].sort()).toEqual(Object.values(TABLES).sort());
    for (const v of DB_VERSIONS.slice(1)) expect(v.upgrade, `version ${v.version} needs an upgrade()`).toBeTypeOf('function');
  });

  it('never indexes the sensitive groups field', () => {
    for (const v of DB_VERSIONS) expect(JSON.stringify(v.stores)).not.toMatch(/groups/);
  });

  for (const v of DB_VERSIONS) {
    it(`opens a database written by version ${Math.max(1, v.version - 1)} at version ${LATEST_DB_VERSION} with every row`, async () => {
      const name = `upgrade-${v.version}-${Math.random()}`;
      const older = new AppDb(name, DB_VERSIONS.filter((x) => x.version <= Math.max(1, v.version - 1)));
      const s = aSession();
      await older.sessions.add({ ...s, day: '2026-11-20', updatedAt: 1, version: 0 });
      await older.outbox.add({ mutationId: s.id, type: 'session.create', recordId: s.id, payloadVersion: 1, data: s, createdAt: 1 });
      await older.meta.put({ key: 'device', value: { deviceId: s.deviceId } });
      const dead = { mutationId: s.centreId, type: 'session.update' as const, recordId: s.id, payloadVersion: 1, createdAt: 2 };
      await older.deadLetters.add({ ...dead, code: 'NOT_FOUND', message: 'gone', rejectedAt: 3 });
      await older.centres.put({ id: s.centreId, name: 'Qendra', country: 'AL', municipality: 'Shkodër', kind: 'fixed', timeZone: 'Europe/Tirane' });
      older.close();

      const latest = new AppDb(name);
      await latest.open();
      expect(latest.verno).toBe(LATEST_DB_VERSION);
      expect(await latest.sessions.get(s.id)).toMatchObject({ id: s.id, services: s.services, groups: s.groups });
      expect(await latest.outbox.count()).toBe(1);
      expect((await latest.meta.get('device'))?.value).toEqual({ deviceId: s.deviceId });
      expect(await latest.deadLetters.get(s.centreId)).toMatchObject({ code: 'NOT_FOUND', recordId: s.id });
      expect((await latest.centres.get(s.centreId))?.name).toBe('Qendra');
      // The sync tables of version 2 open empty and take rows.
      await latest.heldChanges.put({ id: s.id, scope: `centre:${s.centreId}`, rejected: 'gone' });
      await latest.sweepCandidates.put({ scope: 'ref:catalogue', id: 'AL-X' });
      expect(await latest.sentLog.count()).toBe(0);
      expect(await latest.heldChanges.count()).toBe(1);
      latest.close();
    });
  }
});
