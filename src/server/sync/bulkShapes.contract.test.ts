import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../shared/ids';
import type { Session } from '../../shared/schemas/session';
import { centreScope, type Change, type MutationResult } from '../../shared/sync/protocol';
import { openDatabase } from '../store/database';
import { createKyselyStore } from '../store/kyselyStore';
import { TestDevice, TEST_CENTRE } from '../testing/testDevice';
import { PG_URL, adminQuery, describeOnStores } from '../testing/testEnv';

// Text that JSON must escape, or that a careless splice would break: quotes, backslashes, line separators.
const TRICKY_NOTES = ['"quoted" \\ back\\slash', 'line\nbreak\u2028sep\u2029', 'Shkodër – ё – 🇦🇱', '},{"data":null'];

const applied = (results: MutationResult[]) => results.every((r) => r.status === 'applied');

describeOnStores('bulk writes by shape, and the spliced pull', (env) => {
  it('stores batches of every size (split into power-of-two parts) and pulls back exactly what was written', async () => {
    const device = await TestDevice.enrol(env().app);
    const sessions: Session[] = [];
    for (const size of [1, 3, 7, 129, 200]) {
      const batch = Array.from({ length: size }, (_, i) => device.session({ notes: TRICKY_NOTES[i % TRICKY_NOTES.length] }));
      expect(applied(await device.push(...batch.map((s) => device.create(s))))).toBe(true);
      sessions.push(...batch);
    }
    // Updates of existing rows (the upsert), a delete, in one batch of an odd size.
    const edited = sessions.slice(0, 4);
    const updates = edited.map((s, i) => device.update(s.id, 1, { durationMin: 20 + i, notes: TRICKY_NOTES[(i + 1) % TRICKY_NOTES.length] }));
    const deleted = sessions[10]!;
    expect(applied(await device.push(...updates, device.remove(deleted.id, 1)))).toBe(true);

    const pulled = (await device.pullAll({}, 1000)).filter((c) => c.scope === centreScope(device.centre.id));
    // Gap-free change_seq: every create and the five changes took one; a changed row moved to its new one.
    const seqs = pulled.map((c) => c.changeSeq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(seqs.at(-1)).toBe(sessions.length + 5);
    const byId = new Map(pulled.map((c) => [c.id, c]));
    expect(byId.size).toBe(sessions.length);
    const expected = (s: Session): Session => {
      const i = edited.indexOf(s);
      return i < 0 ? s : { ...s, durationMin: 20 + i, notes: TRICKY_NOTES[(i + 1) % TRICKY_NOTES.length] };
    };
    for (const s of sessions) {
      const change = byId.get(s.id) as Change;
      if (s === deleted) {
        expect(change).toMatchObject({ deleted: true, data: null, version: 2, meta: { deletedBy: device.id } });
      } else {
        expect(change.data).toEqual(expected(s));
        expect(change).toMatchObject({ entity: 'session', deleted: false, version: edited.includes(s) ? 2 : 1, meta: { authorDeviceId: device.id, deletedAt: null } });
      }
    }
  });

  it('answers a retried batch of 200 from the ledger, read in padded id lists', async () => {
    const device = await TestDevice.enrol(env().app);
    const batch = Array.from({ length: 200 }, () => device.create(device.session()));
    const first = await device.push(...batch);
    const again = await device.push(...batch);
    expect(again.map((r) => r.status)).toEqual(batch.map(() => 'duplicate'));
    expect(again.map((r) => (r.status === 'duplicate' ? r.result : r))).toEqual(first);
  });

  it('sends the pull page as JSON whose changes equal the store’s own page', async () => {
    const device = await TestDevice.enrol(env().app);
    await device.push(...TRICKY_NOTES.map((notes) => device.create(device.session({ notes }))));
    const res = await env().app.inject({
      method: 'POST',
      url: '/api/sync/v1/pull',
      headers: { authorization: `Bearer ${device.token}` },
      payload: { deviceId: device.id, cursors: {}, limit: 1000 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const body = JSON.parse(res.body) as { changes: Change[]; serverEpoch: string; serverTime: string };
    const record = { id: device.id, centreId: device.centre.id, label: 'x', enrolledAt: '', revokedAt: null, enrolment: 'open' as const };
    const page = await env().store.pull(record, { deviceId: device.id, cursors: {}, limit: 1000 });
    const { serverTime, ...rest } = body;
    expect(rest).toEqual({ ...page, serverEpoch: env().store.serverEpoch() });
    expect(Date.parse(serverTime)).not.toBeNaN();
    expect(body.changes.filter((c) => c.entity === 'session').map((c) => c.data?.notes)).toEqual(TRICKY_NOTES);
  });
});

describe.runIf(PG_URL)('PostgreSQL: the shaped queries run as named prepared statements', () => {
  it('leaves the push’s statements prepared on the connection', async () => {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    await adminQuery(`create schema ${schema}`);
    const open = await openDatabase({ kind: 'postgres', url: PG_URL! }, { schema, poolSize: 1 });
    try {
      const store = await createKyselyStore(open);
      const centre = { ...TEST_CENTRE, id: uuidv7(), organisationId: uuidv7() };
      const device = { id: uuidv7(), centreId: centre.id, label: 'x', enrolledAt: new Date().toISOString(), enrolment: 'open' as const, tokenHash: randomBytes(32).toString('hex') };
      await store.addDevice(device, centre as never);
      const helper = new TestDevice(undefined as never, device.id, '', centre as never);
      const mutations = Array.from({ length: 3 }, () => helper.create(helper.session()));
      const results = await store.push({ ...device, revokedAt: null }, { deviceId: device.id, batchId: uuidv7(), mutations }, new Date());
      expect(applied(results)).toBe(true);
      const prepared = await sql<{ name: string; statement: string }>`select name, statement from pg_prepared_statements where name like 'ura_shape_%'`.execute(open.db);
      const statements = prepared.rows.map((r) => r.statement);
      expect(statements.some((s) => s.startsWith('insert into "sessions"'))).toBe(true);
      expect(statements.some((s) => s.startsWith('insert into "applied_mutations"'))).toBe(true);
      expect(statements.some((s) => s.includes('from "applied_mutations"'))).toBe(true);
    } finally {
      await open.db.destroy();
      await adminQuery(`drop schema ${schema} cascade`);
    }
  });
});
