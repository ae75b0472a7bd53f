import { describe, expect, it } from 'vitest';
import { aSession } from '../../test/fixtures';
import type { Session } from '../../shared/schemas/session';
import { AppDb } from './AppDb';
import { ensureDayCounts } from './dayCountsStore';
import { draftKey } from './drafts';
import { purgeOutsideWindow } from './localWindow';
import { DB_VERSIONS, LATEST_DB_VERSION, type DbVersion } from './schema';
import { TABLES } from './tables';

type TableName = (typeof TABLES)[keyof typeof TABLES];
type Row = [table: TableName, row: Record<string, unknown>];

const CENTRE = '01900000-0000-7000-8000-000000000001';
const OTHER_CENTRE = '01900000-0000-7000-8000-000000000002';

/**
 * Real rows as each schema version wrote them, keyed by version: the rows of the tables (or shapes)
 * that version introduced. Adding version n is one entry here: `n: (s) => [[TABLES.x, {...}], ...]`.
 * Rows are written at version n and must read back, unchanged, at the latest version. (If an upgrade
 * reshapes old rows on purpose, compare through AFTER_UPGRADE below.)
 */
const WRITTEN_BY: Record<number, (s: Session) => Row[]> = {
  1: (s) => [
    [TABLES.sessions, { ...s, day: '2026-11-20', updatedAt: 1_763_630_100_000, version: 0 }],
    [TABLES.sessions, { ...aSession({ id: '01900000-0000-7000-8000-0000000000a2', notes: 'synced' }), day: '2026-11-19', updatedAt: 2, version: 3, needsReview: true }],
    [TABLES.outbox, { deviceSeq: 1, mutationId: s.id, type: 'session.create', recordId: s.id, payloadVersion: 1, data: s, createdAt: 10 }],
    [TABLES.outbox, { deviceSeq: 2, mutationId: `${s.id}-u`, type: 'session.update', recordId: s.id, payloadVersion: 1, baseVersion: 0, patch: { notes: 'later' }, createdAt: 11, batchId: 'b1', sentAt: 12 }],
    [TABLES.deadLetters, { mutationId: `${s.id}-d`, type: 'session.update', recordId: s.id, payloadVersion: 1, createdAt: 2, code: 'NOT_FOUND', message: 'gone', rejectedAt: 3 }],
    [TABLES.catalogue, { code: 'AL-CIVIL-BIRTH-CERT', country: 'AL', provider: 'e-Albania', category: 'civil_registry', names: { sq: 'Certifikatë lindjeje', en: 'Birth certificate' }, active: true }],
    [TABLES.centres, { id: CENTRE, name: 'Qendra', country: 'AL', municipality: 'Shkodër', kind: 'fixed', timeZone: 'Europe/Tirane' }],
    [TABLES.meta, { key: 'device', value: { deviceId: s.deviceId, centreId: CENTRE, country: 'AL', volunteerId: s.volunteerId, volunteerName: 'Arta', setUpAt: '2026-11-01T09:00:00+01:00' } }],
    [TABLES.meta, { key: draftKey('new'), value: { value: { services: [{ serviceCode: 'AL-CIVIL-BIRTH-CERT', outcome: 'completed' }], notes: 'half typed' }, savedAt: 5 } }],
    [TABLES.meta, { key: 'serviceUsage', value: { 'AL-CIVIL-BIRTH-CERT': { count: 4, lastUsedAt: 6 } } }],
  ],
  2: (s) => [
    [TABLES.heldChanges, { id: s.id, scope: `centre:${CENTRE}`, change: { scope: `centre:${CENTRE}`, entity: 'session', id: s.id, changeSeq: 9, version: 2, deleted: false, data: s } }],
    [TABLES.sentLog, { deviceSeq: 0, mutationId: 'acked-1', type: 'session.create', recordId: '01900000-0000-7000-8000-0000000000a2', payloadVersion: 1, createdAt: 1, ackedAt: 4, epoch: 'e1' }],
    [TABLES.sweepCandidates, { scope: 'ref:catalogue', id: 'AL-OLD' }],
    [TABLES.meta, { key: 'sync', value: { deviceIds: [s.deviceId], epoch: 'e1', cursors: { [`centre:${CENTRE}`]: 9 }, sweeping: {}, needsRebase: false, lastSyncedAt: 7 } }],
  ],
  3: () => [
    // A day no fixture session is on, so no fixture write changes it (session writes keep the rows of their days).
    [
      TABLES.dayCounts,
      {
        centreId: CENTRE,
        day: '2026-11-17',
        sessions: 2,
        byChannel: { walk_in: 2 },
        byGenderAge: { female: { '65_plus': 1 }, male: { '25_34': 1 } },
        groups: { rural: 2, roma_egyptian: 1 },
        byFirstVisit: { yes: 2 },
        byService: { 'AL-CIVIL-BIRTH-CERT': 3 },
        byOutcome: { completed: 2, not_completed: 1 },
        byBlocker: { portal_outage: 1 },
      },
    ],
  ],
  4: () => [
    // The `day` index left: a session of another centre the tablet once served, months old.
    [TABLES.sessions, { ...aSession({ id: '01900000-0000-7000-8000-0000000000a4', centreId: OTHER_CENTRE, occurredAt: '2026-09-01T10:00:00+02:00' }), day: '2026-09-01', updatedAt: 3, version: 2 }],
  ],
};

/** Per version: how a row written before it looks after its upgrade, when the upgrade reshapes it on purpose. */
const AFTER_UPGRADE: Record<number, (table: TableName, row: Record<string, unknown>) => Record<string, unknown>> = {};

function rowsUpTo(version: number, s: Session): Row[] {
  return DB_VERSIONS.filter((v) => v.version <= version).flatMap((v) => WRITTEN_BY[v.version]?.(s) ?? []);
}

function expectedAtLatest(writtenAt: number, table: TableName, row: Record<string, unknown>): Record<string, unknown> {
  return DB_VERSIONS.filter((v) => v.version > writtenAt).reduce((r, v) => AFTER_UPGRADE[v.version]?.(table, r) ?? r, row);
}

async function writeAt(name: string, version: number, rows: readonly Row[]): Promise<void> {
  const older = new AppDb(name, DB_VERSIONS.filter((v) => v.version <= version));
  await older.open();
  expect(older.verno).toBe(version);
  for (const [table, row] of rows) await older.table(table).add(row);
  older.close();
}

/**
 * The schema-change checklist in code: a database written by every earlier schema version, with real
 * rows in every table it had, opens at the latest version with nothing lost.
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

  it('has fixture rows for every version, and together they fill every table', () => {
    for (const v of DB_VERSIONS) expect(WRITTEN_BY[v.version], `add WRITTEN_BY[${v.version}]: rows as version ${v.version} writes them`).toBeTypeOf('function');
    const filled = new Set(rowsUpTo(LATEST_DB_VERSION, aSession()).map(([table]) => table));
    expect([...filled].sort()).toEqual(Object.values(TABLES).sort());
  });

  it('never indexes the sensitive groups field', () => {
    for (const v of DB_VERSIONS) expect(JSON.stringify(v.stores)).not.toMatch(/groups/);
  });

  for (const { version } of DB_VERSIONS) {
    it(`opens a database written by version ${version} at version ${LATEST_DB_VERSION} with every row`, async () => {
      const name = `upgrade-${version}-${Math.random()}`;
      const s = aSession();
      const rows = rowsUpTo(version, s);
      await writeAt(name, version, rows);

      const latest = new AppDb(name);
      await latest.open();
      expect(latest.verno).toBe(LATEST_DB_VERSION);
      for (const [table, row] of rows) {
        const key = latest.table(table).schema.primKey.keyPath;
        const primaryKey = Array.isArray(key) ? key.map((k) => row[k]) : row[key as string];
        expect(await latest.table(table).get(primaryKey as string), `${table} ${JSON.stringify(primaryKey)}`).toEqual(expectedAtLatest(version, table, row));
      }
      for (const table of Object.values(TABLES)) expect(await latest.table(table).count(), table).toBe(rows.filter(([t]) => t === table).length);
      // The indexes the app queries by still answer.
      expect(await latest.sessions.where('[centreId+day]').equals([s.centreId, '2026-11-20']).primaryKeys()).toEqual([s.id]);
      expect(await latest.outbox.where('recordId').equals(s.id).count()).toBe(2);
      // Tables added after `version` open empty and take rows; the outbox keeps counting from where it was.
      await latest.heldChanges.put({ id: 'later', scope: `centre:${CENTRE}`, rejected: 'gone' });
      expect(await latest.outbox.add({ mutationId: 'next', type: 'session.delete', recordId: s.id, payloadVersion: 1, createdAt: 20 })).toBe(3);
      latest.close();
    });
  }

  it('counts nothing while upgrading to version 3: the first report counts the sessions it finds', async () => {
    const name = `upgrade-counts-${Math.random()}`;
    const s = aSession();
    await writeAt(name, 2, rowsUpTo(2, s));
    const latest = new AppDb(name);
    await latest.open();
    expect(await latest.dayCounts.count()).toBe(0); // no data key during an upgrade: every day is "not counted yet"
    // A write to a day not counted yet leaves it so (nothing half-counted), and the rebuild counts it.
    await latest.sessions.update(s.id, { channel: 'phone' });
    expect(await latest.dayCounts.count()).toBe(0);
    const [day19, day20] = await ensureDayCounts(s.centreId, ['2026-11-19', '2026-11-20'], latest);
    expect(day19).toMatchObject({ sessions: 1, byChannel: { walk_in: 1 }, groups: { rural: 1 }, byService: { 'AL-CIVIL-BIRTH-CERT': 1 } });
    expect(day20).toMatchObject({ sessions: 1, byChannel: { phone: 1 }, groups: { rural: 1 }, byFirstVisit: { yes: 1 } });
    expect(await latest.dayCounts.count()).toBe(2);
    latest.close();
  });

  it('drops the day index at version 4, and the local window still finds the old sessions of every centre', async () => {
    const name = `upgrade-day-index-${Math.random()}`;
    const s = aSession();
    await writeAt(name, 3, rowsUpTo(3, s));
    const latest = new AppDb(name);
    await latest.open();
    expect(latest.sessions.schema.indexes.map((i) => i.name).sort()).toEqual(['[centreId+day]', 'updatedAt']);
    const [old] = WRITTEN_BY[4]?.(s) ?? [];
    await latest.sessions.add(old?.[1] as never);
    // A month after the fixtures: the synced session of 2026-11-19 and the other centre's go; version 0 stays.
    expect(await purgeOutsideWindow(latest, Date.parse('2026-12-25T12:00:00Z'))).toEqual({ sessions: 2, sentLog: 1 });
    expect(await latest.sessions.toCollection().primaryKeys()).toEqual([s.id]);
    latest.close();
  });

  it('drops every day row when a later upgrade rewrites sessions (it cannot count: no data key then)', async () => {
    const name = `upgrade-rewrite-${Math.random()}`;
    const s = aSession();
    await writeAt(name, LATEST_DB_VERSION, rowsUpTo(LATEST_DB_VERSION, s));
    const rewriting: DbVersion = { version: LATEST_DB_VERSION + 1, stores: {}, upgrade: (tx) => tx.table(TABLES.sessions).toCollection().modify({ channel: 'phone' }).then(() => undefined) };
    const next = new AppDb(name, [...DB_VERSIONS, rewriting]);
    await next.open();
    expect(await next.dayCounts.count()).toBe(0);
    expect((await ensureDayCounts(s.centreId, ['2026-11-20'], next))[0]).toMatchObject({ sessions: 1, byChannel: { phone: 1 } });
    next.close();
  });
});
